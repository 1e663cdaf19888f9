import { ConfigError, config } from "./config";
import { registerDatabaseGuest } from "./db/guests";
import { isConnectionError } from "./db/outage";
import { closeDatabase, database } from "./db/runtime";
import { esiaMockGuest } from "./esia-mock/boot";
import { handleTerminationSignals } from "./lifecycle/shutdown";
import { logger } from "./logging/logger";
import { stopTracing } from "./telemetry/tracing";

export async function bootPortal(): Promise<void> {
  try {
    config();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line, naming the setting; nothing else starts.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const settings = config();
  if (settings.NODE_ENV === "production" && settings.INSECURE_LOCAL_HTTP) {
    logger.warn(
      { appUrl: settings.APP_URL },
      "INSECURE_LOCAL_HTTP=true: cookies go without Secure over plain http; for a local demo only, never for a deployment",
    );
  }
  if (settings.NODE_ENV === "production" && settings.DEV_OUTBOX_ENABLED) {
    logger.warn("DEV_OUTBOX_ENABLED=true in production mode: /dev/outbox shows every code sent; for a local demo only");
  }
  // SIGTERM: drain, finish what is in flight, close the database, exit (lib/lifecycle/shutdown.ts).
  handleTerminationSignals({
    drainDelayMs: settings.SHUTDOWN_DRAIN_DELAY_MS,
    timeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
    // The spans of the last requests are sent before the process exits.
    closeResources: async () => {
      try {
        await closeDatabase();
      } finally {
        await stopTracing();
      }
    },
    log: (message, details) => logger.warn({ ...details, instance: settings.PORTAL_INSTANCE }, `shutdown: ${message}`),
  });
  // The mock ESIA keeps its own schema and data; the database module runs it under its start-up lock.
  registerDatabaseGuest(esiaMockGuest(settings));
  try {
    await database();
  } catch (error) {
    // The portal still starts: /api/health answers 503 and the next request tries again.
    logger.error({ err: error }, startupFailure(error));
  }
}

/**
 * The log line of a failed start: an unreachable database is an outage that passes by itself;
 * anything else (a migration, the seed, a missing certificate file of the mock) needs an operator,
 * and must not be read as the former.
 */
export function startupFailure(error: unknown): string {
  return isConnectionError(error)
    ? "database unavailable at start-up"
    : "start-up failed: the database answered, but preparing it (migrations, seed data, the mock ESIA) did not complete";
}
