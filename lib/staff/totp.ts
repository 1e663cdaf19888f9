import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";
import { derivedSecret } from "../security/secrets";

// The staff second factor: TOTP (RFC 6238; SHA-1, 6 digits, 30-second steps, as every
// authenticator app reads them) through otplib. A code is accepted within one step either side
// of the server's clock and only once: the accepted step is kept (Staff.totpLastStep) and any
// code of that step or an earlier one is refused. Secrets are stored sealed with AES-256-GCM.

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ISSUER = "Портал услуг РТ — сотрудники";

/** 160 random bits, base32 (RFC 4648, no padding): 32 characters. */
export function generateTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The current 6-digit code of a base32 secret; tests and demo tooling compute codes with it. */
export function totpCode(secretBase32: string, at: Date = new Date()): string {
  return generateSync({
    secret: secretBase32,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
  });
}

/** The RFC 6238 time step (counter) of a moment. */
export function totpStep(at: Date = new Date()): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** otpauth://totp/… for the authenticator app (Key Uri Format). */
export function totpUri(login: string, secretBase32: string): string {
  return generateURI({
    issuer: TOTP_ISSUER,
    label: login,
    secret: secretBase32,
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
  });
}

/** «ABCD EFGH …»: easier to type into an app by hand. */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

/** What a person typed, without spaces; null unless exactly six digits. */
export function normalizeTotpInput(input: string): string | null {
  const code = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "format" | "wrong" | "replayed" };

/**
 * Checks a code against the secret at `at`, ±1 step. A code of a step at or before `lastStep`
 * (the last one accepted) is "replayed". The caller must still claim the step atomically.
 */
export function checkTotp(
  secretBase32: string,
  input: string,
  lastStep: number | null,
  at: Date = new Date(),
): TotpCheck {
  const token = normalizeTotpInput(input);
  if (!token) return { ok: false, reason: "format" };
  const result = verifySync({
    secret: secretBase32,
    token,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    epochTolerance: TOTP_PERIOD_SECONDS,
  });
  if (!result.valid) return { ok: false, reason: "wrong" };
  // verifySync's result type covers HOTP too; a TOTP match always carries its time step.
  if (!("timeStep" in result)) throw new Error("otplib returned no time step for a TOTP match");
  if (lastStep !== null && result.timeStep <= lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step: result.timeStep };
}

// --- secrets at rest -------------------------------------------------------------------------------

const VERSION = "v1";

/** The sealing key: 32 bytes derived from AUTH_SECRET for this purpose only. */
export function totpSecretKey(): Buffer {
  return derivedSecret("portal:staff-totp-secret");
}

/**
 * AES-256-GCM with a fresh 96-bit nonce; the staff id is authenticated data, so a sealed secret
 * copied onto another account's row does not open. Format: v1.<nonce>.<tag>.<ciphertext>.
 */
export function sealTotpSecret(secretBase32: string, staffId: number, key: Buffer = totpSecretKey()): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(`staff:${staffId}`));
  const ciphertext = Buffer.concat([cipher.update(secretBase32, "utf8"), cipher.final()]);
  return [
    VERSION,
    nonce.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(".");
}

/** The secret, or null when the value was not sealed for this account with this key. */
export function openTotpSecret(
  sealed: string | null | undefined,
  staffId: number,
  key: Buffer = totpSecretKey(),
): string | null {
  const parts = sealed?.split(".");
  if (!parts || parts.length !== 4 || parts[0] !== VERSION) return null;
  try {
    // A fixed 16-byte tag: GCM would otherwise accept a truncated (forgeable) one.
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(parts[1]!, "base64url"), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(`staff:${staffId}`));
    decipher.setAuthTag(Buffer.from(parts[2]!, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(parts[3]!, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
