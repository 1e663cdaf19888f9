import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { ClientSigner } from "./signer";

// Building ESIA requests (research/esia.md §2–4). Written independently of the mock's checker on
// purpose: the contract tests then catch a wrong concatenation on either side.

export interface EsiaEndpoints {
  baseUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
}

/** Where ESIA sends the browser back to the portal after login (registered with the provider as is). */
export function esiaRedirectUri(appUrl: string): string {
  return `${appUrl.replace(/\/$/, "")}/esia/callback`;
}

/** `yyyy.MM.dd HH:mm:ss Z` in Moscow time, e.g. `2026.11.23 10:15:00 +0300`. */
export function esiaTimestamp(date: Date): string {
  const moscow = new Date(date.getTime() + 3 * 3_600_000);
  const two = (value: number) => String(value).padStart(2, "0");
  return (
    `${moscow.getUTCFullYear()}.${two(moscow.getUTCMonth() + 1)}.${two(moscow.getUTCDate())} ` +
    `${two(moscow.getUTCHours())}:${two(moscow.getUTCMinutes())}:${two(moscow.getUTCSeconds())} +0300`
  );
}

/** What is signed: client_id + scope + scope_org + timestamp + state + redirect_uri (+ code). */
export function textToSign(parts: {
  clientId: string;
  scope: string;
  timestamp: string;
  state: string;
  redirectUri: string;
  code?: string;
}): string {
  return `${parts.clientId}${parts.scope}${parts.timestamp}${parts.state}${parts.redirectUri}${parts.code ?? ""}`;
}

export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function newFlowSecrets(): FlowSecrets {
  return {
    state: randomUUID(),
    nonce: randomBytes(16).toString("base64url"),
    codeVerifier: randomBytes(32).toString("base64url"),
  };
}

export function codeChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export async function authorizationUrl(
  endpoints: EsiaEndpoints,
  signer: ClientSigner,
  secrets: FlowSecrets,
  now = new Date(),
): Promise<string> {
  const timestamp = esiaTimestamp(now);
  const clientSecret = await signer.sign(
    textToSign({
      clientId: endpoints.clientId,
      scope: endpoints.scope,
      timestamp,
      state: secrets.state,
      redirectUri: endpoints.redirectUri,
    }),
  );
  const query = new URLSearchParams({
    client_id: endpoints.clientId,
    client_secret: clientSecret,
    client_certificate_hash: signer.certificateHash,
    redirect_uri: endpoints.redirectUri,
    scope: endpoints.scope,
    response_type: "code",
    state: secrets.state,
    timestamp,
    access_type: "online",
    nonce: secrets.nonce,
    code_challenge: codeChallenge(secrets.codeVerifier),
    code_challenge_method: "S256",
  });
  return `${endpoints.baseUrl}/aas/oauth2/v2/ac?${query}`;
}

/** The v3/te body: a fresh state and timestamp, signed again with the code appended. */
export async function tokenRequestBody(
  endpoints: EsiaEndpoints,
  signer: ClientSigner,
  code: string,
  codeVerifier: string,
  now = new Date(),
): Promise<{ body: URLSearchParams; state: string }> {
  const state = randomUUID();
  const timestamp = esiaTimestamp(now);
  const clientSecret = await signer.sign(
    textToSign({
      clientId: endpoints.clientId,
      scope: endpoints.scope,
      timestamp,
      state,
      redirectUri: endpoints.redirectUri,
      code,
    }),
  );
  const body = new URLSearchParams({
    client_id: endpoints.clientId,
    code,
    grant_type: "authorization_code",
    client_secret: clientSecret,
    client_certificate_hash: signer.certificateHash,
    state,
    redirect_uri: endpoints.redirectUri,
    scope: endpoints.scope,
    timestamp,
    token_type: "Bearer",
    code_verifier: codeVerifier,
  });
  return { body, state };
}
