import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { EsiaProtocolError } from "@/lib/esia-mock/errors";
import { exchangeToken } from "@/lib/esia-mock/oauth";
import { mockSettings } from "@/lib/esia-mock/settings";
import { pause } from "@/lib/security/throttle-store";
import { requestLogger } from "@/lib/logging/logger";

export const dynamic = "force-dynamic";

/** POST /aas/oauth2/v3/te — form-encoded only: ESIA answers a JSON body with ESIA-007014. */
export async function POST(request: Request): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const log = requestLogger(request.headers.get("x-request-id"));
  let params: Record<string, string> = {};
  if ((request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    params = Object.fromEntries(new URLSearchParams(await request.text()));
  }
  try {
    const outcome = await exchangeToken(await prisma(), params, settings.issuer);
    await pause(outcome.delayMs);
    if (outcome.kind === "server_error") {
      return new Response("<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>", {
        status: 500,
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
    return Response.json(outcome.body, { headers: { "Cache-Control": "no-store", Pragma: "no-cache" } });
  } catch (error) {
    if (!(error instanceof EsiaProtocolError)) throw error;
    log.info({ clientId: params.client_id, code: error.code }, "esia-mock: token request refused");
    return Response.json(error.toResponse(params.state), { status: 400, headers: { "Cache-Control": "no-store" } });
  }
}
