import { config } from "@/lib/config";
import { checkDatabase, timedOut, withTimeout } from "@/lib/db/health";
import { database } from "@/lib/db/runtime";
import { isDraining } from "@/lib/lifecycle/shutdown";
import { requestLogger } from "@/lib/logging/logger";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const settings = config();
  // Stopping (SIGTERM): the load balancer is to send no more; the requests in flight still finish.
  if (isDraining())
    return Response.json({ status: "draining" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  let healthy = false;
  try {
    // A database that failed at start-up is opened again here, so health recovers by itself.
    const opened = await withTimeout(database(), settings.DB_HEALTH_TIMEOUT_MS);
    healthy = !timedOut(opened) && (await checkDatabase(opened.prisma, settings.DB_HEALTH_TIMEOUT_MS)).ok;
  } catch {
    healthy = false;
  }
  if (!healthy) {
    requestLogger(request.headers.get("x-request-id")).warn(
      { driver: settings.databaseDriver },
      "health: database unavailable",
    );
  }
  return Response.json(
    {
      status: healthy ? "ok" : "unavailable",
      db: healthy ? "ok" : "unavailable",
      version: process.env.PORTAL_VERSION ?? "unknown",
    },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
