import { createHmac, randomBytes } from "node:crypto";
import { config } from "../config";

// Keys for HMACs (one-time codes, tokens at rest) derived from AUTH_SECRET, one per purpose.
// Without AUTH_SECRET (development only: production refuses to start) a per-process key is used.
const fallback = randomBytes(32);

export function derivedSecret(purpose: string): Buffer {
  const root = config().AUTH_SECRET ?? fallback;
  return createHmac("sha256", root).update(purpose).digest();
}
