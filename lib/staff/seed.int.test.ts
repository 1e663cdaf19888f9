import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedDemoData, seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { verifyPassword } from "../security/passwords";
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from "./demo-staff";
import { seedDemoStaff } from "./seed";
import { openTotpSecret } from "./totp";

describe(`demo staff seed (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
  });
  afterAll(() => database.close());

  it("refuses to seed staff before their territories exist", async () => {
    await expect(seedDemoStaff(db())).rejects.toThrow(/territory "kazan" is not seeded/);
    expect(await db().staff.count()).toBe(0);
  });

  it("comes with the demo data: the documented accounts, enrolled, with sealed secrets", async () => {
    await seedDemoData(db());
    const rows = await db().staff.findMany({ include: { territory: true }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.login, row.role, row.territory?.code ?? null])).toEqual(
      DEMO_STAFF.map((staff) => [staff.login, staff.role, staff.territoryCode]),
    );
    for (const row of rows) {
      const demo = DEMO_STAFF.find((staff) => staff.login === row.login)!;
      expect(row.totpSecret).not.toContain(demo.totpSecret);
      expect(openTotpSecret(row.totpSecret, row.id)).toBe(demo.totpSecret);
      expect(row.totpEnrolledAt).not.toBeNull();
      expect(row.active).toBe(true);
    }
    expect(await verifyPassword(rows[0]!.passwordHash, DEMO_STAFF_PASSWORD)).toBe(true);
  });

  it("puts changed demo accounts back on re-seeding, keeps the last used TOTP step, and adds nothing", async () => {
    await db().staff.update({
      where: { login: "kazan.specialist" },
      data: { active: false, totpSecret: null, totpEnrolledAt: null, totpLastStep: 12345, fullName: "Другое Имя" },
    });
    await seedTerritories(db());
    await seedDemoStaff(db());
    expect(await db().staff.count()).toBe(DEMO_STAFF.length);
    const row = await db().staff.findUniqueOrThrow({ where: { login: "kazan.specialist" } });
    expect(row).toMatchObject({
      active: true,
      totpLastStep: 12345,
      fullName: DEMO_STAFF[0]!.fullName,
      totpEnrolledAt: expect.any(Date),
    });
    expect(openTotpSecret(row.totpSecret, row.id)).toBe(DEMO_STAFF[0]!.totpSecret);
  });
});
