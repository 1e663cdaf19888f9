import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { sessionAccount } from "@/lib/esia-mock/accounts";
import { grantAuthorization, refuseAuthorization } from "@/lib/esia-mock/oauth";
import { mockSettings } from "@/lib/esia-mock/settings";
import { SESSION_COOKIE } from "../../_lib/mock";

export const dynamic = "force-dynamic";

/**
 * «Предоставить» / «Отказать». A plain form POST answered with 303, not a server action: the
 * browser must leave for the system's redirect_uri with a full navigation, as it would leave the
 * real ESIA (a client-side router would fetch the callback twice).
 */
export async function POST(request: Request): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(settings.baseUrl).origin)
    return new Response("Запрос с другого сайта отклонен", { status: 403 });

  const form = await request.formData();
  const requestId = String(form.get("request") ?? "");
  const db = await prisma();
  const signedIn = await sessionAccount(db, (await cookies()).get(SESSION_COOKIE)?.value);
  if (!signedIn) return Response.redirect(`${settings.baseUrl}/login?request=${encodeURIComponent(requestId)}`, 303);

  if (form.get("decision") !== "grant") {
    return Response.redirect((await refuseAuthorization(db, requestId)) ?? `${settings.baseUrl}/profile`, 303);
  }
  // «Войти как»: empty for a private person, an organisation's oid otherwise (checked in grantAuthorization).
  const org = String(form.get("org") ?? "");
  if (org && !/^[1-9][0-9]{0,9}$/.test(org)) return new Response("Неверный выбор организации", { status: 400 });
  try {
    const target = await grantAuthorization(db, {
      orgOid: org ? Number(org) : null,
      requestId,
      accountId: signedIn.account.id,
      sessionId: signedIn.session.id,
      authTime: signedIn.session.createdAt,
      authMethod: signedIn.session.authMethod,
      issuer: settings.issuer,
    });
    return Response.redirect(target, 303);
  } catch {
    return Response.redirect(`${settings.baseUrl}/consent?request=${encodeURIComponent(requestId)}`, 303);
  }
}
