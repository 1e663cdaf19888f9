import { createHash, randomBytes } from "node:crypto";

// What citizens' and staff sessions share on the server: the browser holds a random token (256
// bits, inside next-auth's encrypted cookie); the row's id is its SHA-256, so a database leak
// gives no usable cookie.

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionRowId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
