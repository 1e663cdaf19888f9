import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailable } from "./lib/db/outage";
import { outageAnswer } from "./lib/db/outage-page";
import { acceptedRequestId, formActionOrigins, securityHeaders } from "./lib/security/headers";
import {
  screenActionForm,
  screenActionHeader,
  screenActionText,
  screenAddress,
  screenFormEncoded,
  screenLength,
  type Screening,
} from "./lib/security/request-screen";

const REFUSAL_TEXT: Record<400 | 413, { title: string; text: string }> = {
  400: {
    title: "Неверный запрос",
    text: "Адрес или данные запроса повреждены. Вернитесь назад и повторите, или откройте главную страницу портала.",
  },
  413: {
    title: "Файл слишком большой",
    text: "Размер отправленных данных больше 12 МБ. Вернитесь назад и выберите файл не больше 5 МБ.",
  },
};

/** A short Russian page (or, for a script's action call, plain text) instead of Next's bare 500. */
function refusal(request: NextRequest, screening: Exclude<Screening, { ok: true }>, requestId: string): NextResponse {
  const { title, text } = REFUSAL_TEXT[screening.status];
  const headers = { "x-request-id": requestId, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (request.headers.has("next-action")) {
    return new NextResponse(`${title}. ${text}`, {
      status: screening.status,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">На главную страницу портала</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: screening.status,
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}

/** What Next or the database would fail on with a 500 (lib/security/request-screen.ts). */
async function screen(request: NextRequest): Promise<Screening> {
  const address = screenAddress(request.nextUrl.pathname, request.nextUrl.search);
  if (!address.ok) return address;
  if (request.method !== "POST") return address;
  const length = screenLength(request.headers.get("content-length"));
  if (!length.ok) return length;
  const action = request.headers.get("next-action");
  const header = screenActionHeader(action);
  if (!header.ok) return header;
  const type = request.headers.get("content-type") ?? "";
  // Undici's multipart parser is slow on files (seconds for a few MB on this machine): an upload
  // (over 1 MB) goes to the action unscreened; the small bodies attackers craft are screened.
  if (type.startsWith("multipart/form-data")) {
    if (Number(request.headers.get("content-length") ?? 0) > 1_048_576) return address;
    try {
      return screenActionForm(await request.clone().formData());
    } catch {
      return { ok: false, status: 400, reason: "multipart" };
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return screenFormEncoded(await request.clone().text());
  return action ? screenActionText(await request.clone().text()) : address;
}

/** `npm run esia-mock` (ESIA_MOCK_STANDALONE, decision 0018): the same build serving only the mock. */
function outsideStandaloneMock(request: NextRequest): NextResponse | null {
  if (process.env.ESIA_MOCK_STANDALONE !== "true") return null;
  const path = request.nextUrl.pathname;
  if (path === "/esia-mock" || path.startsWith("/esia-mock/")) return null;
  if (path === "/") return NextResponse.redirect(new URL("/esia-mock", request.url), 302);
  const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Не найдено</title></head><body><main><h1>Не найдено</h1><p>Этот сервер — только имитатор ЕСИА.</p><p><a href="/esia-mock">Имитатор ЕСИА</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 404,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const OUTAGE_EXEMPT = new Set(["/api/health", "/api/metrics"]);

/** The database is down (lib/db/outage.ts): a Russian 503 with Retry-After, not a failed render. */
function outage(request: NextRequest, requestId: string): NextResponse {
  const answer = outageAnswer(request.nextUrl.pathname, requestId, request.headers.has("next-action"));
  return new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const standalone = outsideStandaloneMock(request);
  if (standalone) return standalone;
  const screening = await screen(request);
  if (!screening.ok) return refusal(request, screening, acceptedRequestId(request.headers.get("x-request-id")));
  // Health keeps its own answer (503 «unavailable») for the load balancer; metrics stay readable
  // during an outage, when they matter most.
  // A form posted by script goes on to its action, which may answer with the form as typed and a
  // message (lib/forms/outage-answer.ts); one that fails is still answered 503 (lib/db/outage-guard.ts).
  if (
    !OUTAGE_EXEMPT.has(request.nextUrl.pathname) &&
    !request.headers.has("next-action") &&
    (await databaseUnavailable())
  )
    return outage(request, acceptedRequestId(request.headers.get("x-request-id")));
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const requestId = acceptedRequestId(request.headers.get("x-request-id"));
  const headers = securityHeaders({
    nonce,
    production: process.env.NODE_ENV === "production",
    development: process.env.NODE_ENV === "development",
    formActionOrigins: formActionOrigins(request.nextUrl.pathname, request.nextUrl.searchParams),
  });

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("x-request-id", requestId);
  // Layouts cannot see the path; the cabinet's sends people back to it after login.
  forwarded.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);

  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
