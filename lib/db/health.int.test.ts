import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { checkDatabase } from "./health";
import { relay } from "./test-relay";

describe("database health when the server goes away", () => {
  it("answers 'unavailable' within its timeout when nothing listens at DATABASE_URL", async () => {
    // Port 1 on loopback: connection refused at once, like a stopped PostgreSQL.
    const database = await openDatabase({
      DATABASE_URL: "postgresql://portal:portal@127.0.0.1:1/portal_test",
      PGLITE_DATA_DIR: "unused",
      DB_HEALTH_TIMEOUT_MS: 1_000,
    });
    const started = Date.now();
    expect((await checkDatabase(database.prisma, 1_000)).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    await database.close();
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "notices a stopped server within 5 s and recovers when it is back, with the same client",
    async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      const server = relay(target);
      const relayed = new URL(target);
      relayed.hostname = "127.0.0.1";
      relayed.port = String(await server.start());
      const database = await openDatabase({
        DATABASE_URL: relayed.toString(),
        PGLITE_DATA_DIR: "unused",
        DB_HEALTH_TIMEOUT_MS: 2_000,
      });
      try {
        expect((await checkDatabase(database.prisma, 2_000)).ok).toBe(true);

        await server.stop();
        const stoppedAt = Date.now();
        expect((await checkDatabase(database.prisma, 2_000)).ok).toBe(false);
        expect(Date.now() - stoppedAt).toBeLessThan(5_000);

        await server.start();
        expect((await checkDatabase(database.prisma, 2_000)).ok).toBe(true);
      } finally {
        await database.close();
        await server.stop();
      }
    },
  );
});
