import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { QueueSql } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { deliverMessage } from "./deliver";
import { maskRecipient } from "./privacy";
import { DELIVERY_QUEUE, openQueue, type DeliveryJob, type RetryPolicy } from "./queue";
import type { Transports } from "./transports";

// The delivery worker: pg-boss fetches jobs (SKIP LOCKED, so any number of workers share the
// queue and each job is in one worker's hands), each is one attempt at its outbox row. A
// temporary failure fails the job, and pg-boss brings it back after a growing delay; a
// permanent one completes it, the row saying "failed". Stopping finishes the message in hand and
// puts the rest of the batch back untouched.

export interface WorkerOptions {
  prisma: PrismaClient;
  queueSql: QueueSql;
  transports: Transports;
  policy: RetryPolicy;
  logger: Logger;
  /** Fetch loops in this process, each taking up to batchSize jobs at a time. */
  loops?: number;
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

export interface DeliveryWorker {
  boss: PgBoss;
  /** Finishes the message in hand, returns the rest of the batch to the queue, stops. */
  stop(): Promise<void>;
}

export async function startDeliveryWorker(options: WorkerOptions): Promise<DeliveryWorker> {
  const { prisma, transports, logger } = options;
  const boss = await openQueue(options.queueSql, options.policy, { supervise: true });
  boss.on("error", (error) => logger.error({ err: error }, "delivery queue error"));
  let stopping = false;

  const handle = async (jobs: PgBoss.JobWithMetadata<DeliveryJob>[]) => {
    for (const [index, job] of jobs.entries()) {
      if (stopping) {
        // Not started: back to the queue at once, without spending an attempt.
        const rest = jobs.slice(index).map((j) => j.id);
        await boss.cancel(DELIVERY_QUEUE, rest);
        await boss.resume(DELIVERY_QUEUE, rest);
        return;
      }
      const attempt = { number: job.retryCount + 1, last: job.retryCount >= job.retryLimit, staleAfterMs: Number(job.expireInSeconds) * 1000 };
      const { messageId } = job.data;
      let result;
      try {
        result = await deliverMessage(prisma, transports, messageId, attempt);
      } catch (error) {
        // The database, not the recipient: try again later like any temporary failure.
        logger.error({ err: error, messageId }, "delivery attempt could not be recorded");
        await boss.fail(DELIVERY_QUEUE, job.id, { message: "database error" });
        continue;
      }
      if (result.outcome === "skipped") continue;
      if (result.outcome === "busy") {
        await boss.fail(DELIVERY_QUEUE, job.id, { message: "in another worker's hands" });
        continue;
      }
      const row = await prisma.outboxMessage.findUnique({ where: { id: messageId }, select: { channel: true, recipient: true, kind: true } });
      const about = { messageId, kind: row?.kind, channel: row?.channel, to: row ? maskRecipient(row.channel, row.recipient) : null, attempt: attempt.number };
      if (result.outcome === "sent") logger.info(about, "message delivered");
      else if (result.outcome === "retry") {
        logger.warn({ ...about, error: result.error }, "message delivery failed, will retry");
        await boss.fail(DELIVERY_QUEUE, job.id, { message: result.error });
      } else logger.error({ ...about, error: result.error }, "message delivery failed for good");
    }
  };

  for (let loop = 0; loop < (options.loops ?? 2); loop++) {
    await boss.work<DeliveryJob>(DELIVERY_QUEUE, { batchSize: options.batchSize ?? 10, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, handle);
  }

  return {
    boss,
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
      transports.email.close?.();
      transports.sms.close?.();
    },
  };
}
