import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// A citizen reads every page of app/ and components/ in the language they chose, so no
// citizen-facing source holds Russian text of its own: it takes it from messages/ru.json and
// messages/tt.json (decision 0019). This reads the sources and fails on Cyrillic outside comments.

const ROOT = join(__dirname, "..", "..");

/** Stay in Russian by rule: staff pages, the mock ESIA (a federal system) and the developer's outbox. */
const RUSSIAN_BY_RULE = [/^app\/staff\//, /^app\/esia-mock\//, /^app\/\(portal\)\/dev\//, /^app\/api\//];

/**
 * Not yet translated: each file here still has Russian of its own. Remove a file once its texts
 * are in the catalogues (the test below insists on that).
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments (a "//" after a colon or a quote is an address, not a comment). */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe("citizen-facing sources", () => {
  const files = [...sources("app"), ...sources("components")].map((path) => relative(ROOT, join(ROOT, path)));
  const citizen = files.filter((path) => !RUSSIAN_BY_RULE.some((rule) => rule.test(path)));

  it("hold no Russian text of their own outside the catalogues", () => {
    const offending = citizen
      .filter((path) => !NOT_YET_TRANSLATED.has(path))
      .filter((path) => CYRILLIC.test(withoutComments(readFileSync(join(ROOT, path), "utf8"))))
      .map((path) => {
        const line = withoutComments(readFileSync(join(ROOT, path), "utf8"))
          .split("\n")
          .find((l) => CYRILLIC.test(l));
        return `${path}: ${line?.trim()}`;
      });
    expect(offending).toEqual([]);
  });

  it("list only files that exist and still need translating", () => {
    const missing = [...NOT_YET_TRANSLATED].filter((path) => !files.includes(path));
    expect(missing, "listed files that do not exist").toEqual([]);
    const translated = [...NOT_YET_TRANSLATED].filter(
      (path) => !CYRILLIC.test(withoutComments(readFileSync(join(ROOT, path), "utf8"))),
    );
    expect(translated, "translated: take them off the list").toEqual([]);
  });

  it("reads comments as comments and addresses as code", () => {
    expect(CYRILLIC.test(withoutComments("const a = 1; // «Привет»\n/* Пока */"))).toBe(false);
    expect(CYRILLIC.test(withoutComments('const url = "https://x.ru/путь";'))).toBe(true);
    expect(CYRILLIC.test(withoutComments("<p>Текст</p>"))).toBe(true);
  });
});
