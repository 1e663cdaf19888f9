import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASEWORK_APP_DIRECTORIES, STAFF_ENTRY_POINTS } from "./routes";

// Every page, route handler and server action under the casework directories of app/staff is in
// the route table, so the authorization matrix (authorization.int.test.ts) cannot miss one.

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe("the staff route table", () => {
  const root = process.cwd();
  const found = CASEWORK_APP_DIRECTORIES.flatMap((directory) => files(path.join(root, directory))).map((file) =>
    path.relative(root, file).split(path.sep).join("/"),
  );

  it("lists every page and route handler", () => {
    const entries = found.filter((file) => /\/(page\.tsx|route\.ts)$/.test(file));
    expect(entries.sort()).toEqual(
      STAFF_ENTRY_POINTS.filter((entry) => entry.kind !== "action")
        .map((entry) => entry.entry)
        .sort(),
    );
  });

  it("lists every exported server action", () => {
    const actions = found
      .filter((file) => /\/actions\.ts$/.test(file))
      .flatMap((file) =>
        [...readFileSync(path.join(root, file), "utf8").matchAll(/^export async function (\w+)/gm)].map(
          (match) => `${file} ${match[1]}`,
        ),
      );
    expect(actions.sort()).toEqual(
      STAFF_ENTRY_POINTS.filter((entry) => entry.kind === "action")
        .map((entry) => entry.entry)
        .sort(),
    );
  });

  it("every page, route and action checks access through lib/casework before anything else", () => {
    for (const entry of STAFF_ENTRY_POINTS) {
      const source = readFileSync(path.join(root, entry.entry.split(" ")[0]!), "utf8");
      expect(source, entry.entry).toMatch(/requireStaff|currentStaff/);
      expect(source, entry.entry).toMatch(/@\/lib\/(casework|dashboard|leaflets)\//);
    }
  });
});
