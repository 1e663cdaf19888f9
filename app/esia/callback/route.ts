import { NextResponse } from "next/server";
import { currentUser, requestMeta, safeReturnTo, signInUser } from "@/app/_lib/auth";
import { esiaClient, rememberPending, takeFlow } from "@/app/_lib/esia";
import { audit } from "@/lib/audit/audit";
import { config } from "@/lib/config";
import { handleEsiaLogin } from "@/lib/cabinet/accounts";
import { prisma } from "@/lib/db/runtime";
import { EsiaLoginError } from "@/lib/esia/client";
import { requestLogger } from "@/lib/logging/logger";

export const dynamic = "force-dynamic";

/** ESIA returns the browser here with ?code&state (or ?error). */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  // Redirects are built on APP_URL: behind a proxy (or `next start`) request.url names the
  // server's own host, and the session cookie belongs to the public one.
  const go = (path: string) => NextResponse.redirect(new URL(path, config().APP_URL), 303);
  const log = requestLogger(request.headers.get("x-request-id"));
  const db = await prisma();
  const { ip } = await requestMeta();

  const flow = await takeFlow(url.searchParams.get("state"));
  if (!flow) {
    await audit(db, {
      actor: { type: "anonymous" },
      action: "login.esia",
      outcome: "refused",
      ip,
      details: { reason: "state_mismatch" },
    });
    return go("/esia/problem?reason=state_mismatch");
  }

  let person;
  try {
    ({ person } = await (await esiaClient()).complete(url.searchParams, flow));
  } catch (error) {
    if (!(error instanceof EsiaLoginError)) throw error;
    log.warn({ failure: error.failure, detail: error.detail }, "esia: login refused");
    await audit(db, {
      actor: { type: "anonymous" },
      action: "login.esia",
      outcome: "refused",
      ip,
      details: { reason: error.failure, detail: error.detail },
    });
    return go(`/esia/problem?reason=${error.failure}`);
  }

  const signedIn = await currentUser();
  const outcome = await handleEsiaLogin(db, {
    person,
    signedInUserId: signedIn?.user.id ?? null,
    intent: flow.intent,
    returnTo: flow.returnTo,
    ip,
  });
  switch (outcome.kind) {
    case "signed_in":
      if (signedIn?.user.id !== outcome.userId) await signInUser(outcome.userId);
      return go(safeReturnTo(flow.returnTo, flow.intent === "link" ? "/cabinet/settings/esia" : "/cabinet"));
    case "linked":
      return go(
        outcome.pendingId
          ? `/esia/differences?p=${encodeURIComponent(outcome.pendingId)}`
          : safeReturnTo(flow.returnTo, "/cabinet/settings/esia?linked=1"),
      );
    case "choose":
      await rememberPending(outcome.pendingId);
      return go("/esia/choose");
    case "refused":
      return go(`/esia/problem?reason=${outcome.reason}`);
  }
}
