import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { audit } from "@/lib/audit/audit";
import { config, secureCookies } from "@/lib/config";
import { prisma } from "@/lib/db/runtime";
import { requestMeta } from "@/app/_lib/request-meta";
import { dropSessionCookie, issueSessionCookie, sessionIdFromCookie } from "@/app/_lib/session-cookie";
import { sessionConfiguration, type SessionConfiguration } from "@/lib/auth/session-cookie";
import { safeReturnAddress } from "@/lib/security/return-address";
import { derivedSecret } from "@/lib/security/secrets";
import {
  activeStaffSession,
  endStaffSession,
  pendingStaffSession,
  STAFF_SESSION_MAX_SECONDS,
  type SignedInStaff as StaffOfSession,
} from "@/lib/staff/sessions";

// Staff sessions are the staff's configuration of the one session mechanism
// (lib/auth/session-cookie.ts, docs/decisions/0023-one-session-mechanism.md), kept apart from
// citizens' (app/_lib/auth.ts): their own cookie, their own table (staff_session), their own key
// and audience, so a citizen's session cookie can never authorize a staff page and a staff cookie
// is never read by the citizens' side. It is sent only to /staff, is strict same-site and lasts
// at most 8 hours; the idle limit and the second factor are kept on the server.

export interface SignedInStaff {
  id: number;
  login: string;
  fullName: string;
  role: "caseworker" | "supervisor" | "administrator" | "ministry";
  territoryId: number | null;
  territoryName: string | null;
}

export type StaffRole = SignedInStaff["role"];

/** next-auth's session cookie in the staff's configuration; no next-auth route serves it. */
export function staffSessionConfiguration(): SessionConfiguration {
  return sessionConfiguration({
    audience: "staff",
    name: "portal.staff-session",
    path: "/staff",
    sameSite: "strict",
    maxAgeSeconds: STAFF_SESSION_MAX_SECONDS,
    secret: derivedSecret("portal:staff-session-cookie").toString("base64url"),
    secure: secureCookies(),
    salt: "portal.staff-session",
  });
}

/** The session token from this request's staff cookie, if it opens under the staff's configuration. */
export async function staffSessionToken(): Promise<string | null> {
  return sessionIdFromCookie(staffSessionConfiguration());
}

/** Server actions only: puts a (pending or full) staff session token into the cookie. */
export async function setStaffSessionCookie(token: string): Promise<void> {
  await issueSessionCookie(staffSessionConfiguration(), token);
}

export async function clearStaffSessionCookie(): Promise<void> {
  await dropSessionCookie(staffSessionConfiguration());
}

/**
 * Only fully signed-in (second factor done), active staff. Once per request (React `cache`): the
 * layout and the page share one session read; the row is still read on every request, so a
 * session ended or an account deactivated stops at once.
 */
export const currentStaff = cache(async (): Promise<{ staff: SignedInStaff; sessionId: string } | null> => {
  const token = await staffSessionToken();
  if (!token) return null;
  const staff: StaffOfSession | null = await activeStaffSession(await prisma(), token);
  return staff ? { staff, sessionId: token } : null;
});

/** The staff member whose password was accepted and whose second factor is still due. */
export async function pendingStaff() {
  const token = await staffSessionToken();
  const staff = await pendingStaffSession(await prisma(), token);
  return staff && token ? { staff, token } : null;
}

export async function requireStaff(returnTo: string): Promise<{ staff: SignedInStaff; sessionId: string }> {
  const found = await currentStaff();
  if (!found) redirect(`/staff/login?returnTo=${encodeURIComponent(safeStaffReturnTo(returnTo))}`);
  return found;
}

/**
 * Pages and actions for some roles only. Anyone else signed in gets 404 (the page does not exist
 * for them, as for a missing record) and the refusal goes to the audit log.
 */
export async function requireStaffRole(
  returnTo: string,
  roles: readonly StaffRole[],
): Promise<{ staff: SignedInStaff; sessionId: string }> {
  const found = await requireStaff(returnTo);
  if (!roles.includes(found.staff.role)) {
    await audit(await prisma(), {
      actor: { type: "staff", id: found.staff.id, role: found.staff.role },
      action: "staff.access.refused",
      subject: safeStaffReturnTo(returnTo).split("?")[0],
      outcome: "refused",
      ip: (await requestMeta()).ip,
    });
    notFound();
  }
  return found;
}

/** Ends this browser's staff session (pending or full) on the server and drops the cookie. */
export async function endCurrentStaffSession(): Promise<void> {
  await endStaffSession(await prisma(), await staffSessionToken());
  await clearStaffSessionCookie();
}

/** Back to a staff page only: never off-site, never to the citizens' side. */
export function safeStaffReturnTo(value: unknown, fallback = "/staff"): string {
  return safeReturnAddress(value, { appUrl: config().APP_URL, fallback, under: "/staff" });
}
