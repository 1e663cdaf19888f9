import { createHmac, timingSafeEqual } from "node:crypto";

// A browser where a person has signed in before carries a signed list of their account ids (the
// «known device» cookie, OWASP's device cookies against online guessing). A soft-locked account
// (ASVS V2.2.1) still lets its owner in from such a browser, while guesses from anywhere else stay
// refused. The value is signed, not secret: it names account ids, nothing else.

const MAX_ACCOUNTS = 5;
const ENTRY = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

const signature = (userId: number, key: Buffer) =>
  createHmac("sha256", key).update(`known-device:${userId}`).digest("base64url");

/** The account ids this cookie value vouches for; a forged or damaged entry vouches for nobody. */
export function knownDeviceUsers(value: string | null | undefined, key: Buffer): number[] {
  if (!value || value.length > 400) return [];
  return value.split("~").flatMap((entry) => {
    const match = ENTRY.exec(entry);
    if (!match) return [];
    const userId = Number(match[1]);
    const expected = Buffer.from(signature(userId, key));
    const given = Buffer.from(match[2]!);
    return given.length === expected.length && timingSafeEqual(given, expected) ? [userId] : [];
  });
}

/** The cookie's new value after a sign-in: this account first, at most five accounts. */
export function withKnownUser(value: string | null | undefined, userId: number, key: Buffer): string {
  const ids = [userId, ...knownDeviceUsers(value, key).filter((id) => id !== userId)].slice(0, MAX_ACCOUNTS);
  return ids.map((id) => `${id}.${signature(id, key)}`).join("~");
}
