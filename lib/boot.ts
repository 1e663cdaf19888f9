import { ConfigError, config } from "./config";
import { database } from "./db/runtime";
import { logger } from "./logging/logger";

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
  try {
    await database();
  } catch (error) {
    // The portal still starts: /api/health answers 503 and the next request retries the database.
    logger.error({ err: error }, "database unavailable at start-up");
  }
}
