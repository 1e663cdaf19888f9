import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { checkDatabase } from "./health";
import { seedTerritories } from "./seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "./test-database";

describe(`demo data and health (${testDatabaseDriver()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openMigratedTestDatabase();
  });
  afterAll(() => database.close());

  it("seeds 45 territories, each with its social-protection body, and re-seeding changes nothing", async () => {
    await seedTerritories(database.prisma);
    await seedTerritories(database.prisma);
    expect(await database.prisma.territory.count()).toBe(45);
    expect(await database.prisma.territorialBody.count()).toBe(45);
    const kazan = await database.prisma.territory.findUniqueOrThrow({
      where: { code: "kazan" },
      include: { territorialBody: true },
    });
    expect(kazan.territorialBody?.name).toMatch(/в городе Казани$/);
  });

  it("reports the database as answering", async () => {
    expect(await checkDatabase(database.prisma, 2_000)).toMatchObject({ ok: true });
  });
});
