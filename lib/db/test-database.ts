import { openDatabase, type Database } from "./client";
import { registeredDatabaseGuests } from "./guests";
import { applyMigrations, readMigrations } from "./migrate";
import { installQueue, QUEUE_SCHEMA } from "../messaging/queue";

// Integration tests run against a real database: a fresh in-memory PGlite by default, or the
// PostgreSQL server in TEST_DATABASE_URL, whose public schema is dropped and rebuilt first (with
// the schemas of the registered guests, lib/db/guests.ts: the integration setup registers the mock).

/** Short delays, so retry tests take seconds. */
export const TEST_RETRY_POLICY = { maxAttempts: 4, retryDelaySeconds: 1 };

export function testDatabaseDriver(): "pglite" | "postgres" {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

export async function openEmptyTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    // A guard against pointing the suite at real data: it wipes the schema.
    if (!/test/i.test(name))
      throw new Error(`TEST_DATABASE_URL must name a throw-away database with "test" in its name, got "${name}"`);
  }
  const database = await openDatabase({
    DATABASE_URL: url,
    PGLITE_DATA_DIR: "memory://",
    pgliteDataDir: "memory://",
    DB_HEALTH_TIMEOUT_MS: 2_000,
  });
  if (url) {
    const guestSchemas = registeredDatabaseGuests().map((guest) => `DROP SCHEMA IF EXISTS "${guest.schema}" CASCADE;`);
    await database.withSqlSession((session) =>
      session.exec(
        `DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE; ${guestSchemas.join(" ")}`,
      ),
    );
  }
  return database;
}

export async function openMigratedTestDatabase(): Promise<Database> {
  const database = await openEmptyTestDatabase();
  const migrations = await readMigrations();
  await database.withSqlSession(async (session) => {
    await applyMigrations(session, migrations);
    for (const guest of registeredDatabaseGuests()) await guest.migrate(session);
  });
  // Writes that send e-mail or SMS enqueue their delivery: the queue's schema must be there.
  await installQueue(database.queueSql, TEST_RETRY_POLICY);
  return database;
}
