import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

// One-time codes (SMS, e-mail, registered mail): random digits, stored only as an HMAC so a
// database leak does not reveal a live code.

export function generateCode(length = 6): string {
  return Array.from({ length }, () => randomInt(0, 10)).join("");
}

export function hashCode(code: string, secret: string | Buffer): string {
  return createHmac("sha256", secret).update(code.trim()).digest("hex");
}

export function codeMatches(code: string, codeHash: string, secret: string | Buffer): boolean {
  const candidate = Buffer.from(hashCode(code, secret), "hex");
  const expected = Buffer.from(codeHash, "hex");
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}
