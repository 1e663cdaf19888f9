import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import {
  DEFAULT_QUEUE_FILTERS,
  encodeCursor,
  fetchQueuePage,
  parseQueueQuery,
  type QueueFilters,
  type QueueRow,
} from "./queue";
import { createApplicant, createApplication, createStaff, territoryId } from "./testing";

// The queue query against a real database: territory and drafts, every filter, the three searches,
// and key-based paging that neither skips nor repeats a row, ties included.

describe(`caseworker queue (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  let kazan: number;
  let chelny: number;
  const today = "2026-12-01";
  const ids: Record<string, number> = {};

  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    kazan = await territoryId(db(), "kazan");
    chelny = await territoryId(db(), "naberezhnye-chelny");
    const worker = await createStaff(db(), "caseworker", kazan, "Галиева Эльвира Ринатовна");
    const user = await createApplicant(db());
    const make = async (key: string, fixture: Omit<Parameters<typeof createApplication>[1], "userId">) => {
      ids[key] = (await createApplication(db(), { userId: user, snils: "987-654-321 00", ...fixture })).id;
    };
    // Kazan: eight sent applications (two sent at the same instant), one draft. Chelny: one.
    await make("a", {
      territoryId: kazan,
      status: "registered",
      submittedAt: at("2026-11-10T06:00:00Z"),
      decisionDue: "2026-11-24",
      lastName: "Иванова",
      snils: "112-233-445 95",
    });
    await make("b", {
      territoryId: kazan,
      status: "in_review",
      submittedAt: at("2026-11-12T06:00:00Z"),
      decisionDue: "2026-11-26",
      lastName: "Петрова",
      assignedStaffId: worker.id,
    });
    await make("c", {
      territoryId: kazan,
      status: "docs_requested",
      submittedAt: at("2026-11-12T06:00:00Z"),
      decisionDue: "2026-11-26",
      lastName: "Сидорова",
    });
    await make("d", {
      territoryId: kazan,
      status: "approved",
      submittedAt: at("2026-11-15T20:59:00Z"),
      decisionDue: "2026-11-30",
      lastName: "Семёнова",
      serviceId: "child-allowance",
    });
    await make("e", {
      territoryId: kazan,
      status: "registered",
      submittedAt: at("2026-11-15T21:00:00Z"),
      decisionDue: "2026-12-01",
      lastName: "Семенова",
      serviceId: "child-allowance",
    });
    await make("f", {
      territoryId: kazan,
      status: "docs_provided",
      submittedAt: at("2026-11-20T06:00:00Z"),
      decisionDue: "2026-11-30",
      lastName: "Ахметова",
      snils: "123-456-789 64",
    });
    await make("g", {
      territoryId: kazan,
      status: "rejected",
      submittedAt: at("2026-11-21T06:00:00Z"),
      decisionDue: "2026-11-20",
      lastName: "Ахметова",
      serviceId: "kindergarten-additional",
    });
    await make("h", {
      territoryId: kazan,
      status: "submitted",
      submittedAt: at("2026-11-22T06:00:00Z"),
      decisionDue: null,
      lastName: "Без Срока",
    });
    await make("draft", { territoryId: kazan, status: "draft", submittedAt: null, lastName: "Черновикова" });
    await make("chelny", {
      territoryId: chelny,
      status: "registered",
      submittedAt: at("2026-11-11T06:00:00Z"),
      lastName: "Иванова",
      snils: "112-233-445 95",
    });
  });
  afterAll(() => database.close());

  const keys = (rows: QueueRow[]) =>
    rows.map((row) => Object.entries(ids).find(([, id]) => id === row.id)?.[0] ?? `?${row.id}`);
  const filters = (overrides: Partial<QueueFilters> = {}): QueueFilters => ({ ...DEFAULT_QUEUE_FILTERS, ...overrides });
  const page = (f: QueueFilters, cursor: string | null = null, limit = 50) =>
    fetchQueuePage(db(), kazan, f, cursor, { today, limit });

  async function all(f: QueueFilters, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const result = await page(f, cursor, limit);
      seen.push(...keys(result.rows));
      expect(result.rows.length).toBeLessThanOrEqual(limit);
      if (!result.next) return seen;
      cursor = result.next;
    }
    throw new Error("paging did not end");
  }

  it("lists the territory's sent applications only, newest first; drafts and other territories never", async () => {
    const result = await page(filters());
    expect(keys(result.rows)).not.toContain("draft");
    expect(keys(result.rows)).not.toContain("chelny");
    expect(result.rows).toHaveLength(8);
    expect(result.next).toBeNull();
    // c was created after b with the same submittedAt: newest first by (submittedAt, id).
    expect(keys(result.rows)).toEqual(["h", "g", "f", "e", "d", "c", "b", "a"]);
    expect(result.rows.find((row) => row.id === ids.b)).toMatchObject({
      assignedStaffName: "Галиева Эльвира Ринатовна",
      lastName: "Петрова",
      firstName: "Алия",
    });
  });

  it("pages by key in every sort without skipping or repeating a row, ties included", async () => {
    for (const limit of [1, 2, 3, 7]) {
      expect(await all(filters(), limit)).toEqual(["h", "g", "f", "e", "d", "c", "b", "a"]);
      expect(await all(filters({ sort: "submitted_asc" }), limit)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
      // By due date, ties by id; the one without a due date last.
      expect(await all(filters({ sort: "due_asc" }), limit)).toEqual(["g", "a", "b", "c", "d", "f", "e", "h"]);
      // Overdue: read status by status and merged, still one ordered list across pages.
      expect(await all(filters({ overdueOnly: true }), limit)).toEqual(["f", "b", "a"]);
      expect(await all(filters({ overdueOnly: true, sort: "submitted_asc" }), limit)).toEqual(["a", "b", "f"]);
      expect(await all(filters({ overdueOnly: true, sort: "due_asc" }), limit)).toEqual(["a", "b", "f"]);
    }
  });

  it("filters by service, status and the overdue flag", async () => {
    expect(keys((await page(filters({ serviceId: "child-allowance" }))).rows)).toEqual(["e", "d"]);
    expect(keys((await page(filters({ status: "registered" }))).rows)).toEqual(["e", "a"]);
    expect(keys((await page(filters({ status: "registered", serviceId: "kindergarten-basic" }))).rows)).toEqual(["a"]);
    // Overdue on 1 Dec: the clock runs and the due day has passed. Not c (paused), g (decided), d (decided), e (due today), h (no date).
    expect(keys((await page(filters({ overdueOnly: true }))).rows)).toEqual(["f", "b", "a"]);
    expect(keys((await page(filters({ overdueOnly: true, sort: "due_asc" }))).rows)).toEqual(["a", "b", "f"]);
    expect(keys((await page(filters({ overdueOnly: true, status: "in_review" }))).rows)).toEqual(["b"]);
    // A decided application is never overdue, whatever its date.
    expect((await page(filters({ overdueOnly: true, status: "rejected" }))).rows).toEqual([]);
  });

  it("filters by the date of sending in Moscow time", async () => {
    // d was sent at 23:59 Moscow on 15 Nov, e at 00:00 on 16 Nov.
    expect(keys((await page(filters({ submittedFrom: "2026-11-16", submittedTo: "2026-11-20" }))).rows)).toEqual([
      "f",
      "e",
    ]);
    expect(keys((await page(filters({ submittedTo: "2026-11-15" }))).rows)).toEqual(["d", "c", "b", "a"]);
    expect(keys((await page(filters({ submittedFrom: "2026-11-15", submittedTo: "2026-11-15" }))).rows)).toEqual(["d"]);
  });

  it("searches by application number, SNILS and surname, within the territory only", async () => {
    const number = (await db().application.findUniqueOrThrow({ where: { id: ids.f! } })).number!;
    expect(keys((await page(parseQueueQuery({ q: number }).filters)).rows)).toEqual(["f"]);
    const chelnyNumber = (await db().application.findUniqueOrThrow({ where: { id: ids.chelny! } })).number!;
    expect((await page(parseQueueQuery({ q: chelnyNumber }).filters)).rows).toEqual([]);
    expect(keys((await page(parseQueueQuery({ q: "112-233-445 95" }).filters)).rows)).toEqual(["a"]);
    expect(keys((await page(parseQueueQuery({ q: "12345678964" }).filters)).rows)).toEqual(["f"]);
    expect(keys((await page(parseQueueQuery({ q: "  ахметова " }).filters)).rows)).toEqual(["g", "f"]);
    // «Семёнова» finds both spellings; «Семенова» the one typed without ё.
    expect(keys((await page(parseQueueQuery({ q: "Семёнова" }).filters)).rows)).toEqual(["e", "d"]);
    expect(keys((await page(parseQueueQuery({ q: "Семенова" }).filters)).rows)).toEqual(["e"]);
    expect((await page(parseQueueQuery({ q: "Черновикова" }).filters)).rows).toEqual([]);
  });

  it("starts from the top when the cursor is forged or made for another sort", async () => {
    const forged = encodeCursor({ sort: "submitted_asc", key: "2026-11-12T06:00:00.000Z", id: ids.b! });
    expect(keys((await page(filters(), forged, 2)).rows)).toEqual(["h", "g"]);
    expect(keys((await page(filters({ sort: "submitted_asc" }), forged, 2)).rows)).toEqual(["c", "d"]);
    expect(keys((await page(filters(), "not-a-cursor", 2)).rows)).toEqual(["h", "g"]);
  });
});
