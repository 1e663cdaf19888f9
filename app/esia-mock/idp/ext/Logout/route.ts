import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { endSession } from "@/lib/esia-mock/accounts";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";
import { SESSION_COOKIE } from "../../../_lib/mock";

export const dynamic = "force-dynamic";

/** GET /idp/ext/Logout?client_id=…&redirect_url=… — ends the ESIA session, back to the system. */
export async function GET(request: Request): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const db = await prisma();
  const jar = await cookies();
  await endSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete({ name: SESSION_COOKIE, path: MOCK_PATH });

  const url = new URL(request.url);
  const clientId = url.searchParams.get("client_id");
  const back = url.searchParams.get("redirect_url");
  const client = clientId ? await db.esiaClient.findUnique({ where: { clientId } }) : null;
  // Back only to a site of the system that asked: an open redirect would be a phishing aid.
  const allowed = client && back && client.redirectUris.some((uri) => sameOrigin(uri, back));
  return Response.redirect(allowed ? back : `${settings.baseUrl}/login?loggedOut=1`, 302);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
