import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlExecutor } from "./migrate";

// Compares what schema.prisma describes (Prisma's own DMMF, from its WASM schema parser, no
// engine download) with what the migrations actually built in a database: tables, columns with
// types, nullability and defaults, enums, primary keys, unique and plain indexes, foreign keys.
// Each is a sorted list of strings, so a failing test shows exactly which line differs. Both
// schemas are covered: the portal's (public, names as they are) and the mock ESIA's (esia_mock,
// names qualified as "esia_mock.table").

export interface SchemaShape {
  enums: string[];
  columns: string[];
  indexes: string[];
  foreignKeys: string[];
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: unknown;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  /** The @@schema of a multi-schema datamodel; null without one. */
  schema?: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: {
      name: string;
      dbName?: string | null;
      schema?: string | null;
      values: { name: string; dbName?: string | null }[];
    }[];
    indexes: DmmfIndex[];
  };
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  VarChar: (a) => (a[0] ? `character varying(${a[0]})` : "character varying"),
  Char: (a) => `character(${a[0] ?? 1})`,
  Uuid: () => "uuid",
  Inet: () => "inet",
  Date: () => "date",
  Timestamp: (a) => `timestamp(${a[0] ?? 6}) without time zone`,
  Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Decimal: (a) => (a.length ? `numeric(${a.join(",")})` : "numeric"),
  Money: () => "money",
  JsonB: () => "jsonb",
  Json: () => "json",
  ByteA: () => "bytea",
  Boolean: () => "boolean",
  Real: () => "real",
  DoublePrecision: () => "double precision",
};

const ON_ACTION: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function readDmmf(schemaPath: string): Dmmf {
  return parseDmmf(readFileSync(schemaPath, "utf8"));
}

export function parseDmmf(schema: string): Dmmf {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
  // The DMMF gives a model its @@schema but not an enum: read the enum's from the source.
  const enumSchemas = new Map(
    [...schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)].map((match) => [
      match[1],
      /@@schema\("([^"]+)"\)/.exec(match[2]!)?.[1] ?? null,
    ]),
  );
  for (const item of dmmf.datamodel.enums) item.schema ??= enumSchemas.get(item.name) ?? null;
  return dmmf;
}

/** A table or type as the shape names it: bare in public, "schema.name" elsewhere. */
function qualified(schema: string | null | undefined, name: string): string {
  return !schema || schema === "public" ? name : `${schema}.${name}`;
}

/** The database schemas the datamodel uses (public, and each @@schema). */
export function schemasOf(dmmf: Dmmf): string[] {
  const { models, enums } = dmmf.datamodel;
  return [...new Set(["public", ...[...models, ...enums].map((item) => item.schema ?? "public")])].sort();
}

/**
 * Relations that join two database schemas: "Model.field -> Target". The mock ESIA is a guest in
 * its own schema and never joined with the portal's tables, so the project's list is empty.
 */
export function crossSchemaRelations(dmmf: Dmmf): string[] {
  const { models } = dmmf.datamodel;
  const schemaOf = new Map(models.map((model) => [model.name, model.schema ?? "public"]));
  return models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "object" && schemaOf.get(field.type) !== schemaOf.get(model.name))
      .map((field) => `${model.name}.${field.name} -> ${field.type}`),
  );
}

/** The database shape that schema.prisma describes. */
export function expectedShape(dmmf: Dmmf): SchemaShape {
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((model) => [model.name, qualified(model.schema, model.dbName ?? model.name)]));
  const columnOf = (model: DmmfModel, field: string) => {
    const found = model.fields.find((candidate) => candidate.name === field);
    return found?.dbName ?? field;
  };
  const enumDbName = new Map(enums.map((item) => [item.name, qualified(item.schema, item.dbName ?? item.name)]));

  const columns = models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "scalar" || field.kind === "enum")
      .map((field) => {
        let type =
          field.kind === "enum"
            ? enumDbName.get(field.type)!
            : field.nativeType
              ? (NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]) ?? `unknown native ${field.nativeType[0]}`)
              : (SCALAR_TYPES[field.type] ?? `unknown ${field.type}`);
        if (field.isList) type += "[]";
        // Only database-side defaults show in the catalogue: @updatedAt and cuid()/uuid() are set by the client.
        const defaultName = (field.default as { name?: string } | undefined)?.name;
        const clientSide =
          defaultName === "cuid" || defaultName === "uuid" || defaultName === "nanoid" || defaultName === "ulid";
        const hasDbDefault = field.hasDefaultValue && !clientSide;
        // Prisma creates list columns without NOT NULL (it reads NULL as an empty list).
        const nullable = field.isRequired && !field.isList ? "not null" : "null";
        return `${tableOf.get(model.name)}.${field.dbName ?? field.name} ${type} ${nullable}${hasDbDefault ? " default" : ""}`;
      }),
  );

  const indexLines = indexes.map((index) => {
    const model = models.find((candidate) => candidate.name === index.model)!;
    const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    return `${tableOf.get(model.name)} ${kind} (${index.fields.map((field) => columnOf(model, field.name)).join(", ")})`;
  });

  const foreignKeys = models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "object" && field.relationFromFields && field.relationFromFields.length > 0)
      .map((field) => {
        const target = models.find((candidate) => candidate.name === field.type)!;
        const from = field.relationFromFields!.map((name) => columnOf(model, name)).join(", ");
        const to = field.relationToFields!.map((name) => columnOf(target, name)).join(", ");
        const onDelete = ON_ACTION[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")];
        const onUpdate = ON_ACTION[field.relationOnUpdate ?? "Cascade"];
        return `${tableOf.get(model.name)} (${from}) -> ${tableOf.get(target.name)} (${to}) on delete ${onDelete} on update ${onUpdate}`;
      }),
  );

  return {
    enums: enums
      .map(
        (item) => `${enumDbName.get(item.name)}: ${item.values.map((value) => value.dbName ?? value.name).join(", ")}`,
      )
      .sort(),
    columns: columns.sort(),
    indexes: indexLines.sort(),
    foreignKeys: foreignKeys.sort(),
  };
}

// The migration ledgers: the portal's and the mock's (lib/db/migrate.ts, lib/esia-mock/boot.ts).
const IGNORED_TABLES = ["_app_migrations", "esia_mock._migrations"];

/** The shape the migrations built, read from PostgreSQL's catalogue (the given schemas). */
export async function actualShape(db: SqlExecutor, schemas: string[] = ["public"]): Promise<SchemaShape> {
  const ignored = IGNORED_TABLES.map((name) => `'${name}'`).join(", ");
  const inSchemas = schemas.map((name) => `'${name.replaceAll("'", "''")}'`).join(", ");
  // A table as the shape names it: bare in public, "schema.table" elsewhere.
  const name = (namespace: string, relation: string) =>
    `CASE WHEN ${namespace}.nspname = 'public' THEN ${relation}.relname ELSE ${namespace}.nspname || '.' || ${relation}.relname END`;
  const enums = await db.query<{ name: string; labels: string }>(`
    SELECT CASE WHEN n.nspname = 'public' THEN t.typname ELSE n.nspname || '.' || t.typname END AS name,
      string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname IN (${inSchemas}) GROUP BY n.nspname, t.typname`);
  // format_type qualifies a type outside the search path (esia_mock."EsiaLevel"): quotes dropped.
  const columns = await db.query<{ line: string }>(`
    SELECT ${name("n", "c")} || '.' || a.attname || ' ' || replace(format_type(a.atttypid, a.atttypmod), '"', '')
      || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
      || CASE WHEN d.adbin IS NOT NULL OR a.attidentity <> '' THEN ' default' ELSE '' END AS line
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname IN (${inSchemas})
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND ${name("n", "c")} NOT IN (${ignored})`);
  const indexes = await db.query<{ line: string }>(`
    SELECT ${name("n", "t")} || ' ' || CASE WHEN i.indisprimary THEN 'primary' WHEN i.indisunique THEN 'unique' ELSE 'index' END
      || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ')' AS line
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname IN (${inSchemas})
    WHERE ${name("n", "t")} NOT IN (${ignored})`);
  const foreignKeys = await db.query<{ line: string }>(`
    SELECT ${name("n", "src")} || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = src.oid AND a.attnum = k.attnum) || ') -> '
      || ${name("dn", "dst")} || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = dst.oid AND a.attnum = k.attnum) || ')'
      || ' on delete ' || CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END
      || ' on update ' || CASE con.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END AS line
    FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname IN (${inSchemas})
    JOIN pg_namespace dn ON dn.oid = dst.relnamespace
    WHERE con.contype = 'f' AND ${name("n", "src")} NOT IN (${ignored})`);
  return {
    enums: enums.map((row) => `${row.name}: ${row.labels}`).sort(),
    columns: columns.map((row) => row.line).sort(),
    indexes: indexes.map((row) => row.line).sort(),
    foreignKeys: foreignKeys.map((row) => row.line).sort(),
  };
}
