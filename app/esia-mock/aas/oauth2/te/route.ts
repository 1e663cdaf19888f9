import { tokenResponse } from "../../../_lib/protocol-routes";

export const dynamic = "force-dynamic";

/** POST /aas/oauth2/te — the legacy token endpoint: a fresh CMS signature over scope+timestamp+client_id+state. */
export async function POST(request: Request): Promise<Response> {
  return tokenResponse(request, "legacy");
}
