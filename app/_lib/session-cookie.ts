import { cookies } from "next/headers";
import { openSessionId, sealSessionId, type SessionConfiguration } from "@/lib/auth/session-cookie";

// The request side of the one session mechanism (lib/auth/session-cookie.ts): the citizens'
// (app/_lib/auth.ts) and the staff's (app/staff/_lib/auth.ts) configurations go through it alike.

/** Server actions and route handlers only: the session id into this configuration's cookie. */
export async function issueSessionCookie(
  configuration: SessionConfiguration,
  sessionId: string,
  subject?: string,
): Promise<void> {
  const { name, options } = configuration.cookies.sessionToken;
  (await cookies()).set(name, await sealSessionId(configuration, sessionId, subject), {
    ...options,
    maxAge: configuration.session.maxAge,
  });
}

/** The session id in this request's cookie of the configuration, or null. */
export async function sessionIdFromCookie(configuration: SessionConfiguration): Promise<string | null> {
  return openSessionId(configuration, (await cookies()).get(configuration.cookies.sessionToken.name)?.value);
}

export async function dropSessionCookie(configuration: SessionConfiguration): Promise<void> {
  const { name, options } = configuration.cookies.sessionToken;
  (await cookies()).delete({ name, path: options.path });
}
