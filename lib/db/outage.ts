// A database outage is a state of the instance, not a crash (docs/decisions/0015-scale-out.md).
// The pool reports failed connections and connections the server dropped; while the database is
// marked down, the proxy answers pages with a Russian 503 (Retry-After) instead of letting each
// request fail in rendering, and probes the server (at most once per PROBE_INTERVAL_MS) so
// service resumes by itself as soon as it answers. Kept on globalThis: the proxy and the pages
// are bundled apart but run in one process.

export const PROBE_INTERVAL_MS = 1_000;
export const RETRY_AFTER_SECONDS = 5;

interface Availability {
  down: boolean;
  since: number;
  lastProbe: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<void>) | null;
}

const holder = globalThis as typeof globalThis & { __portalDatabaseAvailability?: Availability };
function availability(): Availability {
  holder.__portalDatabaseAvailability ??= { down: false, since: 0, lastProbe: 0, probing: null, probe: null };
  return holder.__portalDatabaseAvailability;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);
// PostgreSQL's class 08 (connection exception) and 57P0x (shutting down, starting up, crash).
const SERVER_CODES = /^(08\d{3}|57P0[1-4])$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Client has encountered a connection error|terminating connection due to administrator command|^timeout expired$/i;

/** True for an error that means "the database is not reachable", through any wrapping (Prisma, the adapter). */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== "object") return typeof current === "string" && MESSAGES.test(current);
    const { code, message, cause, originalCode } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
    };
    for (const value of [code, originalCode]) {
      if (
        typeof value === "string" &&
        (NETWORK_CODES.has(value) ||
          SERVER_CODES.test(value) ||
          value === "P1001" ||
          value === "P1017" ||
          // A transaction that could not start or finish in time (rolled back): the database is
          // overwhelmed, which for the visitor is the same as away for a moment.
          value === "P2028")
      )
        return true;
    }
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/** The pool saw the server fail (or a query failed for that reason). Other errors change nothing. */
export function noteDatabaseError(error: unknown, now = Date.now()): void {
  if (!isConnectionError(error)) return;
  const state = availability();
  if (!state.down) state.since = now;
  state.down = true;
}

/** How the instance asks the server whether it answers again (the pool's SELECT 1). */
export function setDatabaseProbe(probe: (() => Promise<void>) | null): void {
  availability().probe = probe;
}

export function databaseMarkedDown(): boolean {
  return availability().down;
}

/**
 * Whether this request should get the 503 page: only while marked down, and only if a probe
 * (shared by concurrent requests, at most one per interval) still finds the server unreachable.
 */
export async function databaseUnavailable(now = Date.now()): Promise<boolean> {
  const state = availability();
  if (!state.down) return false;
  if (!state.probe) return true;
  if (!state.probing && now - state.lastProbe >= PROBE_INTERVAL_MS) {
    state.lastProbe = now;
    const probe = state.probe;
    state.probing = probe().then(
      () => {
        state.down = false;
        return false;
      },
      () => true,
    );
    void state.probing.finally(() => {
      state.probing = null;
    });
  }
  return state.probing ? state.probing : true;
}

/** For tests. */
export function resetDatabaseAvailability(): void {
  holder.__portalDatabaseAvailability = undefined;
}
