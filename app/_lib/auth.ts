import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionConfiguration, type SessionConfiguration } from "@/lib/auth/session-cookie";
import { activeSessionUser, createSession, endSession, SESSION_LIFETIME_SECONDS } from "@/lib/auth/sessions";
import { languageOf, saveLanguage } from "@/lib/cabinet/language";
import { config, secureCookies } from "@/lib/config";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";
import { prisma } from "@/lib/db/runtime";
import { requestMeta } from "./request-meta";
import { knownDeviceUsers, withKnownUser } from "@/lib/security/known-device";
import { safeReturnAddress } from "@/lib/security/return-address";
import { derivedSecret } from "@/lib/security/secrets";
import { dropSessionCookie, issueSessionCookie, sessionIdFromCookie } from "./session-cookie";

// Citizens' sessions: the citizens' configuration of the one session mechanism
// (lib/auth/session-cookie.ts, docs/decisions/0023-one-session-mechanism.md): next-auth's JWT
// session cookie carries an opaque session id; the user_session row makes it valid, so logout and
// "end my other sessions" take effect at once. Logins happen in our server actions (they must
// work without JavaScript and keep what was typed), which issue the cookie with next-auth's encoder.

const secure = () => secureCookies();

/** next-auth's configuration for citizens; its own route (/api/auth: csrf, session) reads the same cookie. */
export function authOptions(): SessionConfiguration {
  const configuration = sessionConfiguration({
    audience: "citizen",
    name: "portal.session-token",
    path: "/",
    sameSite: "lax",
    maxAgeSeconds: SESSION_LIFETIME_SECONDS,
    secret: config().AUTH_SECRET ?? devSecret(),
    secure: secure(),
    salt: "",
  });
  return {
    ...configuration,
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
  await issueSessionCookie(authOptions(), sid, String(userId));
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
function currentSessionId(): Promise<string | null> {
  return sessionIdFromCookie(authOptions());
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
  await dropSessionCookie(authOptions());
}

/** Only clean paths of the portal (lib/security/return-address.ts): an open redirect would help phishing. */
export function safeReturnTo(value: unknown, fallback = "/cabinet"): string {
  return safeReturnAddress(value, { appUrl: config().APP_URL, fallback });
}
