import { describe, expect, it } from "vitest";
import {
  esiaOperation,
  metricsAccess,
  observeRequest,
  portalMetrics,
  setPoolSource,
  setQueueSource,
  timedEsiaFetch,
} from "./metrics";

const TOKEN = "metrics-token-0123456789abcdef";

describe("who may read /api/metrics", () => {
  it("nobody when METRICS_TOKEN is not set: the endpoint does not exist", () => {
    expect(metricsAccess(undefined, `Bearer ${TOKEN}`)).toBe("not_found");
    expect(metricsAccess(undefined, null)).toBe("not_found");
  });
  it("refuses a missing, malformed or wrong token", () => {
    expect(metricsAccess(TOKEN, null)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, TOKEN)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Basic ${TOKEN}`)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN.slice(0, -1)}x`)).toBe("unauthorized");
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}extra`)).toBe("unauthorized");
  });
  it("lets the bearer of exactly the token in", () => {
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`)).toBe("allowed");
  });
});

describe("the figures", () => {
  it("counts requests by route pattern and status, pool use and the delivery queue", async () => {
    observeRequest("GET", "/cabinet/applications/[id]", 200, 0.042);
    observeRequest("GET", "/cabinet/applications/[id]", 200, 0.3);
    observeRequest("POST", "/login", 303, 0.1);
    setPoolSource(() => ({ total: 7, idle: 3, waiting: 2 }));
    setQueueSource(async () => ({ waiting: 4, oldestWaitingSeconds: 12.5, failed: 1 }));
    const text = await portalMetrics().registry.metrics();
    expect(text).toContain(
      'portal_http_requests_total{method="GET",route="/cabinet/applications/[id]",status="200"} 2',
    );
    expect(text).toContain('portal_http_requests_total{method="POST",route="/login",status="303"} 1');
    expect(text).toContain(
      'portal_http_request_duration_seconds_bucket{le="0.05",method="GET",route="/cabinet/applications/[id]"} 1',
    );
    expect(text).toContain("portal_db_pool_connections 7");
    expect(text).toContain("portal_db_pool_waiting_requests 2");
    expect(text).toContain("portal_delivery_queue_waiting 4");
    expect(text).toContain("portal_delivery_lag_seconds 12.5");
    expect(text).toContain("portal_delivery_failed 1");
  });

  it("times ESIA's back-channel calls by operation and outcome", async () => {
    expect(esiaOperation("https://esia.gosuslugi.ru/aas/oauth2/v3/te")).toBe("token");
    expect(esiaOperation("https://esia.gosuslugi.ru/aas/oauth2/v2/ac")).toBe("other");
    expect(esiaOperation("http://127.0.0.1:3000/esia-mock/aas/oauth2/v2/token")).toBe("token");
    expect(esiaOperation("https://esia.gosuslugi.ru/rs/prns/1000299353")).toBe("person");
    const ok = timedEsiaFetch(async () => new Response("{}", { status: 200 }));
    const refused = timedEsiaFetch(async () => new Response("no", { status: 400 }));
    const down = timedEsiaFetch(async () => Promise.reject(new TypeError("fetch failed")));
    await ok("http://esia.example/aas/oauth2/v2/token");
    await refused("http://esia.example/rs/prns/42");
    await expect(down("http://esia.example/aas/oauth2/v2/token")).rejects.toThrow("fetch failed");
    const text = await portalMetrics().registry.metrics();
    expect(text).toContain('portal_esia_request_duration_seconds_count{operation="token",outcome="ok"} 1');
    expect(text).toContain('portal_esia_request_duration_seconds_count{operation="person",outcome="http_error"} 1');
    expect(text).toContain('portal_esia_request_duration_seconds_count{operation="token",outcome="network_error"} 1');
    // Never a raw URL with an id in a label.
    expect(text).not.toContain("/rs/prns/");
  });
});
