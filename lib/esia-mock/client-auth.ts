import { createHash, verify, X509Certificate } from "node:crypto";
import { gostCertificateHash, gostVerify, isGostCertificate } from "../crypto/gost";

// How a system proves itself to ESIA: `client_secret` is a signature over a concatenation of the
// request's parameters, made with the key of the certificate registered on the technology portal,
// and `client_certificate_hash` names that certificate (research/esia.md §2). Real ESIA wants
// GOST R 34.10-2012 signatures and a GOST R 34.11-2012 hash, and so does the mock for a system
// registered with a GOST certificate. A system registered with an RSA certificate gets the mock's
// stand-in: RSA with SHA-256 for both (docs/esia-mock.md, "Differences").

export interface SignedParameters {
  client_id: string;
  scope: string;
  scope_org?: string;
  timestamp: string;
  state: string;
  redirect_uri: string;
  /** Only in the token request. */
  code?: string;
}

/** client_id + scope + scope_org + timestamp + state + redirect_uri (+ code), no separators. */
export function signedString(parameters: SignedParameters): string {
  return [
    parameters.client_id,
    parameters.scope,
    parameters.scope_org ?? "",
    parameters.timestamp,
    parameters.state,
    parameters.redirect_uri,
    parameters.code ?? "",
  ].join("");
}

/** Clients send base64url (unpadded or padded) or plain base64: accept all three. */
export function decodeClientSecret(secret: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret)) return null;
  const normalised = secret.replaceAll("-", "+").replaceAll("_", "/");
  const bytes = Buffer.from(normalised, "base64");
  return bytes.length >= 64 ? bytes : null;
}

/** A GOST certificate wants exactly the raw 64-byte GOST signature; anything else is refused. */
export async function verifyClientSecret(certificatePem: string, text: string, secret: string): Promise<boolean> {
  const signature = decodeClientSecret(secret);
  if (!signature) return false;
  if (isGostCertificate(certificatePem)) return gostVerify(certificatePem, Buffer.from(text, "utf8"), signature);
  try {
    const { publicKey } = new X509Certificate(certificatePem);
    return verify("sha256", Buffer.from(text, "utf8"), publicKey, signature);
  } catch {
    return false;
  }
}

/** Upper-case hex digest of the certificate's DER: Streebog-256 for GOST (as ESIA), SHA-256 for the RSA stand-in. */
export async function certificateHash(certificatePem: string): Promise<string> {
  if (isGostCertificate(certificatePem)) return gostCertificateHash(certificatePem);
  return createHash("sha256").update(new X509Certificate(certificatePem).raw).digest("hex").toUpperCase();
}

const TIMESTAMP = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** `yyyy.MM.dd HH:mm:ss Z`, e.g. `2026.11.23 10:15:00 +0300`. */
export function parseEsiaTimestamp(value: string): Date | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, sign, offsetHours, offsetMinutes] = match;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 * (sign === "+" ? 1 : -1);
  const date = new Date(local - offset);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatEsiaTimestamp(date: Date, offsetMinutes = 180): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const offset = Math.abs(offsetMinutes);
  return `${local.getUTCFullYear()}.${pad(local.getUTCMonth() + 1)}.${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`;
}

/** ESIA answers ESIA-007015 when the client's clock is off by more than a few minutes. */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;

export function timestampIsFresh(timestamp: Date, now: Date): boolean {
  return Math.abs(now.getTime() - timestamp.getTime()) <= TIMESTAMP_TOLERANCE_MS;
}

/** RFC 7636: S256 is the only method the mock accepts (real ESIA's values are not documented). */
export function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  return createHash("sha256").update(verifier).digest("base64url") === challenge;
}
