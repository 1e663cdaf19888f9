import { timingSafeEqual } from "node:crypto";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

// The instance's metrics in Prometheus text format (/api/metrics, docs/deploy.md). One registry
// per process, kept on globalThis: the request tracker (instrumentation), the pages and the
// route handler are bundled apart but run in one process.

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface QueueFigures {
  /** Messages waiting or due for another attempt. */
  waiting: number;
  /** Seconds the oldest waiting message has waited (0 when none). */
  oldestWaitingSeconds: number;
  failed: number;
}

interface Sources {
  pool: (() => PoolUse | null) | null;
  queue: (() => Promise<QueueFigures | null>) | null;
}

interface PortalMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  requestSeconds: Histogram<"method" | "route">;
  esiaSeconds: Histogram<"operation" | "outcome">;
  sources: Sources;
}

const holder = globalThis as typeof globalThis & { __portalMetrics?: PortalMetrics };

export function portalMetrics(): PortalMetrics {
  if (holder.__portalMetrics) return holder.__portalMetrics;
  const registry = new Registry();
  const sources: Sources = { pool: null, queue: null };
  const requests = new Counter({
    name: "portal_http_requests_total",
    help: "HTTP requests answered, by route pattern and status",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: "portal_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by route pattern",
    labelNames: ["method", "route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const esiaSeconds = new Histogram({
    name: "portal_esia_request_duration_seconds",
    help: "Back-channel calls to ESIA (token, person data, keys), by operation and outcome (ok, http_error, network_error)",
    labelNames: ["operation", "outcome"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
    registers: [registry],
  });
  const poolGauge = (name: string, help: string, pick: (use: PoolUse) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const use = sources.pool?.();
        this.set(use ? pick(use) : 0);
      },
    });
  poolGauge(
    "portal_db_pool_connections",
    "Database pool connections open (PostgreSQL; 0 on PGlite)",
    (use) => use.total,
  );
  poolGauge("portal_db_pool_idle_connections", "Database pool connections open and idle", (use) => use.idle);
  poolGauge("portal_db_pool_waiting_requests", "Queries waiting for a pool connection", (use) => use.waiting);
  // One query per scrape for the three queue figures.
  let figures: Promise<QueueFigures | null> | null = null;
  const queueFigures = () =>
    (figures ??= (sources.queue?.() ?? Promise.resolve(null))
      .catch(() => null)
      .finally(() => setTimeout(() => (figures = null), 0)));
  const queueGauge = (name: string, help: string, pick: (figures: QueueFigures) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const found = await queueFigures();
        this.set(found ? pick(found) : 0);
      },
    });
  queueGauge(
    "portal_delivery_queue_waiting",
    "E-mail and SMS messages waiting to be delivered (incl. retries due)",
    (found) => found.waiting,
  );
  queueGauge(
    "portal_delivery_lag_seconds",
    "How long the oldest waiting message has waited",
    (found) => found.oldestWaitingSeconds,
  );
  queueGauge("portal_delivery_failed", "Messages whose delivery failed for good", (found) => found.failed);
  holder.__portalMetrics = { registry, requests, requestSeconds, esiaSeconds, sources };
  return holder.__portalMetrics;
}

export function observeRequest(method: string, route: string, status: number, seconds: number): void {
  const metrics = portalMetrics();
  metrics.requests.inc({ method, route, status: String(status) });
  metrics.requestSeconds.observe({ method, route }, seconds);
}

export function setPoolSource(source: (() => PoolUse | null) | null): void {
  portalMetrics().sources.pool = source;
}

export function setQueueSource(source: (() => Promise<QueueFigures | null>) | null): void {
  portalMetrics().sources.queue = source;
}

/** ESIA's endpoints by their last path segment: a bounded label, not the URL. */
export function esiaOperation(url: string): string {
  const pathname = new URL(url).pathname;
  if (/\/(te|token)$/.test(pathname)) return "token"; // v3/te, the token exchange
  if (/\/jwks$/.test(pathname)) return "keys";
  if (/\/rs\/prns\//.test(pathname)) return "person";
  return "other";
}

/** fetch for the ESIA client, timing every call by operation and outcome. */
export function timedEsiaFetch(inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const stop = portalMetrics().esiaSeconds.startTimer({ operation: esiaOperation(url) });
    try {
      const response = await inner(input, init);
      stop({ outcome: response.ok || (response.status >= 300 && response.status < 400) ? "ok" : "http_error" });
      return response;
    } catch (error) {
      stop({ outcome: "network_error" });
      throw error;
    }
  };
}

/**
 * Who may read the metrics: nobody without METRICS_TOKEN (404, as if there were no endpoint),
 * otherwise the bearer of exactly that token.
 */
export function metricsAccess(
  token: string | undefined,
  authorization: string | null,
): "not_found" | "unauthorized" | "allowed" {
  if (!token) return "not_found";
  const presented = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  if (!presented) return "unauthorized";
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected) ? "allowed" : "unauthorized";
}
