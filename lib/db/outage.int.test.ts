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
