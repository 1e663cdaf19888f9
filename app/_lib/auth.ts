import type { NextAuthOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { activeSessionUser, createSession, endSession, SESSION_LIFETIME_SECONDS } from "@/lib/auth/sessions";
import { languageOf, saveLanguage } from "@/lib/cabinet/language";
import { config, secureCookies } from "@/lib/config";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";
import { prisma } from "@/lib/db/runtime";
import { requestMeta } from "./request-meta";
import { knownDeviceUsers, withKnownUser } from "@/lib/security/known-device";
import { safeReturnAddress } from "@/lib/security/return-address";
import { derivedSecret } from "@/lib/security/secrets";

// Sessions through next-auth (docs/decisions/0005-sessions.md): its JWT session cookie and
// its token reader carry an opaque session id; the user_session row makes it valid, so logout and
// "end my other sessions" take effect at once. Logins happen in our server actions (they must
// work without JavaScript and keep what was typed), which issue the cookie with next-auth's encoder.

const secure = () => secureCookies();
const COOKIE = () => (secure() ? "__Secure-portal.session-token" : "portal.session-token");

export function authOptions(): NextAuthOptions {
  return {
    secret: config().AUTH_SECRET ?? devSecret(),
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
    providers: [],
    cookies: {
      sessionToken: { name: COOKIE(), options: { httpOnly: true, sameSite: "lax", path: "/", secure: secure() } },
    },
    callbacks: {
      session: ({ session, token }) => ({ ...session, sid: typeof token.sid === "string" ? token.sid : null }),
    },
    pages: { signIn: "/login" },
  };
}

// Development without AUTH_SECRET (production refuses to start without one): one per process.
let fallbackSecret: string | undefined;
function devSecret(): string {
  fallbackSecret ??= crypto.randomUUID() + crypto.randomUUID();
  return fallbackSecret;
}

export { requestMeta } from "./request-meta";

const KNOWN_DEVICE_COOKIE = "portal.known-device";
const knownDeviceKey = () => derivedSecret("portal:known-device");

/** Accounts signed in on this browser before: their soft lock lets them in (lib/cabinet/accounts.ts). */
export async function knownDeviceUserIds(): Promise<number[]> {
  return knownDeviceUsers((await cookies()).get(KNOWN_DEVICE_COOKIE)?.value, knownDeviceKey());
}

export async function signInUser(userId: number): Promise<void> {
  const jar = await cookies();
  jar.set(KNOWN_DEVICE_COOKIE, withKnownUser(jar.get(KNOWN_DEVICE_COOKIE)?.value, userId, knownDeviceKey()), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    maxAge: 365 * 86_400,
  });
  const db = await prisma();
  const meta = await requestMeta();
  const sid = await createSession(db, userId, meta);
  const options = authOptions();
  const token = await encode({
    token: { sub: String(userId), sid },
    secret: options.secret!,
    maxAge: SESSION_LIFETIME_SECONDS,
  });
  (await cookies()).set(COOKIE(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    maxAge: SESSION_LIFETIME_SECONDS,
  });
  // The language: one chosen in this browser before signing in becomes the person's (notices
  // follow it); otherwise the person's stored choice comes to this browser.
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) await saveLanguage(db, userId, chosen);
  else
    jar.set(LOCALE_COOKIE, await languageOf(db, userId), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secure(),
      maxAge: LOCALE_COOKIE_MAX_AGE,
    });
}

/**
 * The session id in this request's cookie, if the cookie decrypts with our secret and has not
 * expired. next-auth's own token reader, called directly: getServerSession ran next-auth's whole
 * request handler (an internal request, its callbacks, a token re-encoded for a cookie that server
 * components cannot set) on every signed-in page for the same answer.
 */
async function currentSessionId(): Promise<string | null> {
  const token = (await cookies()).get(COOKIE())?.value;
  if (!token) return null;
  const claims = await decode({ token, secret: authOptions().secret! }).catch(() => null);
  return typeof claims?.sid === "string" ? claims.sid : null;
}

/**
 * The signed-in user of this request. The header, the layout and the page all ask; React's
 * `cache` makes that one cookie decryption and one session query per request (never shared
 * between requests), and the session row is still read on every request, so a logged-out
 * session stops working at once.
 */
export const currentUser = cache(async () => {
  const sid = await currentSessionId();
  if (!sid) return null;
  const user = await activeSessionUser(await prisma(), sid);
  return user ? { user, sessionId: sid } : null;
});

/** Pages of the cabinet: the user, or off to the login window (and back here afterwards). */
export async function requireUser(returnTo: string) {
  const found = await currentUser();
  if (!found) redirect(`/login?returnTo=${encodeURIComponent(returnTo)}`);
  return found;
}

export async function signOutUser(): Promise<void> {
  await endSession(await prisma(), await currentSessionId());
  (await cookies()).delete({ name: COOKIE(), path: "/" });
}

/** Only clean paths of the portal (lib/security/return-address.ts): an open redirect would help phishing. */
export function safeReturnTo(value: unknown, fallback = "/cabinet"): string {
  return safeReturnAddress(value, { appUrl: config().APP_URL, fallback });
}
