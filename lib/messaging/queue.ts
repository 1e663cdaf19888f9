import PgBoss from "pg-boss";
import type { PrismaClient } from "../generated/prisma/client";
import type { QueueSql } from "../db/client";

// The delivery queue: pg-boss on the portal's own database (docs/decisions/0010-delivery.md). One
// job per outbox row, written in the transaction that wrote the row, so a rolled-back change
// sends nothing and a committed one always has its delivery queued. pg-boss hands each job to
// one worker at a time (SELECT … FOR UPDATE SKIP LOCKED) and retries with exponential backoff.

export const QUEUE_SCHEMA = "pgboss";
export const DELIVERY_QUEUE = "deliver-message";

export interface DeliveryJob {
  messageId: number;
}

export interface RetryPolicy {
  maxAttempts: number;
  retryDelaySeconds: number;
  /** A job active longer than this is taken to be lost with its worker and retried (default 120 s). */
  jobTimeoutSeconds?: number;
}

/** A transaction (or the client) of the portal's Prisma: the enqueue runs on its connection. */
type Sql = Pick<PrismaClient, "$queryRawUnsafe">;

/** pg-boss's `db` option over a Prisma transaction, so the job commits or rolls back with it. */
export function prismaQueueSql(tx: Sql): QueueSql {
  return {
    executeSql: async (text, values = []) => ({
      // Prisma's raw arguments: no undefined, and JSON as text (the SQL casts $3::jsonb).
      rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(
        text,
        ...values.map((value) =>
          value === undefined
            ? null
            : value !== null && typeof value === "object" && !(value instanceof Date)
              ? JSON.stringify(value)
              : value,
        ),
      ),
    }),
  };
}

// Sending needs no connection of its own and no started instance: every send passes `db`.
const unconnected: QueueSql = {
  executeSql: () => Promise.reject(new Error("the delivery queue is used only through a transaction's connection")),
};
const sender = new PgBoss({ db: unconnected, schema: QUEUE_SCHEMA, supervise: false, schedule: false, migrate: false });

/** Queues the delivery of one outbox row inside the caller's transaction. */
export async function enqueueDelivery(tx: Sql, messageId: number): Promise<void> {
  const id = await sender.send(DELIVERY_QUEUE, { messageId } satisfies DeliveryJob, { db: prismaQueueSql(tx) });
  if (!id) throw new Error(`delivery of message ${messageId} was not queued`);
}

/** A pg-boss instance on the database: creates or migrates its schema and the queue. */
export async function openQueue(db: QueueSql, policy: RetryPolicy, options: { supervise: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    db,
    schema: QUEUE_SCHEMA,
    migrate: true,
    schedule: false,
    supervise: options.supervise,
    // Expired active jobs (a worker that died mid-message) go back to the queue at the next round.
    maintenanceIntervalSeconds: Math.min(60, policy.jobTimeoutSeconds ?? 120),
  });
  await boss.start();
  const settings: PgBoss.Queue = {
    name: DELIVERY_QUEUE,
    policy: "standard",
    retryLimit: policy.maxAttempts - 1,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.jobTimeoutSeconds ?? 120,
    retentionMinutes: 60 * 24 * 14,
  };
  const existing = await boss.getQueue(DELIVERY_QUEUE);
  if (existing) await boss.updateQueue(DELIVERY_QUEUE, settings);
  else await boss.createQueue(DELIVERY_QUEUE, settings);
  return boss;
}

/** Installs the queue's schema and settings, then lets go (the portal process on PostgreSQL). */
export async function installQueue(db: QueueSql, policy: RetryPolicy): Promise<void> {
  const boss = await openQueue(db, policy, { supervise: false });
  await boss.stop({ graceful: false, close: false, wait: true });
}
