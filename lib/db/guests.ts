import type { Database } from "./client";
import type { SqlExecutor } from "./migrate";

// A guest of the database: a module with its own PostgreSQL schema, its own migrations and its
// own start-up data (the mock ESIA, lib/esia-mock/boot.ts). The database module knows guests only
// through this shape, so it never imports them: whoever starts the process registers them
// (lib/boot.ts; the integration tests' setup), and start-up runs them under the portal's lock.

export interface DatabaseGuest {
  /** For the start-up log line. */
  name: string;
  /** The PostgreSQL schema it owns (a test database drops it with the portal's). */
  schema: string;
  /** Applies the guest's pending migrations in its schema, after the portal's; returns their names. */
  migrate(session: SqlExecutor): Promise<string[]>;
  /** The guest's start-up data, after every migration; repeatable (a restart finds it done). */
  seed(database: Database): Promise<void>;
}

const holder = globalThis as typeof globalThis & { __portalDatabaseGuests?: DatabaseGuest[] };

/** Adds a guest (once per name: a second registration replaces the first). */
export function registerDatabaseGuest(guest: DatabaseGuest): void {
  holder.__portalDatabaseGuests = [...registeredDatabaseGuests().filter((other) => other.name !== guest.name), guest];
}

export function registeredDatabaseGuests(): DatabaseGuest[] {
  return holder.__portalDatabaseGuests ?? [];
}
