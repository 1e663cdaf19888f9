import { authorizationResponse, formParams } from "../../../_lib/protocol-routes";

export const dynamic = "force-dynamic";

// The legacy authorization endpoint (research/esia.md §1.2, §2.2): `client_secret` is a detached
// CMS signature over scope+timestamp+client_id+state, no client_certificate_hash. Older clients
// send it as a query (GET) or, as ekapusta's bot does, as a posted form.

export async function GET(request: Request): Promise<Response> {
  return authorizationResponse(request, Object.fromEntries(new URL(request.url).searchParams), "legacy");
}

export async function POST(request: Request): Promise<Response> {
  return authorizationResponse(request, await formParams(request), "legacy");
}
