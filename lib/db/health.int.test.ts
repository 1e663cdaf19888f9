import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { checkDatabase } from "./health";

describe("database health when the server is gone", () => {
  it("answers 'unavailable' within its timeout when nothing listens at DATABASE_URL", async () => {
    // Port 1 on loopback: connection refused at once, like a stopped PostgreSQL.
    const database = await openDatabase({
      DATABASE_URL: "postgresql://portal:portal@127.0.0.1:1/portal_test",
      PGLITE_DATA_DIR: "unused",
      DB_HEALTH_TIMEOUT_MS: 1_000,
    });
    const started = Date.now();
    const health = await checkDatabase(database.prisma, 1_000);
    expect(health.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    await database.close();
  });
});
