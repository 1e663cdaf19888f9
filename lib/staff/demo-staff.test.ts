import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from "./demo-staff";
import { staffPasswordField } from "./forms";

const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
const section = readme.split("## Демо-доступ для сотрудников")[1]?.split(/\n## /)[0] ?? "";

describe("demo staff", () => {
  it("covers Kazan and Naberezhnye Chelny with a caseworker and a supervisor each, a second Kazan caseworker, an administrator and the ministry", () => {
    const roles = (code: string | null) =>
      DEMO_STAFF.filter((staff) => staff.territoryCode === code)
        .map((staff) => staff.role)
        .sort();
    expect(roles("kazan")).toEqual(["caseworker", "caseworker", "supervisor"]);
    expect(roles("naberezhnye-chelny")).toEqual(["caseworker", "supervisor"]);
    expect(roles(null)).toEqual(["administrator", "ministry"]);
    for (const staff of DEMO_STAFF)
      if (staff.territoryCode)
        expect(TATARSTAN_TERRITORIES.map((territory) => territory.code)).toContain(staff.territoryCode);
  });

  it("has a password that meets the staff password rules, and distinct 160-bit secrets", () => {
    expect(staffPasswordField.safeParse(DEMO_STAFF_PASSWORD).success).toBe(true);
    expect(new Set(DEMO_STAFF.map((staff) => staff.totpSecret)).size).toBe(DEMO_STAFF.length);
    for (const staff of DEMO_STAFF) expect(staff.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("is documented in README.md as it is seeded: logins, secrets and the password", () => {
    expect(section).toContain(`\`${DEMO_STAFF_PASSWORD}\``);
    expect(section).toMatch(/только для локального использования/i);
    const rows = [...section.matchAll(/^\| `([^`]+)` \| [^|]+ \| [^|]+ \| `([A-Z2-7]+)` \|$/gm)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(rows).toEqual(DEMO_STAFF.map((staff) => [staff.login, staff.totpSecret]));
  });
});
