import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { applyMigrations, readMigrations, type SqlExecutor } from "../db/migrate";
import { prepareDatabase } from "../db/runtime";
import { openEmptyTestDatabase, testDatabaseDriver } from "../db/test-database";
import { esiaMockGuest, MOCK_SCHEMA, type MockBootSettings } from "./boot";
import { PERSONAS } from "./personas";
import { makeClientCredentials } from "./testing";

// The mock ESIA as a guest of the portal's database: its tables in the schema esia_mock (none left
// in public, none joined with the portal's), its own migrations in its own ledger, its personas and
// the portal's registration seeded by its boot module under the portal's start-up lock.

const MOCK_TABLES = [
  "esia_mock_account",
  "esia_mock_address",
  "esia_mock_auth_code",
  "esia_mock_auth_request",
  "esia_mock_client",
  "esia_mock_data_check",
  "esia_mock_document",
  "esia_mock_gost_signing_key",
  "esia_mock_kid",
  "esia_mock_mail_code",
  "esia_mock_org_employee",
  "esia_mock_organization",
  "esia_mock_outbox_message",
  "esia_mock_pending_verification",
  "esia_mock_refresh_token",
  "esia_mock_session",
  "esia_mock_signing_key",
];
/** The portal migration that hands the mock's tables over to its schema. */
const HANDOVER = "20261201190000_issue16_esia_mock_schema";
const NO_DEMO = { SEED_DEMO_DATA: false, SEED_DEMO_APPLICATIONS: false };

const enabled = (certificateFile?: string): MockBootSettings => ({
  ESIA_MOCK_ENABLED: true,
  ESIA_CLIENT_CERTIFICATE_FILE: certificateFile,
  ESIA_CLIENT_ID: "RTPORTAL01",
  APP_URL: "http://portal.example/",
});

const tablesOf = (session: SqlExecutor, schema: string) =>
  session.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY table_name`,
  );

describe(`the mock ESIA's own schema (${testDatabaseDriver()})`, () => {
  let database: Database;
  let certificateDir: string;
  let certificateFile: string;

  beforeAll(() => {
    certificateDir = mkdtempSync(path.join(tmpdir(), "esia-mock-boot-"));
    certificateFile = path.join(certificateDir, "portal.crt");
    writeFileSync(certificateFile, makeClientCredentials("RTPORTAL01").certificatePem);
  });
  afterAll(() => rmSync(certificateDir, { recursive: true, force: true }));
  afterEach(async () => {
    await database?.close();
  });

  it("a new database: the mock's tables and types are in esia_mock, none in public, its migrations in its own ledger", async () => {
    database = await openEmptyTestDatabase();
    await prepareDatabase(database, NO_DEMO, [esiaMockGuest(enabled())]);
    await database.withSqlSession(async (session) => {
      const mock = (await tablesOf(session, MOCK_SCHEMA)).map((row) => row.table_name);
      expect(mock).toEqual(["_migrations", ...MOCK_TABLES]);
      const portal = (await tablesOf(session, "public")).map((row) => row.table_name);
      expect(portal.filter((name) => name.startsWith("esia_mock"))).toEqual([]);
      // The portal's own records of a link and a login stay the portal's.
      expect(portal).toEqual(expect.arrayContaining(["esia_link", "esia_pending_login", "portal_user"]));
      const types = await session.query<{ schema: string; name: string }>(`
        SELECT n.nspname AS schema, t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typname IN ('EsiaLevel', 'EsiaAccountStatus') ORDER BY t.typname`);
      expect(types).toEqual([
        { schema: MOCK_SCHEMA, name: "EsiaAccountStatus" },
        { schema: MOCK_SCHEMA, name: "EsiaLevel" },
      ]);
      // No foreign key between the two schemas, either way.
      const crossing = await session.query<{ name: string }>(`
        SELECT con.conname AS name FROM pg_constraint con
        JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
        WHERE con.contype = 'f' AND src.relnamespace <> dst.relnamespace
          AND '${MOCK_SCHEMA}'::regnamespace IN (src.relnamespace, dst.relnamespace)`);
      expect(crossing).toEqual([]);
      const ledger = await session.query<{ name: string }>(`SELECT "name" FROM "${MOCK_SCHEMA}"."_migrations"`);
      const own = await readMigrations(path.join(process.cwd(), "prisma", "esia-mock", "migrations"));
      expect(ledger.map((row) => row.name).sort()).toEqual(own.map((migration) => migration.name));
      const portalLedger = await session.query<{ name: string }>(`SELECT "name" FROM "_app_migrations"`);
      expect(portalLedger.map((row) => row.name)).not.toEqual(expect.arrayContaining(own.map((m) => m.name)));
    });
  });

  it("boot seeding: the personas once, the portal registered with its callback; a restart changes nothing", async () => {
    database = await openEmptyTestDatabase();
    const guest = esiaMockGuest(enabled(certificateFile));
    await prepareDatabase(database, NO_DEMO, [guest]);
    expect(await database.prisma.esiaAccount.count({ where: { personaKey: { not: null } } })).toBe(PERSONAS.length);
    const portal = await database.prisma.esiaClient.findUniqueOrThrow({ where: { clientId: "RTPORTAL01" } });
    expect(portal.redirectUris).toEqual(["http://portal.example/esia/callback"]);
    expect(await database.prisma.esiaSigningKey.count()).toBe(1);

    await prepareDatabase(database, NO_DEMO, [guest]);
    expect(await database.prisma.esiaAccount.count({ where: { personaKey: { not: null } } })).toBe(PERSONAS.length);
    expect(await database.prisma.esiaClient.count()).toBe(1);
    expect(await database.prisma.esiaSigningKey.count()).toBe(1);
  });

  it("with the mock switched off: its schema is migrated, nothing is seeded", async () => {
    database = await openEmptyTestDatabase();
    await prepareDatabase(database, NO_DEMO, [
      esiaMockGuest({ ...enabled(certificateFile), ESIA_MOCK_ENABLED: false }),
    ]);
    expect(await database.prisma.esiaAccount.count()).toBe(0);
    expect(await database.prisma.esiaClient.count()).toBe(0);
  });

  it("an installed database upgrades: the mock's rows made before the move are there after it, ids go on", async () => {
    database = await openEmptyTestDatabase();
    const migrations = await readMigrations();
    const before = migrations.filter((migration) => migration.name < HANDOVER);
    expect(before.length).toBe(migrations.findIndex((migration) => migration.name === HANDOVER));
    await database.withSqlSession(async (session) => {
      await applyMigrations(session, before);
      // The mock's data as the previous release kept it, in public.
      await session.exec(`
        INSERT INTO "esia_mock_account" ("oid", "lastName", "firstName", "level", "updatedAt")
          VALUES (7000001, 'Гарипова', 'Алсу', 'confirmed', now());
        INSERT INTO "esia_mock_document" ("accountId", "type", "number")
          SELECT "id", 'RF_PASSPORT', '123456' FROM "esia_mock_account" WHERE "oid" = 7000001;
        INSERT INTO "esia_mock_client" ("clientId", "name", "certificatePem", "certificateHash", "redirectUris", "allowedScopes")
          VALUES ('OTHERSYS', 'Другая система', 'pem', 'hash', ARRAY['http://other.example/cb'], ARRAY['openid']);`);
    });

    await prepareDatabase(database, NO_DEMO, [esiaMockGuest({ ...enabled(), ESIA_MOCK_ENABLED: false })]);

    const account = await database.prisma.esiaAccount.findUniqueOrThrow({
      where: { oid: 7000001 },
      include: { documents: true },
    });
    expect(account).toMatchObject({ lastName: "Гарипова", level: "confirmed" });
    expect(account.documents.map((document) => document.number)).toEqual(["123456"]);
    expect(await database.prisma.esiaClient.findUnique({ where: { clientId: "OTHERSYS" } })).toMatchObject({
      redirectUris: ["http://other.example/cb"],
    });
    // The serial sequence moved with its table: the next account is numbered after the old one.
    const next = await database.prisma.esiaAccount.create({
      data: { oid: 7000002, lastName: "Сафин", firstName: "Марат" },
    });
    expect(next.id).toBeGreaterThan(account.id);
    await database.withSqlSession(async (session) => {
      expect((await tablesOf(session, "public")).filter((row) => row.table_name.startsWith("esia_mock"))).toEqual([]);
    });
  });
});

// Four instances at once against one PostgreSQL server: the mock's migrations and seeding are
// part of the same start-up lock as the portal's, so one instance does them and none fails.
describe.skipIf(testDatabaseDriver() === "pglite")("instances starting at once with the mock (postgres)", () => {
  const instances: Database[] = [];
  beforeAll(async () => {
    instances.push(await openEmptyTestDatabase());
    for (let i = 0; i < 3; i++)
      instances.push(
        await openDatabase({
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          PGLITE_DATA_DIR: "memory://",
          DB_HEALTH_TIMEOUT_MS: 2_000,
        }),
      );
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
  });

  it("one applies the mock's migrations, each seeds into what the others did: the personas once", async () => {
    const mockApplied: string[][] = [];
    const guest = esiaMockGuest(enabled());
    const counting = {
      ...guest,
      migrate: async (session: SqlExecutor) => {
        const applied = await guest.migrate(session);
        mockApplied.push(applied);
        return applied;
      },
    };
    await Promise.all(instances.map((instance) => prepareDatabase(instance, NO_DEMO, [counting])));
    const counts = mockApplied.map((names) => names.length).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.slice(1)).toEqual([0, 0, 0]);
    const [first] = instances;
    expect(await first!.prisma.esiaAccount.count({ where: { personaKey: { not: null } } })).toBe(PERSONAS.length);
    expect(await first!.prisma.esiaSigningKey.count()).toBe(1);
  });
});
