import type { PrismaClient } from "../generated/prisma/client";
import { audit } from "../audit/audit";
import { hashPassword } from "../security/passwords";
import { staffAccountForm, territorialBodyForm, type StaffAccountInput, type StaffRoleName } from "./forms";
import { endAllStaffSessions } from "./sessions";

// What administrators do: staff accounts (create, deactivate, reactivate, reset the second
// factor) and the names of the territorial bodies. Each function checks the actor itself, so a
// page or action that forgot to would still be refused; refusals and changes are audited.

export interface StaffActor {
  id: number;
  role: StaffRoleName;
}

export type AdminOutcome<T> =
  { ok: true; value: T } | { ok: false; kind: "forbidden" | "not_found" | "invalid"; message: string; field?: string };

const NOT_ALLOWED = "Действие доступно только администратору";

async function refused<T>(
  prisma: PrismaClient,
  actor: StaffActor,
  action: string,
  subject: string | undefined,
  ip: string | null,
): Promise<AdminOutcome<T>> {
  await audit(prisma, {
    actor: { type: "staff", ...actor },
    action: "staff.admin.refused",
    subject,
    outcome: "refused",
    ip,
    details: { attempted: action },
  });
  return { ok: false, kind: "forbidden", message: NOT_ALLOWED };
}

function invalid<T>(message: string, field?: string): AdminOutcome<T> {
  return { ok: false, kind: "invalid", message, ...(field ? { field } : {}) };
}

// Entries about a territory's staff or body carry its id, so its supervisor's audit log shows them.
const territoryOf = async (prisma: PrismaClient, staffId: number) =>
  (await prisma.staff.findUnique({ where: { id: staffId }, select: { territoryId: true } }))?.territoryId ?? null;

const notFound = <T>(): AdminOutcome<T> => ({ ok: false, kind: "not_found", message: "Сотрудник не найден" });

export interface StaffAccountRow {
  id: number;
  login: string;
  fullName: string;
  role: StaffRoleName;
  territoryId: number | null;
  territoryName: string | null;
  active: boolean;
  enrolled: boolean;
  createdAt: Date;
}

export async function listStaffAccounts(
  prisma: PrismaClient,
  actor: StaffActor,
  ip: string | null = null,
): Promise<AdminOutcome<StaffAccountRow[]>> {
  if (actor.role !== "administrator") return refused(prisma, actor, "staff.list", undefined, ip);
  const rows = await prisma.staff.findMany({
    include: { territory: true },
    orderBy: [{ active: "desc" }, { login: "asc" }],
  });
  return {
    ok: true,
    value: rows.map((row) => ({
      id: row.id,
      login: row.login,
      fullName: row.fullName,
      role: row.role,
      territoryId: row.territoryId,
      territoryName: row.territory?.name ?? null,
      active: row.active,
      enrolled: row.totpEnrolledAt !== null,
      createdAt: row.createdAt,
    })),
  };
}

/**
 * A new account on a password the administrator chose; the person sets their own and enrols an
 * authenticator app at the first login (lib/staff/sign-in.ts). `input` is the form as submitted.
 */
export async function createStaffAccount(
  prisma: PrismaClient,
  actor: StaffActor,
  input: Record<string, unknown>,
  ip: string | null = null,
): Promise<AdminOutcome<number>> {
  if (actor.role !== "administrator") return refused(prisma, actor, "staff.create", undefined, ip);
  const parsed = staffAccountForm.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return invalid(issue.message, String(issue.path[0] ?? ""));
  }
  const data: StaffAccountInput = parsed.data;
  if (data.territoryId !== null && !(await prisma.territory.findUnique({ where: { id: data.territoryId } }))) {
    return invalid("Такого территориального органа нет", "territoryId");
  }
  if (await prisma.staff.findUnique({ where: { login: data.login } })) return invalid("Этот логин уже занят", "login");
  try {
    const created = await prisma.staff.create({
      data: {
        login: data.login,
        fullName: data.fullName,
        role: data.role,
        territoryId: data.territoryId,
        passwordHash: await hashPassword(data.password),
      },
    });
    await audit(prisma, {
      actor: { type: "staff", ...actor },
      action: "staff.admin.created",
      subject: `staff:${created.id}`,
      outcome: "success",
      ip,
      details: { login: created.login, role: created.role, territoryId: created.territoryId },
      territoryId: created.territoryId,
    });
    return { ok: true, value: created.id };
  } catch (error) {
    // Two administrators creating one login at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return invalid("Этот логин уже занят", "login");
    throw error;
  }
}

/** Deactivation ends the account's sessions at once; an administrator cannot deactivate themselves. */
export async function setStaffActive(
  prisma: PrismaClient,
  actor: StaffActor,
  staffId: number,
  active: boolean,
  ip: string | null = null,
): Promise<AdminOutcome<true>> {
  const action = active ? "staff.admin.reactivated" : "staff.admin.deactivated";
  if (actor.role !== "administrator") return refused(prisma, actor, action, `staff:${staffId}`, ip);
  if (!active && staffId === actor.id)
    return invalid("Нельзя отключить собственную учетную запись: попросите другого администратора");
  const updated = await prisma.$transaction(async (tx) => {
    const result = await tx.staff.updateMany({ where: { id: staffId }, data: { active } });
    if (result.count === 1 && !active) await endAllStaffSessions(tx, staffId);
    return result.count === 1;
  });
  if (!updated) return notFound();
  await audit(prisma, {
    actor: { type: "staff", ...actor },
    action,
    subject: `staff:${staffId}`,
    outcome: "success",
    ip,
    territoryId: await territoryOf(prisma, staffId),
  });
  return { ok: true, value: true };
}

/**
 * For a lost or replaced phone: the secret is dropped and the sessions end; the next login enrols
 * a new app. Not for one's own account, so a stolen session cannot move the factor to a new app.
 */
export async function resetSecondFactor(
  prisma: PrismaClient,
  actor: StaffActor,
  staffId: number,
  ip: string | null = null,
): Promise<AdminOutcome<true>> {
  const action = "staff.admin.second_factor_reset";
  if (actor.role !== "administrator") return refused(prisma, actor, action, `staff:${staffId}`, ip);
  if (staffId === actor.id) return invalid("Второй фактор собственной учетной записи сбрасывает другой администратор");
  const updated = await prisma.$transaction(async (tx) => {
    const result = await tx.staff.updateMany({
      where: { id: staffId },
      data: { totpSecret: null, totpEnrolledAt: null },
    });
    if (result.count === 1) await endAllStaffSessions(tx, staffId);
    return result.count === 1;
  });
  if (!updated) return notFound();
  await audit(prisma, {
    actor: { type: "staff", ...actor },
    action,
    subject: `staff:${staffId}`,
    outcome: "success",
    ip,
    territoryId: await territoryOf(prisma, staffId),
  });
  return { ok: true, value: true };
}

export interface TerritoryRow {
  id: number;
  code: string;
  name: string;
  bodyName: string | null;
  staffCount: number;
}

export async function listTerritories(
  prisma: PrismaClient,
  actor: StaffActor,
  ip: string | null = null,
): Promise<AdminOutcome<TerritoryRow[]>> {
  if (actor.role !== "administrator") return refused(prisma, actor, "territory.list", undefined, ip);
  const rows = await prisma.territory.findMany({
    include: { territorialBody: true, _count: { select: { staff: { where: { active: true } } } } },
    orderBy: { id: "asc" },
  });
  return {
    ok: true,
    value: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      bodyName: row.territorialBody?.name ?? null,
      staffCount: row._count.staff,
    })),
  };
}

export async function territoryForAdmin(
  prisma: PrismaClient,
  actor: StaffActor,
  territoryId: number,
  ip: string | null = null,
): Promise<AdminOutcome<TerritoryRow>> {
  const all = await listTerritories(prisma, actor, ip);
  if (!all.ok) return all;
  const found = all.value.find((row) => row.id === territoryId);
  return found ? { ok: true, value: found } : { ok: false, kind: "not_found", message: "Территория не найдена" };
}

export async function renameTerritorialBody(
  prisma: PrismaClient,
  actor: StaffActor,
  territoryId: number,
  input: Record<string, unknown>,
  ip: string | null = null,
): Promise<AdminOutcome<true>> {
  const action = "staff.admin.territorial_body_renamed";
  if (actor.role !== "administrator") return refused(prisma, actor, action, `territory:${territoryId}`, ip);
  const parsed = territorialBodyForm.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues[0]!.message, "name");
  const body = await prisma.territorialBody.findUnique({ where: { territoryId } });
  if (!body) return { ok: false, kind: "not_found", message: "Территория не найдена" };
  await prisma.territorialBody.update({ where: { territoryId }, data: { name: parsed.data.name } });
  await audit(prisma, {
    actor: { type: "staff", ...actor },
    action,
    subject: `territory:${territoryId}`,
    outcome: "success",
    ip,
    territoryId,
    details: { from: body.name, to: parsed.data.name },
  });
  return { ok: true, value: true };
}

/** The territorial body a staff member works in, for the header. */
export async function territorialBodyName(prisma: PrismaClient, territoryId: number | null): Promise<string | null> {
  if (territoryId === null) return null;
  return (await prisma.territorialBody.findUnique({ where: { territoryId } }))?.name ?? null;
}
