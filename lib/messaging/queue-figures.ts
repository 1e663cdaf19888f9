import type { QueueSql } from "../db/client";
import type { QueueFigures } from "../metrics/metrics";
import { DELIVERY_QUEUE, QUEUE_SCHEMA } from "./queue";

/** The delivery queue at a glance: waiting (incl. retries due later), the oldest's wait, failed for good. */
export async function deliveryQueueFigures(sql: QueueSql, now = new Date()): Promise<QueueFigures> {
  const { rows } = await sql.executeSql(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
            min(created_on) FILTER (WHERE state IN ('created', 'retry')) AS oldest,
            count(*) FILTER (WHERE state = 'failed')::int AS failed
       FROM ${QUEUE_SCHEMA}.job WHERE name = $1`,
    [DELIVERY_QUEUE],
  );
  const row = rows[0] ?? {};
  const oldest = row.oldest ? new Date(row.oldest as string | Date) : null;
  return {
    waiting: Number(row.waiting ?? 0),
    oldestWaitingSeconds: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0,
    failed: Number(row.failed ?? 0),
  };
}
