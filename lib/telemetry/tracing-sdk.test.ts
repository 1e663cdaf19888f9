import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { describe, expect, it } from "vitest";
import { routeMatcher } from "../metrics/route-pattern";
import { startOtlpReceiver } from "./otlp-receiver";
import { ScrubbingExporter } from "./tracing-sdk";

describe("the exporter", () => {
  it("hands on every span scrubbed, with its context, times and resource intact", async () => {
    const memory = new InMemorySpanExporter();
    const routeOf = routeMatcher(["/(portal)/cabinet/applications/[id]/page"]);
    const provider = new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(new ScrubbingExporter(memory, routeOf))],
    });
    const tracer = provider.getTracer("test");
    const span = tracer.startSpan("GET", {
      attributes: { "http.target": "/cabinet/applications/cmh1x9k2f0000abcd?_rsc=1", "http.method": "GET" },
    });
    span.recordException(new Error("no application for СНИЛС 112-233-445 95"));
    const { traceId, spanId } = span.spanContext();
    span.end();
    await provider.forceFlush();
    const [exported] = memory.getFinishedSpans();
    expect(exported!.spanContext()).toMatchObject({ traceId, spanId });
    expect(exported!.name).toBe("GET /cabinet/applications/[id]");
    expect(exported!.attributes).toEqual({
      "http.target": "/cabinet/applications/[id]",
      "http.route": "/cabinet/applications/[id]",
      "http.method": "GET",
    });
    expect(exported!.events[0]!.attributes!["exception.message"]).toBe("no application for СНИЛС [скрыто]");
    expect(exported!.ended).toBe(true);
    expect(JSON.stringify(exported!.events)).not.toContain("445 95");
    expect(exported!.resource.attributes["service.name"]).toBeDefined();
    await provider.shutdown();
  });
});

describe("OTLP over HTTP", () => {
  it("reaches a collector as protobuf, scrubbed, with the resource", async () => {
    const receiver = await startOtlpReceiver();
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ "service.name": "portal", "service.instance.id": "portal-1" }),
      spanProcessors: [
        new SimpleSpanProcessor(
          new ScrubbingExporter(new OTLPTraceExporter({ url: `${receiver.url}/v1/traces` }), routeMatcher([])),
        ),
      ],
    });
    try {
      const span = provider.getTracer("test").startSpan("fetch GET https://esia.example/rs/prns/1000299353?embed=x", {
        attributes: { "http.url": "https://esia.example/rs/prns/1000299353?embed=x", "http.status_code": 200 },
      });
      span.end();
      await provider.forceFlush();
      const [received] = receiver.spans();
      expect(received).toMatchObject({
        name: "fetch GET https://esia.example/rs/prns/[id]",
        resource: { "service.name": "portal", "service.instance.id": "portal-1" },
        attributes: { "http.url": "https://esia.example/rs/prns/[id]", "http.status_code": 200 },
        traceId: span.spanContext().traceId,
      });
    } finally {
      await provider.shutdown();
      await receiver.close();
    }
  });
});
