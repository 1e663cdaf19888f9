import { notFound } from "next/navigation";
import { ORG_SCOPES } from "@/lib/esia-mock/organizations";
import { PERSON_SCOPES } from "@/lib/esia-mock/scopes";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** Mock extra: real ESIA publishes no discovery document (docs/esia-mock.md). */
export function GET(): Response {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  return Response.json({
    issuer: settings.issuer,
    authorization_endpoint: `${settings.baseUrl}/aas/oauth2/v2/ac`,
    token_endpoint: `${settings.baseUrl}/aas/oauth2/v3/te`,
    jwks_uri: `${settings.baseUrl}/jwks`,
    end_session_endpoint: `${settings.baseUrl}/idp/ext/Logout`,
    response_types_supported: ["code"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    code_challenge_methods_supported: ["S256"],
    // Organisation scopes are asked for in `scope_org` (docs/esia-mock.md, «Организации»).
    scopes_supported: [...Object.keys(PERSON_SCOPES), ...Object.keys(ORG_SCOPES)],
    token_endpoint_auth_methods_supported: ["client_secret_post"],
  });
}
