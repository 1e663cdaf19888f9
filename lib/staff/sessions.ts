import { newSessionToken as newToken, sessionRowId as rowId } from "../auth/session-token";
import type { PrismaClient } from "../generated/prisma/client";
import type { StaffRole } from "../generated/prisma/enums";

// Staff sessions live in staff_session rows; the browser holds only a random token (the row's id
// is its SHA-256, so a database leak gives no usable cookie), inside the staff's next-auth session
// cookie (app/staff/_lib/auth.ts, lib/auth/session-cookie.ts). A session begins when the password
// is accepted and is usable only once the second factor is too (secondFactorAt). It is short: a
// pending one lasts 10 minutes, a full one at most 8 hours and ends after 30 idle minutes.

export const STAFF_SESSION_MAX_SECONDS = 8 * 3_600;
export const STAFF_SESSION_IDLE_SECONDS = 30 * 60;
export const STAFF_PENDING_SECONDS = 10 * 60;

type Meta = { ip?: string | null; userAgent?: string | null };

export interface SignedInStaff {
  id: number;
  login: string;
  fullName: string;
  role: StaffRole;
  territoryId: number | null;
  territoryName: string | null;
}

/** After the password: a session that can do nothing but complete the second factor. */
export async function startStaffSession(
  prisma: PrismaClient,
  staffId: number,
  meta: Meta = {},
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await prisma.staffSession.create({
    data: {
      id: rowId(token),
      staffId,
      expiresAt: new Date(now.getTime() + STAFF_PENDING_SECONDS * 1000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

/** The staff member behind a session still waiting for its second factor (active accounts only). */
export async function pendingStaffSession(prisma: PrismaClient, token: string | null | undefined, now = new Date()) {
  if (!token) return null;
  const session = await prisma.staffSession.findUnique({ where: { id: rowId(token) }, include: { staff: true } });
  if (!session || session.secondFactorAt || session.expiresAt <= now || !session.staff.active) return null;
  return session.staff;
}

/**
 * The second factor was accepted: the pending session is replaced by a new one under a new token
 * (so a token seen before sign-in is worth nothing after it). Null when the pending session has
 * gone (expired, ended, or already upgraded by a concurrent request).
 */
export async function upgradeStaffSession(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const pending = await tx.staffSession.findUnique({ where: { id: rowId(token) } });
    if (!pending || pending.secondFactorAt || pending.expiresAt <= now) return null;
    const removed = await tx.staffSession.deleteMany({ where: { id: pending.id, secondFactorAt: null } });
    if (removed.count !== 1) return null;
    const fresh = newToken();
    await tx.staffSession.create({
      data: {
        id: rowId(fresh),
        staffId: pending.staffId,
        secondFactorAt: now,
        createdAt: now,
        expiresAt: slidingExpiry(now, now),
        ip: pending.ip,
        userAgent: pending.userAgent,
      },
    });
    return fresh;
  });
}

function slidingExpiry(createdAt: Date, now: Date): Date {
  return new Date(
    Math.min(createdAt.getTime() + STAFF_SESSION_MAX_SECONDS * 1000, now.getTime() + STAFF_SESSION_IDLE_SECONDS * 1000),
  );
}

/**
 * A fully signed-in, active, enrolled staff member, or null. Each use pushes the idle deadline on
 * (never past the 8-hour limit); the row is written at most once a minute.
 */
export async function activeStaffSession(
  prisma: PrismaClient,
  token: string | null | undefined,
  now = new Date(),
): Promise<SignedInStaff | null> {
  if (!token) return null;
  const session = await prisma.staffSession.findUnique({
    where: { id: rowId(token) },
    include: { staff: { include: { territory: true } } },
  });
  if (!session || !session.secondFactorAt || session.expiresAt <= now) return null;
  const { staff } = session;
  if (!staff.active || !staff.totpEnrolledAt) return null;
  const next = slidingExpiry(session.createdAt, now);
  if (next.getTime() - session.expiresAt.getTime() > 60_000) {
    await prisma.staffSession.updateMany({
      where: { id: session.id, expiresAt: { gt: now } },
      data: { expiresAt: next },
    });
  }
  return {
    id: staff.id,
    login: staff.login,
    fullName: staff.fullName,
    role: staff.role,
    territoryId: staff.territoryId,
    territoryName: staff.territory?.name ?? null,
  };
}

export async function endStaffSession(prisma: PrismaClient, token: string | null | undefined): Promise<boolean> {
  if (!token) return false;
  return (await prisma.staffSession.deleteMany({ where: { id: rowId(token) } })).count > 0;
}

/** Deactivation and a reset second factor end every session of the account at once. */
export async function endAllStaffSessions(
  prisma: Pick<PrismaClient, "staffSession">,
  staffId: number,
): Promise<number> {
  return (await prisma.staffSession.deleteMany({ where: { staffId } })).count;
}

/** Expired rows serve nobody; removed when someone signs in. */
export async function purgeExpiredStaffSessions(prisma: PrismaClient, now = new Date()): Promise<number> {
  return (await prisma.staffSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

/** Whose session a token is (pending or full, expired or not): for the sign-out audit entry. */
export async function staffSessionOwner(prisma: PrismaClient, token: string | null | undefined) {
  if (!token) return null;
  const session = await prisma.staffSession.findUnique({
    where: { id: rowId(token) },
    include: { staff: { select: { id: true, role: true } } },
  });
  return session?.staff ?? null;
}
