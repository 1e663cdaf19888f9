import { authorizationResponse } from "../../../../_lib/protocol-routes";

export const dynamic = "force-dynamic";

/** GET /aas/oauth2/v2/ac — the authorization request; on to login (or straight to consent). */
export async function GET(request: Request): Promise<Response> {
  return authorizationResponse(request, Object.fromEntries(new URL(request.url).searchParams), "v2");
}
