import type { NextAuthOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";

// One session mechanism for citizens and staff (docs/decisions/0023-one-session-mechanism.md):
// next-auth's session cookie, in two configurations. The cookie is next-auth's encrypted JWT
// (dir/A256GCM under a key derived from the configuration's secret) carrying only an opaque
// session id and whose it is; a server-side row makes the id valid (lib/auth/sessions.ts,
// lib/staff/sessions.ts), so signing out ends a session at once. The two configurations differ
// in cookie name, path, same-site rule, lifetime and secret: a cookie of one never decrypts
// under the other, and the audience claim refuses it even if it did.

export type SessionAudience = "citizen" | "staff";

export interface SessionCookieSettings {
  audience: SessionAudience;
  /** e.g. portal.session-token; the __Secure- prefix is added when the cookie is Secure. */
  name: string;
  path: "/" | "/staff";
  sameSite: "lax" | "strict";
  maxAgeSeconds: number;
  secret: string;
  secure: boolean;
  /**
   * Mixed into the key derivation. Empty for the citizens' cookie, whose sessions predate this
   * module (next-auth 4's default salt, so their cookies stay valid); the cookie's name otherwise.
   */
  salt: string;
}

/** A next-auth configuration: next-auth's own route reads the citizens' cookie through it. */
export interface SessionConfiguration extends NextAuthOptions {
  secret: string;
  session: { strategy: "jwt"; maxAge: number };
  cookies: { sessionToken: { name: string; options: SessionCookieOptions } };
  audience: SessionAudience;
  salt: string;
}

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax" | "strict";
  path: string;
  secure: boolean;
}

export function sessionConfiguration(settings: SessionCookieSettings): SessionConfiguration {
  const name = settings.secure ? `__Secure-${settings.name}` : settings.name;
  return {
    audience: settings.audience,
    salt: settings.salt,
    secret: settings.secret,
    session: { strategy: "jwt", maxAge: settings.maxAgeSeconds },
    providers: [],
    cookies: {
      sessionToken: {
        name,
        options: { httpOnly: true, sameSite: settings.sameSite, path: settings.path, secure: settings.secure },
      },
    },
    jwt: {
      encode: (params) => encode({ ...params, salt: settings.salt }),
      decode: (params) => decode({ ...params, salt: settings.salt }),
    },
  };
}

/** The cookie's value for a session id (and, for next-auth's session endpoint, whose it is). */
export async function sealSessionId(
  configuration: SessionConfiguration,
  sessionId: string,
  subject?: string,
): Promise<string> {
  return encode({
    token: { ...(subject ? { sub: subject } : {}), sid: sessionId, aud: configuration.audience },
    secret: configuration.secret,
    salt: configuration.salt,
    maxAge: configuration.session.maxAge,
  });
}

/**
 * The session id in a cookie value: only when it decrypts under this configuration's key, has
 * not expired and is meant for this audience. A citizens' cookie issued before the audience
 * claim carries none and is still a citizen's. Anything else (another configuration's cookie,
 * a forged or damaged value) is no session, never an error.
 */
export async function openSessionId(
  configuration: SessionConfiguration,
  value: string | null | undefined,
): Promise<string | null> {
  if (!value) return null;
  const claims = await decode({ token: value, secret: configuration.secret, salt: configuration.salt }).catch(
    () => null,
  );
  if (!claims || typeof claims.sid !== "string") return null;
  const audience = claims.aud ?? "citizen";
  return audience === configuration.audience ? claims.sid : null;
}
