import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseApplication } from "../applications/application-data";
import { answersFrom } from "../applications/steps";
import { isServiceId } from "../benefits/services";
import { readDashboard } from "../dashboard/dashboard";
import { seedDemoStaff } from "../staff/seed";
import type { Database } from "./client";
import { DEMO_APPLICANT_EMAIL, seedDemoApplications } from "./demo-applications";
import { seedDemoData, seedTerritories } from "./seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "./test-database";

describe(`the demo applications of npm start (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  const now = new Date("2026-12-01T09:00:00Z");

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
  }, 180_000);
  afterAll(() => database.close());

  it("are not added by the demo data alone (the test servers' setting)", async () => {
    await seedDemoData(db());
    expect(await db().application.count()).toBe(0);
  });

  it("span territories, channels, months and statuses, pass their own forms, and fill the dashboard", async () => {
    await seedTerritories(db());
    await seedDemoStaff(db());
    expect(await seedDemoApplications(db(), now)).toBe(150);
    const rows = await db().application.findMany({
      select: {
        serviceId: true,
        territoryId: true,
        channel: true,
        status: true,
        submittedAt: true,
        number: true,
        answers: true,
        assignedStaffId: true,
      },
    });
    expect(rows).toHaveLength(150);
    expect(new Set(rows.map((r) => r.territoryId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(["portal", "in_person", "mfc", "post"]));
    expect(new Set(rows.map((r) => r.submittedAt!.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => /^16-2026-\d{7}$/.test(r.number ?? ""))).toBe(true);
    for (const row of rows)
      expect(isServiceId(row.serviceId) && parseApplication(row.serviceId, answersFrom(row.answers)).ok).toBe(true);
    // The Kazan queue has work assigned to the demo caseworkers.
    expect(rows.some((r) => r.assignedStaffId !== null)).toBe(true);

    const territories = await db().territory.findMany({ select: { id: true, code: true, name: true } });
    const figures = await readDashboard(
      db(),
      { from: "2026-06", to: "2026-12", serviceId: null, territory: null },
      null,
      "2026-12-01",
      territories,
    );
    expect(figures.overall.total).toBe(rows.filter((r) => r.status !== "draft").length);
    expect(figures.overall.share).toBeGreaterThan(0);
    expect(figures.overall.share).toBeLessThan(100);
    expect(figures.decisions.decided).toBeGreaterThan(0);
    expect(figures.awaiting).toBeGreaterThan(0);
  }, 120_000);

  it("are added once: a restart adds nothing", async () => {
    expect(await seedDemoApplications(db(), now)).toBe(0);
    await seedDemoData(db(), { applications: true });
    expect(await db().application.count()).toBe(150);
    expect(await db().user.count({ where: { email: DEMO_APPLICANT_EMAIL } })).toBe(1);
  });
});
