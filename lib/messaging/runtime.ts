import type { AppConfig } from "../config";
import type { Database } from "../db/client";
import { logger } from "../logging/logger";
import { installQueue, type RetryPolicy } from "./queue";
import { configuredTransports } from "./transports";
import { startDeliveryWorker, type DeliveryWorker } from "./worker";

// How the serving process and the worker process set delivery up from the configuration.

export function deliveryPolicy(
  settings: Pick<AppConfig, "DELIVERY_MAX_ATTEMPTS" | "DELIVERY_RETRY_DELAY_SECONDS" | "DELIVERY_JOB_TIMEOUT_SECONDS">,
): RetryPolicy {
  return {
    maxAttempts: settings.DELIVERY_MAX_ATTEMPTS,
    retryDelaySeconds: settings.DELIVERY_RETRY_DELAY_SECONDS,
    jobTimeoutSeconds: settings.DELIVERY_JOB_TIMEOUT_SECONDS,
  };
}

/**
 * The portal process: the queue's schema is made ready (so every write can enqueue). On the
 * embedded database — one process only — the worker runs here too; on PostgreSQL it is
 * `npm run worker`, as many as wanted.
 */
export async function prepareDelivery(database: Database, settings: AppConfig): Promise<DeliveryWorker | null> {
  if (database.driver !== "pglite") {
    await installQueue(database.queueSql, deliveryPolicy(settings));
    return null;
  }
  return startWorker(database, settings);
}

export async function startWorker(database: Database, settings: AppConfig): Promise<DeliveryWorker> {
  const transports = configuredTransports(settings);
  const worker = await startDeliveryWorker({
    prisma: database.prisma,
    queueSql: database.queueSql,
    transports,
    policy: deliveryPolicy(settings),
    logger: logger.child({ component: "delivery" }),
  });
  logger.info({ email: transports.email.name, sms: transports.sms.name }, "delivery worker started");
  return worker;
}
