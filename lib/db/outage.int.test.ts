import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { databaseMarkedDown, databaseUnavailable, PROBE_INTERVAL_MS, resetDatabaseAvailability } from "./outage";
import { relay } from "./test-relay";

// The pool marks the database down when the server goes away and a probe brings it back: a
// PostgreSQL server behind a TCP relay that the test stops and starts.

afterEach(() => resetDatabaseAvailability());

describe("a database outage is noticed and ends by itself", () => {
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "marks the database down when the server goes away, and up when it answers again",
    async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      const server = relay(target);
      const relayed = new URL(target);
      relayed.hostname = "127.0.0.1";
      relayed.port = String(await server.start());
      const database = await openDatabase({
        DATABASE_URL: relayed.toString(),
        PGLITE_DATA_DIR: "unused",
        DB_HEALTH_TIMEOUT_MS: 1_000,
      });
      try {
        await database.prisma.$queryRaw`SELECT 1`;
        expect(databaseMarkedDown()).toBe(false);
        expect(await databaseUnavailable()).toBe(false);

        // The server goes away: the idle connection breaks, new ones are refused.
        await server.stop();
        await expect(database.prisma.$queryRaw`SELECT 1`).rejects.toThrow();
        expect(databaseMarkedDown()).toBe(true);
        expect(await databaseUnavailable(Date.now() + PROBE_INTERVAL_MS)).toBe(true);

        // Back: the next probe finds it and requests go through again.
        await server.start();
        expect(await databaseUnavailable(Date.now() + 2 * PROBE_INTERVAL_MS)).toBe(false);
        expect(databaseMarkedDown()).toBe(false);
        await database.prisma.$queryRaw`SELECT 1`;
      } finally {
        await database.close();
        await server.stop();
      }
    },
  );

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "a surge waits in line for the pool's connections (longer than the connect timeout), not an outage",
    async () => {
      const database = await openDatabase({
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PGLITE_DATA_DIR: "unused",
        DB_HEALTH_TIMEOUT_MS: 1_000,
        DB_CONNECT_TIMEOUT_MS: 1_000,
        DB_POOL_SIZE: 1,
        DB_POOL_QUEUE_TIMEOUT_MS: 10_000,
      });
      try {
        // One connection, held for more than two connect timeouts by the first query; the second waits.
        // (Prisma's queries are lazy: Promise.resolve starts this one now.)
        const first = Promise.resolve(database.prisma.$queryRaw`SELECT 1 FROM pg_sleep(2.5)`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const second = database.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
        await first;
        expect(await second).toEqual([{ one: 1 }]);
        expect(databaseMarkedDown()).toBe(false);
        expect(database.poolUse()).toMatchObject({ total: 1, waiting: 0 });
      } finally {
        await database.close();
      }
    },
  );

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "a line that outlasts its timeout fails as an outage-like error (the 503 page), and the probe, on a connection of its own, ends it",
    async () => {
      const database = await openDatabase({
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PGLITE_DATA_DIR: "unused",
        DB_HEALTH_TIMEOUT_MS: 1_000,
        DB_POOL_SIZE: 1,
        DB_POOL_QUEUE_TIMEOUT_MS: 1_000,
      });
      try {
        const held = Promise.resolve(database.prisma.$queryRaw`SELECT 1 FROM pg_sleep(3)`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expect(database.prisma.$queryRaw`SELECT 1`).rejects.toThrow();
        expect(databaseMarkedDown()).toBe(true);
        // The pool is still busy: a probe through it would wait; its own connection answers.
        expect(await databaseUnavailable(Date.now() + PROBE_INTERVAL_MS)).toBe(false);
        await held;
      } finally {
        await database.close();
      }
    },
  );

  it("on PGlite there is no server to lose: never marked down", async () => {
    const database = await openDatabase({
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: "memory://",
      pgliteDataDir: "memory://",
      DB_HEALTH_TIMEOUT_MS: 1_000,
    });
    try {
      await database.prisma.$queryRaw`SELECT 1`;
      expect(await databaseUnavailable()).toBe(false);
    } finally {
      await database.close();
    }
  });
});
