import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { actualShape, expectedShape, readDmmf, schemasOf, type SchemaShape } from "./schema-drift";
import { openMigratedTestDatabase, testDatabaseDriver } from "./test-database";

describe(`migrations produce exactly what schema.prisma describes (${testDatabaseDriver()})`, () => {
  let database: Database;
  let actual: SchemaShape;
  const dmmf = readDmmf(path.join(process.cwd(), "prisma", "schema.prisma"));
  const expected = expectedShape(dmmf);

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    // Both schemas: the portal's and the mock ESIA's (its migrations run in the integration setup).
    actual = await database.withSqlSession((session) => actualShape(session, schemasOf(dmmf)));
  });
  afterAll(() => database.close());

  it("covers the portal's schema and the mock ESIA's", () => {
    expect(schemasOf(dmmf)).toEqual(["esia_mock", "public"]);
    expect(actual.columns.filter((line) => line.startsWith("esia_mock.")).length).toBeGreaterThan(100);
  });
  it("has the schema's tables and columns, with their types, nullability and defaults", () => {
    expect(actual.columns).toEqual(expected.columns);
  });
  it("has the schema's enums and values", () => {
    expect(actual.enums).toEqual(expected.enums);
  });
  it("has the schema's primary keys, unique and plain indexes", () => {
    expect(actual.indexes).toEqual(expected.indexes);
  });
  it("has the schema's foreign keys with their referential actions", () => {
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
  });
});
