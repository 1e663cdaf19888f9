import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { StaffPrincipal } from "../casework/access";
import { createApplicant, createStaff, territoryId } from "../casework/testing";
import type { Channel } from "./figures";
import { dashboardDataVersion, dashboardFigures, setElectronicShareTarget, type DashboardData } from "./dashboard";
import type { DashboardFilters } from "./filters";

// The dashboard against a fixed data set whose figures are worked out by hand below: three
// territories, three services, two months (and one application before the period, one draft),
// all four channels, decided and waiting applications. Every figure comes from the aggregate
// tables the trigger keeps, so this also proves the trigger.

interface Row {
  territory: "kazan" | "naberezhnye-chelny" | "agryzsky";
  service: "kindergarten-basic" | "kindergarten-additional" | "child-allowance";
  sentAt: string | null;
  channel: Channel;
  status: "approved" | "rejected" | "in_review" | "registered" | "docs_requested" | "withdrawn" | "draft";
  esiaLevel: string | null;
  days?: number;
  due?: string;
}

const ROWS: Row[] = [
  /* 1 */ {
    territory: "kazan",
    service: "kindergarten-basic",
    sentAt: "2026-10-05T08:00:00Z",
    channel: "portal",
    status: "approved",
    esiaLevel: "standard",
    days: 5,
  },
  /* 2 */ {
    territory: "kazan",
    service: "kindergarten-basic",
    sentAt: "2026-10-06T08:00:00Z",
    channel: "portal",
    status: "rejected",
    esiaLevel: "confirmed",
    days: 9,
  },
  /* 3 */ {
    territory: "kazan",
    service: "kindergarten-basic",
    sentAt: "2026-10-07T08:00:00Z",
    channel: "in_person",
    status: "approved",
    esiaLevel: null,
    days: 3,
  },
  // 22:00 UTC on 31 October is 1 November in Moscow: a November application.
  /* 4 */ {
    territory: "kazan",
    service: "child-allowance",
    sentAt: "2026-10-31T22:00:00Z",
    channel: "mfc",
    status: "in_review",
    esiaLevel: null,
    due: "2026-11-20",
  },
  /* 5 */ {
    territory: "kazan",
    service: "child-allowance",
    sentAt: "2026-11-10T08:00:00Z",
    channel: "portal",
    status: "registered",
    esiaLevel: "standard",
    due: "2026-12-10",
  },
  /* 6 */ {
    territory: "naberezhnye-chelny",
    service: "kindergarten-basic",
    sentAt: "2026-11-12T08:00:00Z",
    channel: "portal",
    status: "approved",
    esiaLevel: "confirmed",
    days: 7,
  },
  // Waiting for documents: the clock stops, so it is neither awaiting a decision nor overdue.
  /* 7 */ {
    territory: "naberezhnye-chelny",
    service: "kindergarten-additional",
    sentAt: "2026-11-13T08:00:00Z",
    channel: "post",
    status: "docs_requested",
    esiaLevel: "simplified",
    due: "2026-11-25",
  },
  /* 8 */ {
    territory: "naberezhnye-chelny",
    service: "kindergarten-additional",
    sentAt: "2026-11-14T08:00:00Z",
    channel: "in_person",
    status: "approved",
    esiaLevel: "simplified",
    days: 12,
  },
  /* 9 */ {
    territory: "agryzsky",
    service: "kindergarten-basic",
    sentAt: "2026-10-20T08:00:00Z",
    channel: "in_person",
    status: "withdrawn",
    esiaLevel: null,
  },
  // Outside the period, and a draft: counted nowhere below.
  /* 10 */ {
    territory: "kazan",
    service: "kindergarten-basic",
    sentAt: "2026-08-01T08:00:00Z",
    channel: "portal",
    status: "approved",
    esiaLevel: "standard",
    days: 2,
  },
  /* 11 */ {
    territory: "kazan",
    service: "kindergarten-basic",
    sentAt: null,
    channel: "portal",
    status: "draft",
    esiaLevel: null,
  },
];

const PERIOD: DashboardFilters = { from: "2026-10", to: "2026-11", serviceId: null, territory: null };
const TODAY = "2026-12-01";

describe(`«Показатели» from the aggregate tables (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  const meta = { ip: "192.0.2.9" };
  let ministry: StaffPrincipal;
  let chelnySupervisor: StaffPrincipal;
  const ids: number[] = [];

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    const applicant = await createApplicant(db());
    for (const row of ROWS) {
      const created = await db().application.create({
        data: {
          userId: applicant,
          serviceId: row.service,
          status: row.status,
          channel: row.channel,
          esiaLevel: row.esiaLevel,
          territoryId: row.status === "draft" ? null : await territoryId(db(), row.territory),
          submittedAt: row.sentAt ? new Date(row.sentAt) : null,
          decisionDue: row.due ?? (row.days === undefined ? null : "2026-12-31"),
          decisionWorkingDays: row.days ?? null,
          decidedAt: row.days === undefined ? null : new Date("2026-11-30T09:00:00Z"),
        },
        select: { id: true },
      });
      ids.push(created.id);
    }
    ministry = await createStaff(db(), "ministry", null);
    chelnySupervisor = await createStaff(db(), "supervisor", await territoryId(db(), "naberezhnye-chelny"));
  });
  afterAll(() => database.close());

  const figures = async (filters: Partial<DashboardFilters> = {}, who?: StaffPrincipal): Promise<DashboardData> => {
    const data = await dashboardFigures(db(), who ?? ministry, meta, { ...PERIOD, ...filters }, TODAY);
    if (!data) throw new Error("refused");
    return data;
  };

  it("counts the republic's electronic share overall, by channel, month and service", async () => {
    const data = await figures();
    // Rows 1–9: portal 1, 2, 5, 6.
    expect(data.overall).toEqual({
      total: 9,
      electronic: 4,
      share: 44.4,
      byChannel: { portal: 4, in_person: 3, mfc: 1, post: 1 },
    });
    // October: 1, 2, 3, 9; November: 4–8.
    expect(data.byMonth.map((m) => [m.month, m.figures.total, m.figures.electronic, m.figures.share])).toEqual([
      ["2026-10", 4, 2, 50],
      ["2026-11", 5, 2, 40],
    ]);
    expect(data.byService.map((s) => [s.serviceId, s.figures.total, s.figures.share])).toEqual([
      ["kindergarten-basic", 5, 60],
      ["kindergarten-additional", 2, 0],
      ["child-allowance", 2, 50],
    ]);
    expect(data.targetPercent).toBe(70);
  });

  it("ranks all 45 territories, the silent ones last without a place", async () => {
    const { ranking } = await figures();
    expect(ranking).toHaveLength(45);
    expect(
      ranking.slice(0, 3).map((r) => [r.place, r.item.code, r.item.figures.total, r.share, r.meetsTarget]),
    ).toEqual([
      [1, "kazan", 5, 60, false],
      [2, "naberezhnye-chelny", 3, 33.3, false],
      [3, "agryzsky", 1, 0, false],
    ]);
    expect(ranking.slice(3).every((r) => r.place === 0 && r.share === null)).toBe(true);
  });

  it("counts statuses, decision times in working days, awaiting and overdue", async () => {
    const data = await figures();
    expect(Object.fromEntries(data.byStatus.map((s) => [s.status, s.count]))).toEqual({
      approved: 4,
      rejected: 1,
      in_review: 1,
      registered: 1,
      docs_requested: 1,
      withdrawn: 1,
    });
    // Days 5, 9, 3, 7, 12 → sorted 3 5 7 9 12: median the 3rd (7), 90th percentile the 5th (12).
    expect(data.decisions).toEqual({ decided: 5, medianDays: 7, p90Days: 12 });
    // Awaiting: rows 4 and 5; overdue: row 4 (due 20 November).
    expect([data.awaiting, data.overdue]).toEqual([2, 1]);
  });

  it("shows the applicants' ESIA levels, paper ones without an account as «none»", async () => {
    const { esiaLevels } = await figures();
    expect(esiaLevels.map((l) => [l.level, l.count, l.share])).toEqual([
      ["confirmed", 2, 22.2],
      ["standard", 2, 22.2],
      ["simplified", 2, 22.2],
      ["none", 3, 33.3],
    ]);
  });

  it("filters by territory, month and service", async () => {
    const kazanNovember = await figures({ territory: "kazan", from: "2026-11", to: "2026-11" });
    expect(kazanNovember.territory?.code).toBe("kazan");
    expect(kazanNovember.overall).toMatchObject({ total: 2, electronic: 1, share: 50 });
    expect(kazanNovember.ranking.map((r) => r.item.code)).toEqual(["kazan"]);
    const basic = await figures({ serviceId: "kindergarten-basic" });
    expect(basic.byService.map((s) => s.serviceId)).toEqual(["kindergarten-basic"]);
    expect(basic.byMonth.map((m) => [m.month, m.figures.total, m.figures.share])).toEqual([
      ["2026-10", 4, 50],
      ["2026-11", 1, 100],
    ]);
    // With August in the period, row 10 joins Kazan's basic compensation.
    const withAugust = await figures({ from: "2026-08", territory: "kazan", serviceId: "kindergarten-basic" });
    expect(withAugust.overall).toMatchObject({ total: 4, electronic: 3, share: 75 });
    expect(withAugust.byMonth.map((m) => m.figures.total)).toEqual([1, 0, 3, 0]);
  });

  it("limits a supervisor to their own territory whatever the query says", async () => {
    const data = await figures({ territory: "kazan" }, chelnySupervisor);
    expect(data.territory?.code).toBe("naberezhnye-chelny");
    expect(data.overall).toMatchObject({ total: 3, electronic: 1, share: 33.3 });
    expect(data.ranking).toHaveLength(1);
  });

  it("refuses the administrator and a caseworker, and audits it", async () => {
    for (const who of [
      await createStaff(db(), "administrator", null),
      await createStaff(db(), "caseworker", await territoryId(db(), "kazan")),
    ]) {
      expect(await dashboardFigures(db(), who, meta, PERIOD, TODAY)).toBeNull();
      expect(
        await db().auditEvent.findFirst({
          where: { actorId: String(who.id), action: "casework.dashboard.view", outcome: "refused" },
        }),
      ).not.toBeNull();
    }
  });

  it("lets only the ministry set the target, which moves who meets it", async () => {
    expect(await setElectronicShareTarget(db(), chelnySupervisor, meta, 50)).toBe(false);
    expect(await setElectronicShareTarget(db(), ministry, meta, 60)).toBe(true);
    const data = await figures();
    expect(data.targetPercent).toBe(60);
    expect(data.ranking[0]).toMatchObject({ meetsTarget: true, item: { code: "kazan" } });
    await setElectronicShareTarget(db(), ministry, meta, 70);
  });

  it("follows every change of an application, and a rebuild gives the same figures", async () => {
    const before = await figures();
    // Row 4 is decided (rejected) after 4 working days; row 9 turns out to have come by post.
    await db().application.update({
      where: { id: ids[3]! },
      data: { status: "rejected", decisionWorkingDays: 4, decidedAt: new Date() },
    });
    await db().application.update({ where: { id: ids[8]! }, data: { channel: "post" } });
    const after = await figures();
    expect(after.decisions).toEqual({ decided: 6, medianDays: 5, p90Days: 12 });
    expect([after.awaiting, after.overdue]).toEqual([1, 0]);
    expect(after.overall.byChannel).toEqual({ ...before.overall.byChannel, in_person: 2, post: 2 });
    await db().$executeRawUnsafe(`SELECT "application_statistics_rebuild"()`);
    expect(await figures()).toEqual(after);
  });

  it("serves a repeated view from its cache, keeps scopes apart and shows a change at once", async () => {
    const chelny = await territoryId(db(), "naberezhnye-chelny");
    const kazan = await territoryId(db(), "kazan");
    const first = await figures({ territory: "naberezhnye-chelny" });
    expect(await figures({ territory: "naberezhnye-chelny" })).toEqual(first);
    // The ministry's Kazan view is cached; a Chelny supervisor asking for Kazan still gets Chelny.
    const kazanView = await figures({ territory: "kazan" });
    const supervisorView = await figures({ territory: "kazan" }, chelnySupervisor);
    expect(supervisorView.territory?.code).toBe("naberezhnye-chelny");
    expect(supervisorView.overall).toEqual(first.overall);
    expect(supervisorView.overall).not.toEqual(kazanView.overall);

    // A Kazan change raises Kazan's and the republic's version, not Chelny's.
    const [chelnyBefore, kazanBefore, republicBefore] = await Promise.all([
      dashboardDataVersion(db(), chelny),
      dashboardDataVersion(db(), kazan),
      dashboardDataVersion(db(), null),
    ]);
    await db().application.update({ where: { id: ids[0]! }, data: { channel: "mfc" } }); // row 1: Kazan, October
    const [chelnyAfter, kazanAfter, republicAfter] = await Promise.all([
      dashboardDataVersion(db(), chelny),
      dashboardDataVersion(db(), kazan),
      dashboardDataVersion(db(), null),
    ]);
    expect(chelnyAfter.version).toBe(chelnyBefore.version);
    expect(BigInt(kazanAfter.version)).toBeGreaterThan(BigInt(kazanBefore.version));
    expect(BigInt(republicAfter.version)).toBeGreaterThan(BigInt(republicBefore.version));
    const kazanChanged = await figures({ territory: "kazan" });
    expect(kazanChanged.overall.electronic).toBe(kazanView.overall.electronic - 1);
    expect(kazanChanged.overall.byChannel.mfc).toBe(kazanView.overall.byChannel.mfc + 1);

    // A Chelny application decided: the supervisor's cached view gives way at once.
    await db().application.update({ where: { id: ids[6]! }, data: { channel: "portal" } }); // row 7: post → portal
    const supervisorAfter = await figures({}, chelnySupervisor);
    expect(supervisorAfter.overall.electronic).toBe(first.overall.electronic + 1);
  });
});
