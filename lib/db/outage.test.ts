import { afterEach, describe, expect, it } from "vitest";
import {
  databaseMarkedDown,
  databaseUnavailable,
  isConnectionError,
  noteDatabaseError,
  PROBE_INTERVAL_MS,
  resetDatabaseAvailability,
  setDatabaseProbe,
} from "./outage";

afterEach(() => resetDatabaseAvailability());

describe("which errors mean the database is unreachable", () => {
  const cases: Array<[string, unknown, boolean]> = [
    [
      "connection refused",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      true,
    ],
    ["pool connect timeout", new Error("timeout exceeded when trying to connect"), true],
    ["a new connection that took too long (pg's connect timeout)", new Error("timeout expired"), true],
    [
      "a transaction that could not start or finish in time (P2028, rolled back)",
      Object.assign(new Error("Transaction API error: A commit cannot be executed on an expired transaction."), {
        code: "P2028",
      }),
      true,
    ],
    ["a query that merely mentions a timeout", new Error("statement timeout expired for user"), false],
    [
      "server restarting (57P01 admin_shutdown)",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      true,
    ],
    [
      "server starting up (57P03)",
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      true,
    ],
    ["lost connection (08006)", Object.assign(new Error("x"), { code: "08006" }), true],
    [
      "wrapped by the adapter and Prisma",
      Object.assign(new Error("Invalid invocation"), {
        cause: Object.assign(new Error("driver"), { cause: new Error("Connection terminated unexpectedly") }),
      }),
      true,
    ],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" }), true],
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" }), false],
    ["a programming error", new TypeError("x is undefined"), false],
    ["Prisma's record not found", Object.assign(new Error("No record"), { code: "P2025" }), false],
    ["nothing", undefined, false],
  ];
  it.each(cases)("%s", (_, error, expected) => {
    expect(isConnectionError(error)).toBe(expected);
  });
});

describe("the outage state", () => {
  it("is up until a connection error, and other errors do not mark it down", async () => {
    noteDatabaseError(new Error("duplicate key"));
    expect(databaseMarkedDown()).toBe(false);
    expect(await databaseUnavailable()).toBe(false);
    noteDatabaseError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }));
    expect(databaseMarkedDown()).toBe(true);
  });

  it("probes at most once per interval, shared by concurrent requests, and resumes by itself", async () => {
    let probes = 0;
    let answers = false;
    setDatabaseProbe(async () => {
      probes += 1;
      if (!answers) throw new Error("still down");
    });
    noteDatabaseError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }));
    const now = Date.now() + 10_000;
    expect(await Promise.all([databaseUnavailable(now), databaseUnavailable(now), databaseUnavailable(now)])).toEqual([
      true,
      true,
      true,
    ]);
    expect(probes).toBe(1);
    expect(await databaseUnavailable(now + PROBE_INTERVAL_MS / 2)).toBe(true);
    expect(probes).toBe(1);
    answers = true;
    expect(await databaseUnavailable(now + PROBE_INTERVAL_MS)).toBe(false);
    expect(probes).toBe(2);
    expect(databaseMarkedDown()).toBe(false);
    expect(await databaseUnavailable(now + 3 * PROBE_INTERVAL_MS)).toBe(false);
    expect(probes).toBe(2);
  });
});
