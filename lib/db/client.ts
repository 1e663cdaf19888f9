import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { AppConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import type { SqlExecutor } from "./migrate";
import { noteDatabaseError, setDatabaseProbe } from "./outage";

// One database per process: PGlite (embedded, file-backed) by default, a PostgreSQL server when
// DATABASE_URL is set. PGlite has no cross-process lock, so only the serving process opens it
// (docs/decisions/0001-embedded-pglite-default.md).

export interface Database {
  driver: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Runs fn on one connection outside Prisma: migration scripts (multi-statement SQL), catalogue queries. */
  withSqlSession<T>(fn: (session: SqlExecutor) => Promise<T>): Promise<T>;
  /** The job queue's access to the database (pg-boss's `db` option): the same PGlite, or the pool. */
  queueSql: QueueSql;
  /** The pool's connections (PostgreSQL), for /api/metrics; null on PGlite. */
  poolUse(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

/** What pg-boss needs from a connection: parameterised SQL, or a script when there are no values. */
export interface QueueSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export type DatabaseTarget = Pick<AppConfig, "DATABASE_URL" | "PGLITE_DATA_DIR" | "DB_HEALTH_TIMEOUT_MS"> &
  Partial<Pick<AppConfig, "DB_POOL_SIZE" | "DB_POOL_QUEUE_TIMEOUT_MS" | "DB_CONNECT_TIMEOUT_MS">> & {
    /** In-memory PGlite for tests: "memory://". */
    pgliteDataDir?: string;
  };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.DATABASE_URL
    ? openPostgres(target.DATABASE_URL, {
        connectTimeoutMs: target.DB_CONNECT_TIMEOUT_MS ?? target.DB_HEALTH_TIMEOUT_MS,
        size: target.DB_POOL_SIZE ?? 10,
        queueTimeoutMs: target.DB_POOL_QUEUE_TIMEOUT_MS ?? 15_000,
      })
    : openPglite(target.pgliteDataDir ?? target.PGLITE_DATA_DIR);
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.resolve(dataDir), { recursive: true });
  const pglite = new PGlite(inMemory ? dataDir : path.resolve(dataDir));
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    driver: "pglite",
    prisma,
    withSqlSession: (fn) =>
      fn({
        exec: async (sql) => {
          await pglite.exec(sql);
        },
        query: async <Row>(sql: string) => (await pglite.query<Row>(sql)).rows,
      }),
    // pg-boss sends its schema and maintenance as multi-statement scripts without parameters:
    // PGlite runs those with exec (simple protocol), everything else with query. Both wait for
    // any open Prisma transaction, so the queue never writes inside someone else's.
    queueSql: {
      executeSql: async (text, values) => {
        if (!values || values.length === 0)
          return { rows: ((await pglite.exec(text)).at(-1)?.rows ?? []) as Record<string, unknown>[] };
        return { rows: (await pglite.query<Record<string, unknown>>(text, values)).rows };
      },
    },
    poolUse: () => null,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

interface PoolSettings {
  /** A new connection to the server: how long it may take (a refused one fails at once). */
  connectTimeoutMs: number;
  size: number;
  /** A request waiting for a free connection: how long it stands in line. */
  queueTimeoutMs: number;
}

async function openPostgres(connectionString: string, settings: PoolSettings): Promise<Database> {
  // pg-pool uses one timeout both for the wait in line and for connecting to the server. The two
  // differ: a surge of requests must queue for as long as a person would wait; opening one
  // connection has its own limit. The pool's timeout is the line's; each connection gets its own.
  class PooledClient extends pg.Client {
    constructor(options?: pg.ClientConfig) {
      super({ ...options, connectionTimeoutMillis: settings.connectTimeoutMs });
    }
  }
  const pool = new pg.Pool({
    connectionString,
    Client: PooledClient,
    max: settings.size,
    connectionTimeoutMillis: Math.max(settings.queueTimeoutMs, settings.connectTimeoutMs),
    idleTimeoutMillis: 30_000,
  });
  // Idle clients whose server went away emit 'error'; unhandled, that would end the process.
  // Those, a busy client's lost connection and a refused connect mark the database down
  // (lib/db/outage.ts): pages answer 503 until a probe finds it back.
  pool.on("error", (error) => noteDatabaseError(error));
  pool.on("connect", (client) => client.on("error", (error) => noteDatabaseError(error)));
  const connect = pool.connect.bind(pool);
  // Both forms: pool.query (the adapter's plain queries) takes a connection with a callback.
  pool.connect = ((callback?: Parameters<typeof pool.connect>[0]) => {
    if (callback)
      return connect((error, client, done) => {
        if (error) noteDatabaseError(error);
        callback(error, client, done);
      });
    return connect().catch((error: unknown) => {
      noteDatabaseError(error);
      throw error;
    });
  }) as typeof pool.connect;
  // The probe has a connection of its own: behind a full pool's line it would take a surge for an
  // outage that does not end.
  const probe = async () => {
    const client = new PooledClient({ connectionString });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
    } finally {
      await client.end().catch(() => {});
    }
  };
  setDatabaseProbe(probe);
  // Interactive transactions (a submission, a decision) wait in the same line for their connection
  // and, on a busy host, may take longer than Prisma's defaults (2 s to start, 5 s to finish) without
  // anything being wrong: an expired one is rolled back and was answered with a 500.
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: settings.queueTimeoutMs, timeout: Math.max(30_000, settings.queueTimeoutMs) },
  });
  return {
    driver: "postgres",
    prisma,
    withSqlSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    queueSql: {
      executeSql: async (text, values) => ({
        rows: (await pool.query(text, values)).rows as Record<string, unknown>[],
      }),
    },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
