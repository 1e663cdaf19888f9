import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { sessionAccount, settleDueChecks, type SessionTicket } from "@/lib/esia-mock/accounts";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";

// Glue between the mock's pages and lib/esia-mock: the on/off switch, its own session cookie
// (path /esia-mock, never sent to the portal's pages).

export const SESSION_COOKIE = "esia_mock_session";

export function ensureMockEnabled(): void {
  if (!mockSettings().enabled) notFound();
}

export async function mockDb() {
  ensureMockEnabled();
  return prisma();
}

export async function setSessionCookie(ticket: SessionTicket): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, ticket.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: mockSettings().secureCookies,
    path: MOCK_PATH,
    ...(ticket.persistent ? { expires: ticket.expiresAt } : {}),
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: MOCK_PATH });
}

export async function currentSession() {
  const db = await mockDb();
  const found = await sessionAccount(db, (await cookies()).get(SESSION_COOKIE)?.value);
  if (found) await settleDueChecks(db, found.account.id);
  return found ? sessionAccount(db, (await cookies()).get(SESSION_COOKIE)?.value) : null;
}

/** Pages of the personal account: the account, or off to the login page. */
export async function requireAccount() {
  const found = await currentSession();
  if (!found) redirect(`${MOCK_PATH}/login`);
  return found;
}
