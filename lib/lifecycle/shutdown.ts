import { Server as HttpServer, type IncomingMessage, type ServerResponse } from "node:http";

// Graceful shutdown of one portal instance (docs/decisions/0015-scale-out.md). On SIGTERM the
// instance reports itself draining (/api/health 503), optionally keeps serving for a short delay
// so a load balancer with health checks stops sending, then stops listening, lets the requests in
// flight finish within a timeout, closes its database (and the in-process delivery worker), exits.
//
// `next start` never hands its http.Server to the application, so the servers are learnt from the
// requests they emit, as lib/security/peer-address.ts learns the peer.

interface Tracking {
  servers: Set<HttpServer>;
  inFlight: number;
  draining: boolean;
  installed: boolean;
}

/**
 * How long an idle kept-alive connection stays open on the instance: far longer than the load
 * balancer's own idle timeout (nginx: 4 s, deploy/nginx), so that it is always nginx that closes
 * an idle connection. With Node's default (5 s) a starved nginx could write a request into a
 * connection Node was closing at the same moment, and a POST lost that way cannot be retried.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

const holder = globalThis as typeof globalThis & { __portalLifecycle?: Tracking };
function tracking(): Tracking {
  holder.__portalLifecycle ??= { servers: new Set(), inFlight: 0, draining: false, installed: false };
  return holder.__portalLifecycle;
}

/** True from the moment the instance was told to stop. */
export function isDraining(): boolean {
  return tracking().draining;
}

export function requestsInFlight(): number {
  return tracking().inFlight;
}

/**
 * Counts every request until its response is finished or its connection gone; with an instance
 * name, every response says which instance answered (X-Portal-Instance).
 */
export function trackRequests(
  instance?: string,
  observe?: (request: IncomingMessage, response: ServerResponse, seconds: number) => void,
): void {
  const state = tracking();
  if (state.installed) return;
  state.installed = true;
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: HttpServer, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[1]) {
      if (!state.servers.has(this)) {
        state.servers.add(this);
        this.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
        // Node requires the headers timeout to exceed the keep-alive timeout.
        this.headersTimeout = Math.max(this.headersTimeout, KEEP_ALIVE_TIMEOUT_MS + 1_000);
      }
      state.inFlight += 1;
      const response = args[1] as ServerResponse<IncomingMessage>;
      if (instance) response.setHeader("x-portal-instance", instance);
      const started = performance.now();
      const request = args[0] as IncomingMessage;
      // While draining, no connection is kept alive for a next request.
      if (state.draining) response.shouldKeepAlive = false;
      response.once("close", () => {
        state.inFlight -= 1;
        observe?.(request, response, (performance.now() - started) / 1000);
      });
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

export interface ShutdownOptions {
  /** Milliseconds to keep serving (health 503 «draining») before the listener closes. */
  drainDelayMs: number;
  /** Milliseconds the requests in flight get to finish; then their connections are cut. */
  timeoutMs: number;
  /** The database pool or PGlite, and the delivery worker running in this process. */
  closeResources: () => Promise<void>;
  log: (message: string, details?: Record<string, unknown>) => void;
}

export interface ShutdownOutcome {
  /** Requests still running when the timeout ran out (their connections were closed). */
  abandoned: number;
  resourcesClosed: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function shutDown(options: ShutdownOptions): Promise<ShutdownOutcome> {
  const state = tracking();
  state.draining = true;
  options.log("draining", {
    inFlight: state.inFlight,
    drainDelayMs: options.drainDelayMs,
    timeoutMs: options.timeoutMs,
  });
  if (options.drainDelayMs > 0) await wait(options.drainDelayMs);
  // No new connections; idle keep-alive connections closed now, busy ones after their response.
  for (const server of state.servers) {
    server.close();
    server.closeIdleConnections();
  }
  const deadline = Date.now() + options.timeoutMs;
  while (state.inFlight > 0 && Date.now() < deadline) {
    await wait(25);
    for (const server of state.servers) server.closeIdleConnections();
  }
  const abandoned = Math.max(0, state.inFlight);
  if (abandoned > 0) for (const server of state.servers) server.closeAllConnections();
  let resourcesClosed = true;
  try {
    await options.closeResources();
  } catch (error) {
    resourcesClosed = false;
    options.log("closing the database failed", { err: error });
  }
  options.log("stopped", { abandoned, resourcesClosed });
  return { abandoned, resourcesClosed };
}

/** Exit code: 0 when every request finished and the database closed cleanly. */
export function exitCode(outcome: ShutdownOutcome): number {
  return outcome.abandoned === 0 && outcome.resourcesClosed ? 0 : 1;
}

/**
 * Takes SIGTERM and SIGINT over from `next start` (whose own handler exits at once, cutting the
 * requests in flight) and shuts down as above, once.
 */
export function handleTerminationSignals(
  options: ShutdownOptions,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let started = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (started) return;
      started = true;
      void shutDown(options).then((outcome) => exit(exitCode(outcome)));
    });
  }
}

/** For tests: forget the servers and the draining state. */
export function resetLifecycleForTests(): void {
  const state = tracking();
  state.servers.clear();
  state.inFlight = 0;
  state.draining = false;
}
