import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./client";
import { prepareDatabase } from "./runtime";
import { openEmptyTestDatabase, testDatabaseDriver } from "./test-database";

// Several instances start at once against one PostgreSQL server: migrations, the guests'
// migrations (the mock ESIA's, registered by the integration setup) and demo data run under one
// advisory lock, so they never collide. Each "instance" here is its own pool (its own
// connections), as separate processes would have. The mock's seeding under the same lock:
// lib/esia-mock/boot.int.test.ts.

const SETTINGS = {
  SEED_DEMO_DATA: true,
  SEED_DEMO_APPLICATIONS: false,
};

describe.skipIf(testDatabaseDriver() === "pglite")("instances starting at once (postgres)", () => {
  let first: Database;
  const instances: Database[] = [];
  beforeAll(async () => {
    first = await openEmptyTestDatabase(); // an empty schema: everything is still to do
    instances.push(first);
    for (let i = 0; i < 3; i++)
      instances.push(
        await openDatabase({
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          PGLITE_DATA_DIR: "memory://",
          DB_HEALTH_TIMEOUT_MS: 2_000,
        }),
      );
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
  });

  it("four instances migrate and seed together: one applies everything, none fails, the data is there once", async () => {
    const applied = await Promise.all(instances.map((instance) => prepareDatabase(instance, SETTINGS)));
    const counts = applied.map((names) => names.length).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.slice(1)).toEqual([0, 0, 0]);
    expect(await first.prisma.territory.count()).toBe(45);
    expect(await first.prisma.territorialBody.count()).toBe(45);
    // A later start (a restart) finds nothing to do and changes nothing.
    expect(await prepareDatabase(instances[1]!, SETTINGS)).toEqual([]);
    expect(await first.prisma.territory.count()).toBe(45);
  });
});

describe.skipIf(testDatabaseDriver() === "postgres")("instances starting at once (pglite)", () => {
  it("does not apply: the embedded database is opened by one process only", () => {
    expect(testDatabaseDriver()).toBe("pglite");
  });
});
