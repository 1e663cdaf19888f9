import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { applyMigrations, MigrationChecksumError, readMigrations, type Migration } from "./migrate";
import { openEmptyTestDatabase, testDatabaseDriver } from "./test-database";

function migration(name: string, sql: string): Migration {
  return { name, sql, checksum: `checksum-of-${sql.length}-${name}` };
}

describe(`migration runner (${testDatabaseDriver()})`, () => {
  let database: Database;
  beforeEach(async () => {
    database = await openEmptyTestDatabase();
  });
  afterEach(() => database.close());

  const apply = (migrations: Migration[]) => database.withSqlSession((session) => applyMigrations(session, migrations));
  const tables = () =>
    database.withSqlSession((session) =>
      session.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      ),
    );

  it("applies the project's migrations once; a second start applies nothing", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await apply(migrations)).toEqual(migrations.map((m) => m.name));
    expect(await apply(migrations)).toEqual([]);
    expect((await tables()).map((row) => row.tablename)).toEqual(
      expect.arrayContaining(["territory", "territorial_body"]),
    );
  });

  it("applies only the new ones, in name order", async () => {
    const first = migration("001_a", `CREATE TABLE "a" ("id" INTEGER)`);
    const second = migration("002_b", `CREATE TABLE "b" ("id" INTEGER); CREATE TABLE "c" ("id" INTEGER)`);
    expect(await apply([first])).toEqual(["001_a"]);
    expect(await apply([first, second])).toEqual(["002_b"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    await apply([migration("001_a", `CREATE TABLE "a" ("id" INTEGER)`)]);
    await expect(apply([{ name: "001_a", sql: "x", checksum: "different" }])).rejects.toBeInstanceOf(
      MigrationChecksumError,
    );
  });

  it("rolls a failing migration back whole and records nothing", async () => {
    const broken = migration("001_broken", `CREATE TABLE "half" ("id" INTEGER); CREATE TABLE "half" ("id" INTEGER)`);
    await expect(apply([broken])).rejects.toThrow(/001_broken/);
    expect((await tables()).map((row) => row.tablename)).toEqual(["_app_migrations"]);
    // The session is usable again, and a fixed migration goes through.
    expect(await apply([migration("001_broken", `CREATE TABLE "half" ("id" INTEGER)`)])).toEqual(["001_broken"]);
  });
});
