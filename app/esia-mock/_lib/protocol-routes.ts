import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { sessionAccount } from "@/lib/esia-mock/accounts";
import { EsiaProtocolError } from "@/lib/esia-mock/errors";
import {
  exchangeToken,
  redirectWithError,
  startAuthorization,
  UnsafeRedirectError,
  type SigningScheme,
} from "@/lib/esia-mock/oauth";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";
import { requestLogger } from "@/lib/logging/logger";
import { pause } from "@/lib/security/throttle-store";
import { SESSION_COOKIE } from "./mock";

// The HTTP side of the authorization and token endpoints, shared by v2/ac + v3/te and the legacy
// ac + te: they differ only in how the client signs (lib/esia-mock/oauth.ts, SigningScheme).

/** The authorization request: on to login (or straight to consent), or the refusal. */
export async function authorizationResponse(
  request: Request,
  params: Record<string, string>,
  scheme: SigningScheme,
): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const db = await prisma();
  try {
    const authorization = await startAuthorization(db, params, new Date(), scheme);
    const signedIn = await sessionAccount(db, (await cookies()).get(SESSION_COOKIE)?.value);
    const next = signedIn ? "consent" : "login";
    return Response.redirect(`${settings.baseUrl}/${next}?request=${encodeURIComponent(authorization.id)}`, 302);
  } catch (error) {
    const log = requestLogger(request.headers.get("x-request-id"));
    if (error instanceof UnsafeRedirectError) {
      log.warn(
        { clientId: params.client_id, code: error.esia.code },
        "esia-mock: authorization refused without redirect",
      );
      return new Response(errorPage(error.esia), {
        status: 400,
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
    if (error instanceof EsiaProtocolError && params.redirect_uri) {
      log.info({ clientId: params.client_id, code: error.code }, "esia-mock: authorization refused");
      return Response.redirect(redirectWithError(params.redirect_uri, error, params.state ?? ""), 302);
    }
    throw error;
  }
}

function errorPage(error: EsiaProtocolError): string {
  const text = error.message.replace(/[<>&]/g, "");
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Ошибка — ЕСИА (имитатор)</title></head><body><main><h1>Не удалось выполнить вход</h1><p>Система, с которой вы пришли, не зарегистрирована в ЕСИА или указала неверный адрес возврата.</p><p>Код ошибки: ${text}</p><p><a href="${MOCK_PATH}">На главную страницу имитатора ЕСИА</a></p></main></body></html>`;
}

/** A form-encoded body, or nothing: ESIA reads a JSON body as missing parameters (ESIA-007014). */
export async function formParams(request: Request): Promise<Record<string, string>> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) return {};
  return Object.fromEntries(new URLSearchParams(await request.text()));
}

/** The token request: JSON tokens, ESIA's JSON error with HTTP 400, or a scenario's HTML 500. */
export async function tokenResponse(request: Request, scheme: SigningScheme): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const log = requestLogger(request.headers.get("x-request-id"));
  const params = await formParams(request);
  try {
    const outcome = await exchangeToken(await prisma(), params, settings.issuer, new Date(), scheme);
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
