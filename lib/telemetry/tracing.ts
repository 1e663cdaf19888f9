import { hostname } from "node:os";
import { config, type AppConfig } from "../config";

// OpenTelemetry traces, only when an OTLP endpoint is configured (docs/deploy.md «Traces»,
// docs/decisions/0024-tracing.md). Without one this module is all that runs: the SDK, the
// exporter and the Prisma instrumentation (./tracing-sdk) are never loaded, and a span asked for
// by the portal's code is a plain function call.
//
// Instrumentation, pages and route handlers are bundled apart but run in one process: the
// running SDK is kept on globalThis.

export interface TracingSettings {
  serviceName: string;
  serviceVersion: string;
  /** service.instance.id: PORTAL_INSTANCE, or host and process when it is not set. */
  instance: string;
}

/** A span the portal's own code opened (an ESIA call): what it learns while it runs. */
export interface SpanHandle {
  setAttribute(key: string, value: string | number | boolean): void;
}

export type SpanAttributes = Record<string, string | number | boolean>;

export interface RunningTracing {
  /** Runs `run` in a client span (a call to another system) named `name`; a throw marks it failed. */
  clientSpan<T>(name: string, attributes: SpanAttributes, run: (span: SpanHandle) => Promise<T>): Promise<T>;
  /** Sends what is buffered and stops the SDK. */
  shutdown(): Promise<void>;
}

const holder = globalThis as typeof globalThis & { __portalTracing?: RunningTracing };

type TracingConfig = Pick<
  AppConfig,
  "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" | "PORTAL_INSTANCE"
>;

/** Tracing is on when either OTLP endpoint is set; null otherwise. */
export function tracingSettings(
  settings: TracingConfig,
  version = process.env.PORTAL_VERSION ?? "unknown",
): TracingSettings | null {
  if (!settings.OTEL_EXPORTER_OTLP_ENDPOINT && !settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return null;
  return {
    serviceName: "portal",
    serviceVersion: version,
    instance: settings.PORTAL_INSTANCE ?? `${hostname()}:${process.pid}`,
  };
}

/**
 * Starts the SDK when an endpoint is configured (instrumentation.ts, first thing at start-up, so
 * that Next.js finds the tracer provider before the first request). A bad configuration is left
 * to bootPortal, which stops the server naming the variable.
 */
export async function startTracing(): Promise<boolean> {
  let settings: AppConfig;
  try {
    settings = config();
  } catch {
    return false;
  }
  const tracing = tracingSettings(settings);
  if (!tracing) return false;
  if (!holder.__portalTracing) {
    const { startTracerProvider } = await import("./tracing-sdk");
    holder.__portalTracing = startTracerProvider(tracing);
  }
  return true;
}

/** On shutdown: the spans still buffered are sent (at most `timeoutMs`), then the SDK stops. */
export async function stopTracing(timeoutMs = 3_000): Promise<void> {
  const running = holder.__portalTracing;
  if (!running) return;
  holder.__portalTracing = undefined;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    running.shutdown().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}

const NO_SPAN: SpanHandle = { setAttribute: () => undefined };

/** `run` inside a client span when tracing is on; otherwise just `run`. */
export function inClientSpan<T>(
  name: string,
  attributes: SpanAttributes,
  run: (span: SpanHandle) => Promise<T>,
): Promise<T> {
  const running = holder.__portalTracing;
  return running ? running.clientSpan(name, attributes, run) : run(NO_SPAN);
}
