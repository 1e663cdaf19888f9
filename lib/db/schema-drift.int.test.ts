import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { actualShape, expectedShape, readDmmf, type SchemaShape } from "./schema-drift";
import { openMigratedTestDatabase, testDatabaseDriver } from "./test-database";

describe(`migrations produce exactly what schema.prisma describes (${testDatabaseDriver()})`, () => {
  let database: Database;
  let actual: SchemaShape;
  const expected = expectedShape(readDmmf(path.join(process.cwd(), "prisma", "schema.prisma")));

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    actual = await database.withSqlSession(actualShape);
  });
  afterAll(() => database.close());

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
