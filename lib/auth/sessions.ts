import type { PrismaClient } from "../generated/prisma/client";
import { newSessionToken, sessionRowId as rowId } from "./session-token";

// Server-side sessions: the next-auth session token carries only an opaque id; the row here is
// what makes it valid. Logging out deletes the row; a new password or unlinking ESIA deletes the
// user's other rows, which ends those sessions at once.

export const SESSION_LIFETIME_SECONDS = 12 * 3_600;

export async function createSession(
  prisma: PrismaClient,
  userId: number,
  meta: { ip?: string | null; userAgent?: string | null } = {},
  now = new Date(),
): Promise<string> {
  const sessionId = newSessionToken();
  await prisma.userSession.create({
    data: {
      id: rowId(sessionId),
      userId,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return sessionId;
}

export async function activeSessionUser(prisma: PrismaClient, sessionId: string | null | undefined, now = new Date()) {
  if (!sessionId) return null;
  const session = await prisma.userSession.findUnique({
    where: { id: rowId(sessionId) },
    include: { user: { include: { esiaLink: true } } },
  });
  return session && session.expiresAt > now ? session.user : null;
}

export async function endSession(prisma: PrismaClient, sessionId: string | null | undefined): Promise<void> {
  if (sessionId) await prisma.userSession.deleteMany({ where: { id: rowId(sessionId) } });
}

/** Ends every session of the user except the current one (if given). */
export async function endOtherSessions(
  prisma: Pick<PrismaClient, "userSession">,
  userId: number,
  keepSessionId?: string | null,
): Promise<number> {
  const result = await prisma.userSession.deleteMany({
    where: { userId, ...(keepSessionId ? { NOT: { id: rowId(keepSessionId) } } : {}) },
  });
  return result.count;
}
