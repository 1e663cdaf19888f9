import { RETRY_AFTER_SECONDS } from "./outage";

// The one page a visitor sees while the database is away (lib/db/outage.ts): given by the proxy
// to requests that arrive during an outage, and put in place of Next's error page for the request
// that met the outage in rendering (lib/db/outage-guard.ts).

export const OUTAGE_TITLE = "Сервис временно недоступен";
export const OUTAGE_TEXT =
  "Сервис временно недоступен: идут технические работы. Повторите через несколько секунд — введенные данные не потеряны, если вернуться на страницу назад.";

export interface OutageAnswer {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

/** A server action called by script gets plain text; a browser's page or form post gets the HTML page with «Повторить». */
export function outageAnswer(pathname: string, requestId: string, actionCall: boolean): OutageAnswer {
  const headers: Record<string, string> = {
    "x-request-id": requestId,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Retry-After": String(RETRY_AFTER_SECONDS),
  };
  if (actionCall)
    return { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" }, body: OUTAGE_TEXT };
  const retry = (pathname.startsWith("/") ? pathname : "/")
    .replaceAll("&", "&amp;")
    .replaceAll('"', "%22")
    .replaceAll("<", "%3C")
    .replaceAll(">", "%3E");
  const body = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${OUTAGE_TITLE}</title></head><body><main><h1>${OUTAGE_TITLE}</h1><p>${OUTAGE_TEXT}</p><p><a href="${retry}">Повторить</a></p></main></body></html>`;
  return {
    status: 503,
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'",
    },
    body,
  };
}
