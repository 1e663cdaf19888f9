import { NextResponse } from "next/server";
import { currentUser, safeReturnTo } from "@/app/_lib/auth";
import { esiaClient, rememberFlow, type EsiaIntent } from "@/app/_lib/esia";
import { config } from "@/lib/config";
import { requestLogger } from "@/lib/logging/logger";

export const dynamic = "force-dynamic";

/** «Вход через ЕСИА», «Установить привязку к ЕСИА», «Войти в личный кабинет через ЕСИА». */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const intent: EsiaIntent = url.searchParams.get("intent") === "link" ? "link" : "login";
  const returnTo = url.searchParams.has("returnTo") ? safeReturnTo(url.searchParams.get("returnTo")) : null;
  if (intent === "link" && !(await currentUser())) {
    return NextResponse.redirect(
      new URL(`/login?returnTo=${encodeURIComponent("/cabinet/settings/esia")}`, config().APP_URL),
      303,
    );
  }
  try {
    const client = await esiaClient();
    const flow = await client.start();
    await rememberFlow({ state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier, intent, returnTo });
    return NextResponse.redirect(flow.url, 303);
  } catch (error) {
    requestLogger(request.headers.get("x-request-id")).error({ err: error }, "esia: cannot start login");
    return NextResponse.redirect(new URL("/esia/problem?reason=unavailable", config().APP_URL), 303);
  }
}
