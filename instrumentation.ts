import type { Instrumentation } from "next";

// Runs once when the server process starts, before it serves: validate the configuration, then
// open, migrate and seed the database in this same process (PGlite allows only one).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Traces, only with an OTLP endpoint configured (the SDK is not even loaded otherwise): before
  // anything else, so that Next.js and the database client find the tracer provider.
  const { startTracing } = await import("./lib/telemetry/tracing");
  await startTracing();
  // So that every request after start-up knows its socket's address.
  const { recordSocketPeers } = await import("./lib/security/peer-address");
  recordSocketPeers();
  // The request that first meets a database outage gets the 503 page too, not Next's error page.
  const { answerOutagesWith503 } = await import("./lib/db/outage-guard");
  answerOutagesWith503();
  // Requests in flight are counted for a graceful shutdown; each response names its instance.
  const [{ trackRequests }, { requestObserver }] = await Promise.all([
    import("./lib/lifecycle/shutdown"),
    import("./lib/metrics/request-observer"),
  ]);
  trackRequests(process.env.PORTAL_INSTANCE?.trim() || undefined, requestObserver());
  // In production nothing reaches stdout or stderr as raw text: errors are redacted JSON lines.
  if (process.env.NODE_ENV === "production") {
    const [{ logger }, { logProcessErrors, routeConsoleToLog }] = await Promise.all([
      import("./lib/logging/logger"),
      import("./lib/logging/error-logging"),
    ]);
    routeConsoleToLog(logger);
    logProcessErrors(logger);
  }
  const { bootPortal } = await import("./lib/boot");
  await bootPortal();
}

/** Every error of a page, action, route handler or the proxy: one JSON line with the request id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { logRequestError }] = await Promise.all([
    import("./lib/logging/logger"),
    import("./lib/logging/error-logging"),
  ]);
  logRequestError(logger, error, request, context);
};
