import { config } from "@/lib/config";
import { metricsAccess, portalMetrics } from "@/lib/metrics/metrics";

export const dynamic = "force-dynamic";

// Prometheus scrapes this instance here (docs/deploy.md). Without METRICS_TOKEN there is no such
// endpoint (404); with it, only its bearer reads the figures.
export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(config().METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "not_found")
    return new Response("Страница не найдена", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (access === "unauthorized") {
    return new Response("Нужен токен доступа к метрикам", {
      status: 401,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "WWW-Authenticate": 'Bearer realm="metrics"',
      },
    });
  }
  const { registry } = portalMetrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
