import pino, { type DestinationStream, type Logger } from "pino";
import { redactPersonalData, redactString } from "./redact";

// Structured JSON lines on stdout; the run script also copies them to .data/logs/portal.log.
export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "portal" },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          // The message string itself may quote input: mask it too.
          const masked = args.map((arg) => (typeof arg === "string" ? redactString(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export const logger: Logger = createLogger();

/** A logger bound to one request, so every line of it can be found by its id. */
export function requestLogger(requestId: string | null | undefined): Logger {
  return logger.child({ requestId: requestId ?? "none" });
}
