import type { Logger } from "pino";

// Every error leaves the process as one JSON line through pino and its redaction (logger.ts):
// Next's onRequestError hook (instrumentation.ts), the framework's own console output, and the
// process-level handlers. Next would otherwise print a raw multi-line error on stderr, with a
// Prisma query and its values (a SNILS, a passport number, a name) in it.

interface LoggedError {
  name: string;
  message: string;
  code?: string;
  digest?: string;
  stack?: string;
}

/** An error as logged: a database error keeps only its first line, never the query's values. */
export function describeError(error: unknown): LoggedError {
  if (!(error instanceof Error))
    return { name: "NonError", message: typeof error === "string" ? error : "thrown value that is not an Error" };
  const fields = error as Error & { code?: unknown; digest?: unknown };
  const database = /^PrismaClient|DriverAdapterError|^error$/.test(error.name) || "code" in fields;
  const firstLine =
    error.message
      .split("\n")
      .map((line) => line.trim())
      .find(Boolean) ?? "";
  return {
    name: error.name,
    message: database ? firstLine : error.message,
    ...(typeof fields.code === "string" ? { code: fields.code } : {}),
    ...(typeof fields.digest === "string" ? { digest: fields.digest } : {}),
    // Frames only: the stack's first lines repeat the message.
    ...(error.stack
      ? {
          stack: error.stack
            .split("\n")
            .filter((line) => /^\s+at /.test(line))
            .slice(0, 12)
            .join("\n"),
        }
      : {}),
  };
}

interface ErrorRequest {
  path: string;
  method: string;
  headers: NodeJS.Dict<string | string[]>;
}

interface ErrorContext {
  routePath: string;
  routeType: string;
  [other: string]: unknown;
}

/** Next's onRequestError: the error, the request id, the route; never the query string or cookies. */
export function logRequestError(log: Logger, error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const requestId = request.headers["x-request-id"];
  log.error(
    {
      requestId: typeof requestId === "string" ? requestId : "none",
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      err: describeError(error),
    },
    "request failed",
  );
}

type ConsoleLike = { error: (...args: unknown[]) => void; warn: (...args: unknown[]) => void };

/** The framework's console.error / console.warn, as redacted JSON lines instead of raw text. */
export function routeConsoleToLog(log: Logger, target: ConsoleLike = console): void {
  const line =
    (level: "error" | "warn") =>
    (...args: unknown[]) => {
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === "string" ? arg : safeJson(arg)))
        .join(" ");
      const error = args.find((arg) => arg instanceof Error);
      log[level](
        { source: "console", ...(error ? { err: describeError(error) } : {}) },
        text.trim() || "console output",
      );
    };
  target.error = line("error");
  target.warn = line("warn");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

type ProcessLike = Pick<NodeJS.EventEmitter, "on">;

/** Last resort: what escaped every handler is still one redacted JSON line. */
export function logProcessErrors(log: Logger, target: ProcessLike = process): void {
  target.on("unhandledRejection", (reason: unknown) =>
    log.error({ err: describeError(reason) }, "unhandled promise rejection"),
  );
  target.on("uncaughtException", (error: unknown) => log.fatal({ err: describeError(error) }, "uncaught exception"));
}
