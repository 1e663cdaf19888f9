import { config, type AppConfig } from "../config";
import { logger } from "../logging/logger";
import type { PrismaClient } from "../generated/prisma/client";
import { openDatabase, type Database } from "./client";
import { registeredDatabaseGuests, type DatabaseGuest } from "./guests";
import { applyMigrations, readMigrations, withStartupLock } from "./migrate";
import { seedDemoData } from "./seed";
import { prepareDelivery } from "../messaging/runtime";
import type { DeliveryWorker } from "../messaging/worker";
import { deliveryQueueFigures } from "../messaging/queue-figures";
import { setPoolSource, setQueueSource } from "../metrics/metrics";

// The serving process's one database, opened, migrated and (for demos) seeded once. Cached on
// globalThis so instrumentation, route handlers and pages share one PGlite instance.
const holder = globalThis as typeof globalThis & {
  __portalDatabase?: Promise<Database>;
  __portalWorker?: DeliveryWorker | null;
};

export async function startDatabase(): Promise<Database> {
  const settings = config();
  const database = await openDatabase(settings);
  const applied = await prepareDatabase(database, settings);
  // The delivery queue's schema (pg-boss's own, "pgboss", under pg-boss's own lock); on PGlite
  // the delivery worker runs in this process: kept, so that shutdown can stop it first.
  holder.__portalWorker = await prepareDelivery(database, settings);
  // /api/metrics reads the pool and the delivery queue at each scrape.
  setPoolSource(() => database.poolUse());
  setQueueSource(() => deliveryQueueFigures(database.queueSql));
  logger.info(
    { driver: database.driver, migrationsApplied: applied, demoData: settings.SEED_DEMO_DATA },
    "database ready",
  );
  return database;
}

/**
 * The portal's migrations, then each guest's (lib/db/guests.ts), then the demo data and the
 * guests' data, all under one advisory lock: N instances started at once take turns, and the
 * later ones find it done.
 */
export async function prepareDatabase(
  database: Database,
  settings: Pick<AppConfig, "SEED_DEMO_DATA" | "SEED_DEMO_APPLICATIONS">,
  guests: DatabaseGuest[] = registeredDatabaseGuests(),
): Promise<string[]> {
  const migrations = await readMigrations();
  return database.withSqlSession((session) =>
    withStartupLock(session, async () => {
      const applied = await applyMigrations(session, migrations);
      for (const guest of guests) {
        const guestApplied = await guest.migrate(session);
        if (guestApplied.length > 0)
          logger.info({ guest: guest.name, migrationsApplied: guestApplied }, "guest migrated");
      }
      if (settings.SEED_DEMO_DATA)
        await seedDemoData(database.prisma, { applications: settings.SEED_DEMO_APPLICATIONS });
      for (const guest of guests) await guest.seed(database);
      return applied;
    }),
  );
}

export function database(): Promise<Database> {
  if (!holder.__portalDatabase) {
    holder.__portalDatabase = startDatabase();
    // A failed start (server down at boot) is retried by the next caller rather than cached.
    holder.__portalDatabase.catch(() => {
      holder.__portalDatabase = undefined;
    });
  }
  return holder.__portalDatabase;
}

export async function prisma(): Promise<PrismaClient> {
  return (await database()).prisma;
}

/**
 * Shutdown: the in-process delivery worker finishes the message in hand, then the pool (or
 * PGlite) closes. A database that never opened has nothing to close.
 */
export async function closeDatabase(): Promise<void> {
  const opening = holder.__portalDatabase;
  holder.__portalDatabase = undefined;
  const opened = opening ? await opening.catch(() => null) : null;
  await holder.__portalWorker?.stop();
  holder.__portalWorker = null;
  await opened?.close();
}
