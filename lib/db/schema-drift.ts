import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlExecutor } from "./migrate";

// Compares what schema.prisma describes (Prisma's own DMMF, from its WASM schema parser, no
// engine download) with what the migrations actually built in a database: tables, columns with
// types, nullability and defaults, enums, primary keys, unique and plain indexes, foreign keys.
// Each is a sorted list of strings, so a failing test shows exactly which line differs.

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
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
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
  const schema = readFileSync(schemaPath, "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
}

/** The database shape that schema.prisma describes. */
export function expectedShape(dmmf: Dmmf): SchemaShape {
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((model) => [model.name, model.dbName ?? model.name]));
  const columnOf = (model: DmmfModel, field: string) => {
    const found = model.fields.find((candidate) => candidate.name === field);
    return found?.dbName ?? field;
  };
  const enumDbName = new Map(enums.map((item) => [item.name, item.dbName ?? item.name]));

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

const IGNORED_TABLES = ["_app_migrations"];

/** The shape the migrations built, read from PostgreSQL's catalogue (public schema). */
export async function actualShape(db: SqlExecutor): Promise<SchemaShape> {
  const ignored = IGNORED_TABLES.map((name) => `'${name}'`).join(", ");
  const enums = await db.query<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  const columns = await db.query<{ line: string }>(`
    SELECT c.relname || '.' || a.attname || ' ' || replace(format_type(a.atttypid, a.atttypmod), '"', '')
      || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
      || CASE WHEN d.adbin IS NOT NULL OR a.attidentity <> '' THEN ' default' ELSE '' END AS line
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT IN (${ignored})`);
  const indexes = await db.query<{ line: string }>(`
    SELECT t.relname || ' ' || CASE WHEN i.indisprimary THEN 'primary' WHEN i.indisunique THEN 'unique' ELSE 'index' END
      || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ')' AS line
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    WHERE t.relname NOT IN (${ignored})`);
  const foreignKeys = await db.query<{ line: string }>(`
    SELECT src.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = src.oid AND a.attnum = k.attnum) || ') -> '
      || dst.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = dst.oid AND a.attnum = k.attnum) || ')'
      || ' on delete ' || CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END
      || ' on update ' || CASE con.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END AS line
    FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
    WHERE con.contype = 'f' AND src.relname NOT IN (${ignored})`);
  return {
    enums: enums.map((row) => `${row.name}: ${row.labels}`).sort(),
    columns: columns.map((row) => row.line).sort(),
    indexes: indexes.map((row) => row.line).sort(),
    foreignKeys: foreignKeys.map((row) => row.line).sort(),
  };
}
