import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction,
// recording name and checksum in _app_migrations. Prisma's CLI cannot run its migrate engine
// offline, and PGlite may only be opened by the serving process, so the server migrates itself
// at start-up (docs/decisions/0002-migration-runner.md).

/** The one thing the runner needs from a driver: run a multi-statement script, and a query. */
export interface SqlExecutor {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string): Promise<Row[]>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

// Read at run time from the deployed tree, not bundled: the build must not trace the project.
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export async function readMigrations(directory: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export class MigrationChecksumError extends Error {}

const MIGRATION_LOCK_KEY = 727_274; // arbitrary, constant: the advisory lock guarding migrations

/**
 * Runs fn holding the start-up lock: instances starting at once against one PostgreSQL server
 * migrate and seed one after the other (the lock is per session and re-entrant, so the migration
 * runner's own turn inside fn is free).
 */
export async function withStartupLock<T>(db: SqlExecutor, fn: () => Promise<T>): Promise<T> {
  await db.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    return await fn();
  } finally {
    await db.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}

/** The portal's ledger; a guest in its own schema keeps its own (lib/db/guests.ts). */
export const PORTAL_LEDGER = '"_app_migrations"';

/**
 * Applies pending migrations; returns the names applied now. Refuses edited, applied migrations.
 * `ledger` is the (schema-qualified, quoted) table recording them: the portal's, or a guest's.
 */
export async function applyMigrations(
  db: SqlExecutor,
  migrations: Migration[],
  ledger: string = PORTAL_LEDGER,
): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${ledger} (
    "name" TEXT PRIMARY KEY,
    "checksum" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
  )`);
  // Two portal instances starting against one PostgreSQL server take turns here.
  await db.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    const applied = new Map(
      (await db.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM ${ledger}`)).map((row) => [
        row.name,
        row.checksum,
      ]),
    );
    const appliedNow: string[] = [];
    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new MigrationChecksumError(
            `Миграция ${migration.name} изменена после применения: создайте новую миграцию вместо правки старой`,
          );
        }
        continue;
      }
      await db.exec("BEGIN");
      try {
        await db.exec(migration.sql);
        await db.exec(
          `INSERT INTO ${ledger} ("name", "checksum") VALUES ('${migration.name.replaceAll("'", "''")}', '${migration.checksum}')`,
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`Миграция ${migration.name} не применена: ${(error as Error).message}`, { cause: error });
      }
      appliedNow.push(migration.name);
    }
    return appliedNow;
  } finally {
    await db.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}
