import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { sessionAccount } from "@/lib/esia-mock/accounts";
import { EsiaProtocolError } from "@/lib/esia-mock/errors";
import { redirectWithError, startAuthorization, UnsafeRedirectError } from "@/lib/esia-mock/oauth";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";
import { requestLogger } from "@/lib/logging/logger";
import { SESSION_COOKIE } from "../../../../_lib/mock";

export const dynamic = "force-dynamic";

/** GET /aas/oauth2/v2/ac — the authorization request; on to login (or straight to consent). */
export async function GET(request: Request): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const db = await prisma();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const authorization = await startAuthorization(db, params);
    const signedIn = await sessionAccount(db, (await cookies()).get(SESSION_COOKIE)?.value);
    const next = signedIn ? "consent" : "login";
    return Response.redirect(`${settings.baseUrl}/${next}?request=${encodeURIComponent(authorization.id)}`, 302);
  } catch (error) {
    const log = requestLogger(request.headers.get("x-request-id"));
    if (error instanceof UnsafeRedirectError) {
      log.warn({ clientId: params.client_id, code: error.esia.code }, "esia-mock: authorization refused without redirect");
      return new Response(errorPage(error.esia), { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
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
