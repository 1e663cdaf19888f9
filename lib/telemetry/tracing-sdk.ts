import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type ReadableSpan,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { buildRoutes } from "../metrics/request-observer";
import { routeMatcher } from "../metrics/route-pattern";
import { scrubSpan, type Attributes, type RouteOf } from "./span-scrubber";
import type { RunningTracing, TracingSettings } from "./tracing";

// The OpenTelemetry SDK, loaded by ./tracing only when an endpoint is configured. The standard
// OTEL_* variables (validated in lib/config.ts) are read by the SDK itself: the endpoint and
// headers by the exporter (OTLP over HTTP, protobuf), the sampler by the provider.

/** Every span, before it leaves the process, is rewritten by ./span-scrubber. */
export class ScrubbingExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly routeOf: RouteOf,
  ) {}

  export(spans: ReadableSpan[], resultCallback: Parameters<SpanExporter["export"]>[1]): void {
    this.inner.export(
      spans.map((span) => scrubbedSpan(span, this.routeOf)),
      resultCallback,
    );
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

export function scrubbedSpan(span: ReadableSpan, routeOf: RouteOf): ReadableSpan {
  const context = span.spanContext();
  // A plain copy (ReadableSpan is an interface; the SDK's spans are class instances).
  const plain: ReadableSpan = {
    name: span.name,
    kind: span.kind,
    spanContext: () => context,
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: span.status,
    attributes: span.attributes,
    links: span.links,
    events: span.events,
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
  return scrubSpan(plain as ReadableSpan & { attributes: Attributes }, routeOf);
}

export function startTracerProvider(settings: TracingSettings): RunningTracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      "service.name": settings.serviceName,
      "service.version": settings.serviceVersion,
      "service.instance.id": settings.instance,
    }),
    spanProcessors: [
      new BatchSpanProcessor(new ScrubbingExporter(new OTLPTraceExporter(), routeMatcher(buildRoutes()))),
    ],
  });
  // The global provider, context manager (AsyncLocalStorage) and W3C propagator: Next.js starts
  // its request and render spans through the global API once a provider is registered.
  provider.register();
  // Prisma's client opens a span per operation and per SQL statement (db.query.text, with
  // placeholders, never the values) when this instrumentation is enabled.
  const prisma = new PrismaInstrumentation({ enabled: false });
  prisma.setTracerProvider(provider);
  prisma.enable();
  const tracer = provider.getTracer("portal");
  return {
    clientSpan: (name, attributes, run) =>
      tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        try {
          return await run({ setAttribute: (key, value) => span.setAttribute(key, value) });
        } catch (error) {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      }),
    shutdown: async () => {
      prisma.disable();
      await provider.shutdown();
    },
  };
}
