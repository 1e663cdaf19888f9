import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Client bundles must not carry server code (issue #14: the form step shipped 333 kB of gzipped
// JavaScript because its field components imported the attachments module, which pulled a
// browser copy of Node's crypto). Every "use client" module's imports are followed through the
// repository's own files; none may reach Node's modules, the database, a server-only module
// or a server library.

const ROOT = path.resolve(import.meta.dirname, "..");
const SERVER_SPECIFIERS = [
  /^node:/,
  /^server-only$/,
  /^(fs|crypto|path|child_process|net|tls|os|stream|zlib)$/,
  /^pg(-boss)?$/,
  /^@prisma\//,
  /^@electric-sql\//,
  /^nodemailer$/,
  /^pino$/,
  /^@node-rs\//,
  /^pdf-lib$/,
  /^next-auth$/,
  /^otplib$/,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Value imports and re-exports (type-only ones vanish from the bundle) and side-effect imports. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm))
    found.push(match[1]!);
  return found;
}

/** The first chain from `entry` to a server specifier, or null. */
function serverChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    // A server action module is called from the client by reference, not bundled.
    if (file !== entry && /^\s*["']use server["']/.test(source)) return null;
    for (const specifier of importsOf(source)) {
      const here = [...chain, path.relative(ROOT, file)];
      if (SERVER_SPECIFIERS.some((pattern) => pattern.test(specifier))) return [...here, specifier];
      const local = resolveLocal(file, specifier);
      const found = local ? walk(local, here) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

const CLIENT_MODULES = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "components"))].filter(
  (file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")),
);

describe("client components import no server code", () => {
  it("finds the client components", () => {
    expect(CLIENT_MODULES.length).toBeGreaterThan(20);
  });

  it.each(CLIENT_MODULES.map((file) => [path.relative(ROOT, file), file]))("%s", (_name, file) => {
    expect(serverChain(file)).toBeNull();
  });
});

/** Whether `entry`'s static imports reach `target` (a bare specifier or a repository path). */
function reaches(entry: string, target: (specifier: string, local: string | null) => boolean): boolean {
  const seen = new Set<string>();
  const walk = (file: string): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    if (file !== entry && /^\s*["']use server["']/.test(source)) return false;
    return importsOf(source).some((specifier) => {
      const local = resolveLocal(file, specifier);
      return target(specifier, local) || (local !== null && walk(local));
    });
  };
  return walk(entry);
}

const isZod = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");

// zod is most of a form's JavaScript (issue #14: login 172 kB, a form step 204 kB). The pages a
// citizen goes through load it only when a form is first used (EnhancedForm's loadSchema).
const ZOD_FREE_CLIENT_MODULES = [
  "app/(portal)/login/login-form.tsx",
  "app/(portal)/cabinet/applications/[id]/step/[step]/step-form.tsx",
  "app/(portal)/cabinet/applications/[id]/step/[step]/step-fields.tsx",
  "app/(portal)/cabinet/applications/[id]/submit-form.tsx",
  "app/(portal)/services/[id]/estimate/estimate-form.tsx",
  "app/(portal)/services/[id]/estimate/estimate-result.tsx",
  "components/forms/enhanced-form.tsx",
  "components/forms/fields.tsx",
  "components/service-worker.tsx",
];

describe("the citizen's pages load zod only when a form is used", () => {
  it.each(ZOD_FREE_CLIENT_MODULES)("%s", (name) => {
    expect(reaches(path.join(ROOT, name), isZod)).toBe(false);
  });
});

// next-intl's client runtime carries ICU's message parser (16 kB gzip; issue #15 keeps a form step
// within #14's budget): client components get their words from the server as data (the form
// step: lib/i18n/catalogue.ts formWords and lib/i18n/words.ts; the others: texts as props).
const isNextIntlClient = (specifier: string) =>
  specifier === "next-intl" || specifier === "use-intl" || /^(next-intl|use-intl)\/(?!server$)/.test(specifier);

describe("no client component loads next-intl's client", () => {
  it.each(CLIENT_MODULES.map((file) => [path.relative(ROOT, file), file]))("%s", (_name, file) => {
    expect(reaches(file, isNextIntlClient)).toBe(false);
  });
});

// react-hook-form comes with a form's first use, as its schema does (components/forms/form-bridge.tsx,
// imported by EnhancedForm when the person first focuses or types in the form): no other client
// module may import it statically, or it is back in the page's first load.
const isHookForm = (specifier: string) => /^(react-hook-form|@hookform\/)/.test(specifier);
const LOADED_ON_FIRST_USE = ["components/forms/form-bridge.tsx"];

describe("react-hook-form is loaded on a form's first use only", () => {
  it.each(
    CLIENT_MODULES.map((file) => path.relative(ROOT, file)).filter((name) => !LOADED_ON_FIRST_USE.includes(name)),
  )("%s", (name) => {
    expect(reaches(path.join(ROOT, name), isHookForm)).toBe(false);
  });

  it("has the bridge, which does import it", () => {
    expect(reaches(path.join(ROOT, LOADED_ON_FIRST_USE[0]!), isHookForm)).toBe(true);
  });
});

// Every message is Russian (lib/validation/russian-messages.ts installs zod's fallback words):
// a module that builds or runs zod schemas imports it, directly or through what it imports.
const ZOD_MODULES = [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app"))].filter(
  (file) => !file.includes(`${path.sep}generated${path.sep}`) && importsOf(fs.readFileSync(file, "utf8")).some(isZod),
);
/** Configuration checks speak to operators at boot, not to citizens in forms. */
const NOT_FORMS = ["lib/config.ts", "lib/validation/russian-messages.ts"];

describe("every module with zod schemas installs the Russian messages", () => {
  it("finds the modules", () => {
    expect(ZOD_MODULES.length).toBeGreaterThan(15);
  });

  it.each(ZOD_MODULES.map((file) => path.relative(ROOT, file)).filter((name) => !NOT_FORMS.includes(name)))(
    "%s",
    (name) => {
      expect(
        reaches(
          path.join(ROOT, name),
          (_specifier, local) => local === path.join(ROOT, "lib/validation/russian-messages.ts"),
        ),
      ).toBe(true);
    },
  );
});
