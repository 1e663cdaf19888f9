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
// permanent one completes it, the row saying "failed". Stopping finishes the messages in hand
// (one batch per loop) and takes no more.

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
  /** Finishes the messages in hand, takes no more, stops. */
  stop(): Promise<void>;
}

export async function startDeliveryWorker(options: WorkerOptions): Promise<DeliveryWorker> {
  const { prisma, transports, logger } = options;
  const boss = await openQueue(options.queueSql, options.policy, { supervise: true });
  boss.on("error", (error) => logger.error({ err: error }, "delivery queue error"));
  let stopping = false;

  async function attempt(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> {
    const attempt = {
      number: job.retryCount + 1,
      last: job.retryCount >= job.retryLimit,
      staleAfterMs: Number(job.expireInSeconds) * 1000,
    };
    const { messageId } = job.data;
    let result;
    try {
      result = await deliverMessage(prisma, transports, messageId, attempt);
    } catch (error) {
      // The database, not the recipient: try again later like any temporary failure.
      logger.error({ err: error, messageId }, "delivery attempt could not be recorded");
      await boss.fail(DELIVERY_QUEUE, job.id, { message: "database error" });
      return;
    }
    if (result.outcome === "skipped") return;
    if (result.outcome === "busy") {
      await boss.fail(DELIVERY_QUEUE, job.id, { message: "in another worker's hands" });
      return;
    }
    const about = {
      messageId,
      kind: result.message.kind,
      channel: result.message.channel,
      to: maskRecipient(result.message.channel, result.message.recipient),
      attempt: attempt.number,
    };
    if (result.outcome === "sent") logger.info(about, "message delivered");
    else if (result.outcome === "retry") {
      logger.warn({ ...about, error: result.error }, "message delivery failed, will retry");
      await boss.fail(DELIVERY_QUEUE, job.id, { message: result.error });
    } else logger.error({ ...about, error: result.error }, "message delivery failed for good");
  }

  // A batch is sent side by side (the SMTP pool keeps a few connections): the wait for one
  // server's reply does not hold up the others.
  const handle = async (jobs: PgBoss.JobWithMetadata<DeliveryJob>[]) => {
    if (stopping) {
      // Fetched as the stop began: back to the queue at once, without spending an attempt.
      const ids = jobs.map((job) => job.id);
      await boss.cancel(DELIVERY_QUEUE, ids);
      await boss.resume(DELIVERY_QUEUE, ids);
      return;
    }
    await Promise.all(jobs.map(attempt));
  };

  const batchSize = options.batchSize ?? 5;
  for (let loop = 0; loop < (options.loops ?? 2); loop++) {
    const fetchLoop: { id?: string } = {};
    fetchLoop.id = await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { batchSize, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      async (jobs) => {
        await handle(jobs);
        // A full batch means more are waiting: fetch again at once instead of sleeping till the next poll.
        if (jobs.length === batchSize && fetchLoop.id && !stopping) boss.notifyWorker(fetchLoop.id);
      },
    );
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
