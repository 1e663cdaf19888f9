import { decodeProtectedHeader, errors, jwtVerify, UnsecuredJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { GostUnavailableError, gostVerify } from "../crypto/gost";

// Checks on ESIA's tokens, as the MR's appendix В.6.4 lists them and research/esia.md §4.4 quotes:
// the signature against ESIA's keys, iss, aud (id token) or client_id (access token), nbf/exp with
// 60 s of leeway; then the oid. RS256 and GOST3410_2012_256 are accepted (which one ESIA uses is a
// setting of the system on the technology portal); alg "none" and anything else never.

export type EsiaTokenProblem =
  | "malformed"
  | "algorithm"
  | "signature"
  | "issuer"
  | "audience"
  | "expired"
  | "not_yet_valid"
  | "nonce"
  | "subject"
  | "token_type"
  /** The GOST engine is missing on this server: an operator's problem, not ESIA's (docs/esia-real.md §1). */
  | "verifier_unavailable";

export class EsiaTokenError extends Error {
  constructor(
    readonly problem: EsiaTokenProblem,
    readonly token: "id_token" | "access_token",
  ) {
    super(`ESIA ${token} refused: ${problem}`);
    this.name = "EsiaTokenError";
  }
}

export interface TokenExpectations {
  /** ESIA's RS256 keys. */
  keys: JWTVerifyGetKey;
  /** ESIA's GOST R 34.10-2012 certificates (PEM), for GOST3410_2012_256 tokens. */
  gostCertificates?: () => Promise<readonly string[]>;
  issuer: string;
  clientId: string;
  /** The nonce sent with the authorization request. */
  nonce: string;
  /** The real ESIA no longer echoes nonce; the mock does. */
  requireNonce: boolean;
  now?: Date;
}

export const GOST_ALGORITHM = "GOST3410_2012_256";
const LEEWAY_SECONDS = 60;

function problemOf(error: unknown): EsiaTokenProblem {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "issuer";
    if (error.claim === "aud") return "audience";
    if (error.claim === "nbf" || error.claim === "iat") return "not_yet_valid";
    return "malformed";
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return "algorithm";
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return "signature";
  return "malformed";
}

/** A GOST3410_2012_256 JWS: the raw 64-byte signature over "header.payload" by one of ESIA's certificates. */
async function gostSignatureMatches(token: string, certificates: readonly string[]): Promise<boolean> {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature || !/^[A-Za-z0-9_-]+$/.test(signature)) return false;
  const signed = Buffer.from(`${header}.${payload}`, "ascii");
  const bytes = Buffer.from(signature, "base64url");
  for (const certificate of certificates) if (await gostVerify(certificate, signed, bytes)) return true;
  return false;
}

async function verify(
  token: string,
  which: "id_token" | "access_token",
  expectations: TokenExpectations,
  audience?: string,
): Promise<{ payload: JWTPayload; sbt: unknown }> {
  const claims = {
    issuer: expectations.issuer,
    ...(audience ? { audience } : {}),
    clockTolerance: LEEWAY_SECONDS,
    ...(expectations.now ? { currentDate: expectations.now } : {}),
    requiredClaims: ["exp"],
  };
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg === GOST_ALGORITHM) {
      if (!(await gostSignatureMatches(token, (await expectations.gostCertificates?.()) ?? [])))
        throw new EsiaTokenError("signature", which);
      // The signature is checked; jose then checks the claims exactly as for RS256.
      const unsecured = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${token.split(".")[1]}.`;
      return { payload: UnsecuredJWT.decode(unsecured, claims).payload, sbt: header.sbt };
    }
    const { payload, protectedHeader } = await jwtVerify(token, expectations.keys, {
      algorithms: ["RS256"],
      ...claims,
    });
    return { payload, sbt: protectedHeader.sbt };
  } catch (error) {
    if (error instanceof EsiaTokenError) throw error;
    if (error instanceof GostUnavailableError) throw new EsiaTokenError("verifier_unavailable", which);
    throw new EsiaTokenError(problemOf(error), which);
  }
}

function oidOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === "string" && /^\d{1,20}$/.test(value)) return value;
  return null;
}

export interface VerifiedIdentity {
  oid: string;
  /** From urn:esia:sbj: PR = confirmed (is_tru), P = simplified or standard. */
  levelClaim: string | null;
  trustedClaim: boolean;
  authTime: Date | null;
  scopes: string[];
}

export async function verifyEsiaTokens(
  tokens: { id_token?: string; access_token: string },
  expectations: TokenExpectations,
): Promise<VerifiedIdentity> {
  if (!tokens.id_token) throw new EsiaTokenError("malformed", "id_token");
  const id = await verify(tokens.id_token, "id_token", expectations, expectations.clientId);
  if (id.sbt !== undefined && id.sbt !== "id") throw new EsiaTokenError("token_type", "id_token");
  if (id.payload.nonce !== undefined || expectations.requireNonce) {
    if (id.payload.nonce !== expectations.nonce) throw new EsiaTokenError("nonce", "id_token");
  }
  const oid = oidOf(id.payload.sub);
  if (!oid) throw new EsiaTokenError("subject", "id_token");

  const access = await verify(tokens.access_token, "access_token", expectations);
  if (access.sbt !== undefined && access.sbt !== "access") throw new EsiaTokenError("token_type", "access_token");
  if (access.payload.client_id !== expectations.clientId) throw new EsiaTokenError("audience", "access_token");
  if (oidOf(access.payload["urn:esia:sbj_id"]) !== oid) throw new EsiaTokenError("subject", "access_token");

  const subject = (id.payload["urn:esia:sbj"] ?? {}) as Record<string, unknown>;
  return {
    oid,
    levelClaim: typeof subject["urn:esia:sbj:lvl"] === "string" ? (subject["urn:esia:sbj:lvl"] as string) : null,
    trustedClaim: subject["urn:esia:sbj:is_tru"] === true,
    authTime: typeof id.payload.auth_time === "number" ? new Date(id.payload.auth_time * 1000) : null,
    scopes: String(access.payload.scope ?? "")
      .split(" ")
      .filter(Boolean)
      .map((scope) => scope.split("?")[0]!),
  };
}
