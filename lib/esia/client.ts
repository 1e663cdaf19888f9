import { createLocalJWKSet, createRemoteJWKSet, importX509, exportJWK, type JWTVerifyGetKey } from "jose";
import { readFileSync, statSync } from "node:fs";
import { isGostCertificate } from "../crypto/gost";
import { authorizationUrl, newFlowSecrets, tokenRequestBody, type EsiaEndpoints, type FlowSecrets } from "./protocol";
import { personFromEsia, type EsiaPerson } from "./person";
import type { ClientSigner } from "./signer";
import { EsiaTokenError, verifyEsiaTokens } from "./tokens";

// The portal's ESIA client: the same code for esia.gosuslugi.ru and the bundled mock. It reaches
// ESIA only over HTTP at baseUrl; the signer and the key source are the two things that differ.

export type EsiaFailure =
  "access_denied" | "esia_error" | "state_mismatch" | "token_request_failed" | "token_invalid" | "person_unavailable";

export class EsiaLoginError extends Error {
  constructor(
    readonly failure: EsiaFailure,
    readonly detail?: string,
  ) {
    super(`ESIA login failed: ${failure}${detail ? ` (${detail})` : ""}`);
    this.name = "EsiaLoginError";
  }
}

export interface EsiaClientSettings extends EsiaEndpoints {
  issuer: string;
  requireNonce: boolean;
  keys: JWTVerifyGetKey;
  gostCertificates?: () => Promise<readonly string[]>;
  signer: ClientSigner;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface StartedFlow extends FlowSecrets {
  url: string;
}

export interface EsiaLoginResult {
  person: EsiaPerson;
  levelClaim: string | null;
}

export interface EsiaKeys {
  /** RS256: the mock's JWKS, or the RSA certificates of the file. */
  keys: JWTVerifyGetKey;
  /** GOST3410_2012_256: the GOST certificates of the file. */
  gostCertificates: () => Promise<readonly string[]>;
}

const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** ESIA's certificates from esia.zip saved as one PEM file, split into RSA and GOST ones. */
async function certificatesFromFile(file: string): Promise<{ keys: JWTVerifyGetKey; gost: string[] }> {
  const pems = readFileSync(file, "utf8").match(CERTIFICATE) ?? [];
  const gost = pems.filter(isGostCertificate);
  const rsa = pems.filter((pem) => !gost.includes(pem));
  const keys = await Promise.all(
    rsa.map(async (pem) => ({ ...(await exportJWK(await importX509(pem, "RS256"))), alg: "RS256" })),
  );
  return { keys: createLocalJWKSet({ keys }), gost };
}

/**
 * ESIA's keys: the mock's JWKS, or ESIA's certificates file. The file is read again when it
 * changes: ESIA replaces its certificates about yearly, the operator replaces the file, no restart.
 */
export async function esiaKeys(source: { jwksUrl?: string; certificatesFile?: string }): Promise<EsiaKeys> {
  const file = source.certificatesFile;
  if (file) {
    let loaded = { changed: statSync(file).mtimeMs, ...(await certificatesFromFile(file)) };
    const current = async () => {
      const changed = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (changed !== undefined && changed !== loaded.changed)
        loaded = { changed, ...(await certificatesFromFile(file)) };
      return loaded;
    };
    return {
      keys: async (header, token) => (await current()).keys(header, token),
      gostCertificates: async () => (await current()).gost,
    };
  }
  if (source.jwksUrl)
    return {
      keys: createRemoteJWKSet(new URL(source.jwksUrl), { cooldownDuration: 30_000 }),
      gostCertificates: async () => [],
    };
  throw new Error("ESIA keys: set ESIA_JWKS_URL or ESIA_CERTIFICATES_FILE");
}

export class EsiaClient {
  constructor(private readonly settings: EsiaClientSettings) {}

  async start(now = new Date()): Promise<StartedFlow> {
    const secrets = newFlowSecrets();
    return { ...secrets, url: await authorizationUrl(this.settings, this.settings.signer, secrets, now) };
  }

  /** The callback: check state, exchange the code, verify the tokens, read the person. */
  async complete(callback: URLSearchParams, flow: FlowSecrets): Promise<EsiaLoginResult> {
    if (callback.get("state") !== flow.state) throw new EsiaLoginError("state_mismatch");
    const error = callback.get("error");
    if (error) {
      const description = callback.get("error_description") ?? "";
      throw new EsiaLoginError(
        /ESIA-007004/.test(description) ? "access_denied" : "esia_error",
        description.slice(0, 200),
      );
    }
    const code = callback.get("code");
    if (!code) throw new EsiaLoginError("esia_error", "no code");

    const tokens = await this.exchange(code, flow.codeVerifier);
    let identity;
    try {
      identity = await verifyEsiaTokens(tokens, {
        keys: this.settings.keys,
        ...(this.settings.gostCertificates ? { gostCertificates: this.settings.gostCertificates } : {}),
        issuer: this.settings.issuer,
        clientId: this.settings.clientId,
        nonce: flow.nonce,
        requireNonce: this.settings.requireNonce,
      });
    } catch (failure) {
      if (failure instanceof EsiaTokenError)
        throw new EsiaLoginError("token_invalid", `${failure.token}: ${failure.problem}`);
      throw failure;
    }
    const root = await this.get(
      `/rs/prns/${identity.oid}?embed=(contacts.elements,documents.elements,addresses.elements)`,
      tokens.access_token,
    );
    const kids = identity.scopes.some((scope) => scope.startsWith("kid_"))
      ? await this.get(`/rs/prns/${identity.oid}/kids?embed=(elements)`, tokens.access_token, true)
      : null;
    return { person: personFromEsia(identity.oid, root, kids), levelClaim: identity.levelClaim };
  }

  /** The person's ESIA session ends too: the browser goes here after the portal's own logout. */
  logoutUrl(returnTo: string): string {
    return `${this.settings.baseUrl}/idp/ext/Logout?${new URLSearchParams({ client_id: this.settings.clientId, redirect_url: returnTo })}`;
  }

  private async exchange(code: string, verifier: string): Promise<{ id_token?: string; access_token: string }> {
    const { body, state } = await tokenRequestBody(this.settings, this.settings.signer, code, verifier);
    let response: Response;
    try {
      response = await this.request(`${this.settings.baseUrl}/aas/oauth2/v3/te`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body,
      });
    } catch (failure) {
      throw new EsiaLoginError("token_request_failed", (failure as Error).name);
    }
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!response.ok || !json)
      throw new EsiaLoginError(
        "token_request_failed",
        `HTTP ${response.status} ${typeof json?.error_description === "string" ? json.error_description : ""}`.trim(),
      );
    // ESIA echoes the token request's own state: anything else is not our response.
    if (json.state !== state) throw new EsiaLoginError("token_invalid", "state of the token response");
    if (typeof json.access_token !== "string") throw new EsiaLoginError("token_invalid", "no access_token");
    return {
      access_token: json.access_token,
      ...(typeof json.id_token === "string" ? { id_token: json.id_token } : {}),
    };
  }

  private async get(path: string, accessToken: string, optional = false): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await this.request(`${this.settings.baseUrl}${path}`, {
        headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json" },
      });
    } catch (failure) {
      throw new EsiaLoginError("person_unavailable", (failure as Error).name);
    }
    if (optional && response.status === 403) return {};
    if (!response.ok) throw new EsiaLoginError("person_unavailable", `HTTP ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  }

  private request(url: string, init: RequestInit): Promise<Response> {
    const fetcher = this.settings.fetch ?? fetch;
    return fetcher(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(this.settings.timeoutMs ?? 8_000) });
  }
}
