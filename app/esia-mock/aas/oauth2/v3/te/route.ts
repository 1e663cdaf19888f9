import { tokenResponse } from "../../../../_lib/protocol-routes";

export const dynamic = "force-dynamic";

/** POST /aas/oauth2/v3/te — form-encoded only: ESIA answers a JSON body with ESIA-007014. */
export async function POST(request: Request): Promise<Response> {
  return tokenResponse(request, "v2");
}
