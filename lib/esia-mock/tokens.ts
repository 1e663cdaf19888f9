import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import { generateGostCertificate } from "../crypto/gost";
import { signGostJwt } from "../crypto/gost-jwt";
import type { GostSigningKey } from "./keys";
import { grantedScopeClaim } from "./scopes";
import { levelClaim, isTrusted, type Level } from "./levels";
import type { TokenDefect } from "./scenarios";

// Token shapes from decoded real ESIA tokens (research/esia.md §4.3): header ver/sbt, claims
// urn:esia:*, iss with http and a trailing slash, no nonce. Signed RS256 with the mock's key, or
// GOST3410_2012_256 for a system that chose GOST tokens (the technology portal's setting).

export const CODE_LIFETIME_SECONDS = 240;
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3_600;
export const ID_TOKEN_LIFETIME_SECONDS = 10_800;

export interface SigningKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" }, publicJwk };
}

export type TokenAlgorithm = "RS256" | "GOST3410_2012_256";
export const TOKEN_ALGORITHMS: readonly TokenAlgorithm[] = ["RS256", "GOST3410_2012_256"];

/** The key a system's tokens are signed with, by the algorithm it chose. */
export type TokenKey =
  { algorithm: "RS256"; key: SigningKey } | { algorithm: "GOST3410_2012_256"; key: GostSigningKey };

async function sign(
  key: SigningKey | TokenKey,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): Promise<string> {
  const tokenKey: TokenKey = "algorithm" in key ? key : { algorithm: "RS256", key };
  if (tokenKey.algorithm === "GOST3410_2012_256") {
    return signGostJwt(
      { pem: tokenKey.key.privateKeyPem },
      { typ: "JWT", ver: 1, kid: tokenKey.key.kid, ...header },
      claims,
    );
  }
  const privateKey = await importJWK(tokenKey.key.privateJwk, "RS256");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", typ: "JWT", ver: 1, kid: tokenKey.key.kid, ...header })
    .sign(privateKey);
}

/** A key the client has never seen, under the real key's kid: the signature cannot verify. */
async function impostorOf(key: TokenKey): Promise<TokenKey> {
  if (key.algorithm === "RS256")
    return { algorithm: "RS256", key: { ...(await generateSigningKey()), kid: key.key.kid } };
  const { privateKeyPem, certificatePem } = await generateGostCertificate("impostor");
  return { algorithm: "GOST3410_2012_256", key: { kid: key.key.kid, privateKeyPem, certificatePem } };
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export interface Subject {
  oid: number;
  level: Level;
}

export interface TokenContext {
  issuer: string;
  clientId: string;
  subject: Subject;
  scopes: string[];
  sessionId: string;
  authTime: Date;
  authMethod: string;
  /** Mock extra: generic OIDC clients want a string sub; real ESIA sends a number. */
  subjectFormat: "number" | "string";
  /** Mock extra: echoed into the id_token when the client sent one (ESIA stopped in 2022). */
  nonce?: string | null;
  /** The organisation the person entered for: its scopes read `org_*?org_oid=…`, and `urn:esia:org_oid` names it. */
  orgOid?: number | null;
  now: Date;
}

/** The authorization code is itself a JWT at ESIA (sbt=authorization_code); clients treat it as opaque. */
export async function signAuthorizationCode(
  key: SigningKey,
  context: TokenContext & { jti: string; state: string },
): Promise<string> {
  const iat = Math.floor(context.now.getTime() / 1000);
  return sign(
    key,
    { sbt: "authorization_code" },
    {
      nbf: iat,
      iat,
      exp: iat + CODE_LIFETIME_SECONDS,
      iss: context.issuer,
      jti: context.jti,
      client_id: context.clientId,
      "urn:esia:sbj_id": context.subject.oid,
      "urn:esia:sid": context.sessionId,
      "urn:esia:client:state": context.state,
      auth_mthd: context.authMethod,
    },
  );
}

export interface IssuedTokens {
  access_token: string;
  id_token?: string;
}

export async function signTokens(
  key: SigningKey | TokenKey,
  context: TokenContext,
  defect: TokenDefect | null,
): Promise<IssuedTokens> {
  const tokenKey: TokenKey = "algorithm" in key ? key : { algorithm: "RS256", key };
  let iat = Math.floor(context.now.getTime() / 1000);
  if (defect === "token_expired") iat -= ID_TOKEN_LIFETIME_SECONDS + 600;
  const issuer = defect === "token_wrong_issuer" ? "http://esia.example.invalid/" : context.issuer;
  const audience = defect === "token_wrong_audience" ? "OTHERSYSTEM" : context.clientId;
  const oid = context.subject.oid;
  const subject =
    defect === "token_missing_claims" ? {} : { sub: context.subjectFormat === "string" ? String(oid) : oid };

  const access: Record<string, unknown> = {
    nbf: iat,
    iat,
    exp: iat + ACCESS_TOKEN_LIFETIME_SECONDS,
    iss: issuer,
    client_id: audience,
    "urn:esia:sid": context.sessionId,
    scope: grantedScopeClaim(context.scopes, oid, context.orgOid ?? null),
    ...(defect === "token_missing_claims" ? {} : { "urn:esia:sbj_id": oid }),
    ...(context.orgOid ? { "urn:esia:org_oid": context.orgOid } : {}),
  };
  const id: Record<string, unknown> = {
    iss: issuer,
    aud: audience,
    ...subject,
    nbf: iat,
    iat,
    exp: iat + ID_TOKEN_LIFETIME_SECONDS,
    auth_time: Math.floor(context.authTime.getTime() / 1000),
    amr: context.authMethod,
    "urn:esia:amd": context.authMethod,
    "urn:esia:sid": context.sessionId,
    ...(context.nonce ? { nonce: defect === "token_wrong_nonce" ? randomUUID() : context.nonce } : {}),
    ...(defect === "token_missing_claims"
      ? {}
      : {
          "urn:esia:sbj": {
            "urn:esia:sbj:typ": "P",
            "urn:esia:sbj:lvl": levelClaim(context.subject.level),
            ...(isTrusted(context.subject.level) ? { "urn:esia:sbj:is_tru": true } : {}),
            "urn:esia:sbj:oid": oid,
            "urn:esia:sbj:nam": `OID.${oid}`,
          },
          ...(context.orgOid ? { "urn:esia:org_oid": context.orgOid } : {}),
        }),
  };
  const wantsIdToken = context.scopes.includes("openid");

  if (defect === "token_alg_none") {
    const unsigned = (sbt: string, claims: Record<string, unknown>) =>
      `${base64urlJson({ alg: "none", typ: "JWT", ver: 1, sbt })}.${base64urlJson(claims)}.`;
    return { access_token: unsigned("access", access), ...(wantsIdToken ? { id_token: unsigned("id", id) } : {}) };
  }
  const signingKey = defect === "token_bad_signature" ? await impostorOf(tokenKey) : tokenKey;
  const accessToken = await sign(signingKey, { sbt: "access" }, access);
  let idToken = wantsIdToken ? await sign(signingKey, { sbt: "id" }, id) : undefined;
  if (defect === "token_malformed" && idToken) idToken = `${idToken.split(".")[0]}.not-a-json-payload`;
  return { access_token: accessToken, ...(idToken ? { id_token: idToken } : {}) };
}
