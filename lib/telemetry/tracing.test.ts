import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { inClientSpan, startTracing, stopTracing, tracingSettings } from "./tracing";

describe("tracing settings", () => {
  it("are off without an OTLP endpoint", () => {
    expect(tracingSettings({ PORTAL_INSTANCE: "portal-1" })).toBeNull();
  });

  it("name the service portal, its version and instance, with either endpoint", () => {
    expect(
      tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", PORTAL_INSTANCE: "portal-2" }, "1.2.3"),
    ).toEqual({
      serviceName: "portal",
      serviceVersion: "1.2.3",
      instance: "portal-2",
    });
    expect(
      tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" }, "1.2.3")?.instance,
    ).toBe(`${hostname()}:${process.pid}`);
  });
});

describe("without an endpoint", () => {
  it("nothing starts and a span is a plain call", async () => {
    const before = { ...process.env };
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    try {
      expect(await startTracing()).toBe(false);
      const seen: unknown[] = [];
      const value = await inClientSpan("ESIA token", { "esia.operation": "token" }, async (span) => {
        span.setAttribute("http.response.status_code", 200);
        seen.push("ran");
        return 42;
      });
      expect([value, seen]).toEqual([42, ["ran"]]);
      await expect(
        inClientSpan("ESIA person", {}, async () => {
          throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      await stopTracing();
    } finally {
      process.env = before;
    }
  });
});
