// Helpers shared by the run, test and reset scripts (plain Node, no dependencies).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Runs a command with inherited output; rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: "inherit",
      ...options,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`), { code })),
    );
  });
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const FINGERPRINT_FILE = path.join(ROOT, ".next", "source-fingerprint");

/** A hash of every build input's path and content: a rebuild is needed when it changes. */
export function sourceFingerprint() {
  const hash = createHash("sha256");
  const visit = (relative) => {
    const absolute = path.join(ROOT, relative);
    if (!existsSync(absolute) || relative.startsWith(path.join("lib", "generated"))) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(path.join(relative, entry));
    } else if (!/\.test\.tsx?$/.test(relative)) {
      hash.update(relative).update("\0").update(readFileSync(absolute)).update("\0");
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

export function buildIsCurrent() {
  return (
    existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    existsSync(FINGERPRINT_FILE) &&
    readFileSync(FINGERPRINT_FILE, "utf8") === sourceFingerprint()
  );
}

/** Generates the Prisma client and builds the portal when its sources changed since the last build. */
export async function buildIfNeeded() {
  if (buildIsCurrent()) return false;
  const fingerprint = sourceFingerprint();
  await run("npm", ["run", "--silent", "build"]);
  writeFileSync(FINGERPRINT_FILE, fingerprint);
  return true;
}
