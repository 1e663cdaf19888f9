import path from "node:path";
import type { AppConfig } from "../config";
import type { DatabaseGuest } from "../db/guests";
import { applyMigrations, readMigrations, type SqlExecutor } from "../db/migrate";
import { esiaRedirectUri } from "../esia/protocol";
import { readCertificate, seedMockEsia } from "./seed";

// The mock ESIA as a guest of the portal's database (decision 0022): its tables live in the
// PostgreSQL schema esia_mock, changed only by its own migrations and recorded in its own ledger;
// its personas and the portal's registration are seeded here, not by the database module.

export const MOCK_SCHEMA = "esia_mock";
export const MOCK_LEDGER = `"${MOCK_SCHEMA}"."_migrations"`;

// Read at run time from the deployed tree, like the portal's (lib/db/migrate.ts).
export const MOCK_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "esia-mock", "migrations");

export type MockBootSettings = Pick<
  AppConfig,
  "ESIA_MOCK_ENABLED" | "ESIA_CLIENT_CERTIFICATE_FILE" | "ESIA_CLIENT_ID" | "APP_URL"
>;

/** The mock's pending migrations, in its own schema; returns the names applied now. */
export async function migrateMockEsia(
  session: SqlExecutor,
  directory: string = MOCK_MIGRATIONS_DIR,
): Promise<string[]> {
  await session.exec(`CREATE SCHEMA IF NOT EXISTS "${MOCK_SCHEMA}"`);
  return applyMigrations(session, await readMigrations(directory), MOCK_LEDGER);
}

/**
 * The mock's part of start-up. Its migrations always run (the database matches schema.prisma
 * whether or not the mock answers); its data only when ESIA_MOCK_ENABLED is set.
 */
export function esiaMockGuest(settings: MockBootSettings): DatabaseGuest {
  return {
    name: "esia-mock",
    schema: MOCK_SCHEMA,
    migrate: (session) => migrateMockEsia(session),
    seed: async (database) => {
      if (!settings.ESIA_MOCK_ENABLED) return;
      // The mock registers the portal as the technology portal would: mnemonic, certificate, URI.
      const certificatePem = readCertificate(settings.ESIA_CLIENT_CERTIFICATE_FILE);
      await seedMockEsia(
        database.prisma,
        certificatePem
          ? {
              clientId: settings.ESIA_CLIENT_ID,
              name: "Портал государственных и муниципальных услуг Республики Татарстан",
              certificatePem,
              redirectUris: [esiaRedirectUri(settings.APP_URL)],
            }
          : null,
      );
    },
  };
}
