// `npm run worker`: the delivery worker as its own process, for a deployment on PostgreSQL
// (DATABASE_URL). Any number may run beside any number of portal instances: pg-boss gives each
// job to one of them at a time. SIGTERM (or Ctrl+C) finishes the message in hand and exits.
import { ConfigError, config, type AppConfig } from "../config";
import { openDatabase } from "../db/client";
import { applyMigrations, readMigrations } from "../db/migrate";
import { logger } from "../logging/logger";
import { startWorker } from "./runtime";

function settingsOrExit(): AppConfig {
  try {
    return config();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const settings = settingsOrExit();
  if (!settings.DATABASE_URL) {
    // PGlite may be opened by one process only: the portal's, which runs the worker itself.
    process.stderr.write(
      "Ошибка конфигурации: переменная окружения DATABASE_URL не задана: отдельный обработчик доставки работает только с сервером PostgreSQL (со встроенной базой сообщения доставляет сам портал)\n",
    );
    process.exit(1);
  }
  const database = await openDatabase(settings);
  // The same runner as the portal's, under the same advisory lock: whichever starts first migrates.
  await database.withSqlSession(async (session) => applyMigrations(session, await readMigrations()));
  const worker = await startWorker(database, settings);
  logger.info({ pid: process.pid }, "delivery worker process ready");

  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "delivery worker stopping after the message in hand");
      void worker
        .stop()
        .then(() => database.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, "delivery worker did not stop cleanly");
            process.exit(1);
          },
        );
    });
  }
}

void main();
