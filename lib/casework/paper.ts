import { z } from "zod";
import { parseApplication } from "../applications/application-data";
import { computeEligibility } from "../applications/eligibility";
import { missingAttachments } from "../applications/attachment-slots";
import { applicationNumber } from "../applications/repository";
import { changeStatusIn } from "../applications/status-change";
import { answersFrom, stepsOf, type StepId } from "../applications/steps";
import type { AttachmentSlot } from "../applications/attachments";
import { decisionDeadline } from "../applications/application-status";
import { moscowDate } from "../benefits/calendar";
import { isServiceId, SERVICE_IDS, type ServiceId } from "../benefits/services";
import type { Prisma } from "../generated/prisma/client";
import { parseCalendarDate, todayInMoscow } from "../validation/calendar-date";
import { formatSnils, normalizeSnils } from "../validation/snils";
import { hasCapability, statusActor, type RequestMeta, type StaffPrincipal } from "./access";
import { auditCasework, type CaseworkDb } from "./guard";

// «Заявление на бумаге»: a caseworker enters an application received in person, at the МФЦ or
// by post, through the same step forms and schemas as the citizen's, on the applicant's behalf.
// Until it is registered it is the caseworker's draft (no cabinet, no territory). Registering it
// gives it a number, the caseworker's territorial body, the date of receipt as its sending date,
// and the same queue, deadlines and state machine; if a cabinet linked to ESIA has the same
// SNILS, the application is that cabinet's too, and the applicant is notified there.

export const PAPER_CHANNELS = ["in_person", "mfc", "post"] as const;
export type PaperChannel = (typeof PAPER_CHANNELS)[number];

/** «Новое заявление на бумаге»: service, channel, date of receipt (dd.mm.yyyy, not in the future). */
export const paperStartForm = z.object({
  serviceId: z.enum(SERVICE_IDS as [ServiceId, ...ServiceId[]], "Выберите услугу"),
  channel: z.enum(PAPER_CHANNELS, "Выберите, как поступило заявление"),
  receivedOn: z
    .string()
    .trim()
    .min(1, "Введите дату поступления")
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Введите дату поступления в виде ДД.ММ.ГГГГ" });
        return z.NEVER;
      }
      if (date > todayInMoscow()) {
        ctx.addIssue({ code: "custom", message: "Дата поступления не может быть позже сегодняшней" });
        return z.NEVER;
      }
      return date;
    }),
});
export type PaperStartInput = z.output<typeof paperStartForm>;

/** A new paper draft of the caseworker, or null (no «registerPaper» capability; audited). */
export async function startPaperApplication(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  input: PaperStartInput,
): Promise<{ id: number } | null> {
  if (!hasCapability(principal, "registerPaper")) {
    await auditCasework(db, principal, meta, {
      operation: "paper.register",
      outcome: "refused",
      details: { reason: "role", step: "start" },
    });
    return null;
  }
  const created = await db.application.create({
    data: {
      userId: null,
      registeredByStaffId: principal.id,
      serviceId: input.serviceId,
      channel: input.channel,
      receivedOn: input.receivedOn,
      answers: {},
      completedSteps: [],
      esiaFields: [],
    },
    select: { id: true },
  });
  return created;
}

/** «Заявление на бумаге»: the caseworker's unfinished paper drafts, newest first; null without the capability (audited). */
export async function listPaperDrafts(db: CaseworkDb, principal: StaffPrincipal, meta: RequestMeta) {
  if (!hasCapability(principal, "registerPaper")) {
    await auditCasework(db, principal, meta, {
      operation: "paper.register",
      outcome: "refused",
      details: { reason: "role", step: "form" },
    });
    return null;
  }
  return db.application.findMany({
    where: { registeredByStaffId: principal.id, userId: null, status: "draft" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, serviceId: true, channel: true, receivedOn: true, answers: true },
  });
}

/** The caseworker's own paper draft, or null (anyone else's, sent, or missing: not found). */
export async function paperDraft(db: CaseworkDb, principal: StaffPrincipal, applicationId: number) {
  if (!hasCapability(principal, "registerPaper") || !Number.isSafeInteger(applicationId) || applicationId < 1)
    return null;
  return db.application.findFirst({
    where: { id: applicationId, registeredByStaffId: principal.id, userId: null, status: "draft" },
    select: {
      id: true,
      serviceId: true,
      channel: true,
      receivedOn: true,
      answers: true,
      completedSteps: true,
      version: true,
      attachments: { select: { id: true, slot: true, fileName: true, size: true } },
    },
  });
}

/** paperDraft for a page or action: a refusal (not the caseworker's draft, or no capability) is audited. */
export async function openPaperDraft(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  applicationId: number,
) {
  const draft = await paperDraft(db, principal, applicationId);
  if (!draft) {
    await auditCasework(db, principal, meta, {
      operation: "paper.register",
      outcome: "refused",
      applicationId: Number.isSafeInteger(applicationId) ? applicationId : undefined,
      details: { reason: hasCapability(principal, "registerPaper") ? "notFound" : "role" },
    });
  }
  return draft;
}

/**
 * «Удалить черновик»: an unfinished paper draft, with its scans, by the caseworker of the
 * territory who entered it (a draft has no territory of its own until it is registered: it is
 * its caseworker's). Anyone else's, a registered application, or a staff member without a
 * territory: nothing deleted, false, and the refusal audited like the success.
 */
export async function deletePaperDraft(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  applicationId: number,
): Promise<boolean> {
  const allowed = hasCapability(principal, "registerPaper") && principal.territoryId !== null;
  const id = Number.isSafeInteger(applicationId) && applicationId > 0 ? applicationId : undefined;
  const draft = allowed && id ? await paperDraft(db, principal, id) : null;
  // deleteMany with the same conditions: a draft registered a moment ago is not deleted.
  const deleted = draft
    ? await db.application.deleteMany({
        where: { id: draft.id, registeredByStaffId: principal.id, userId: null, status: "draft" },
      })
    : { count: 0 };
  if (deleted.count !== 1) {
    await auditCasework(db, principal, meta, {
      operation: "paper.delete",
      outcome: "refused",
      applicationId: id,
      details: { reason: allowed ? "notFound" : "role" },
    });
    return false;
  }
  await auditCasework(db, principal, meta, {
    operation: "paper.delete",
    outcome: "success",
    applicationId: draft!.id,
    details: {
      serviceId: draft!.serviceId,
      channel: draft!.channel,
      receivedOn: draft!.receivedOn,
      attachments: draft!.attachments.length,
    },
  });
  return true;
}

/** The cabinet a paper application belongs to: the one cabinet linked to ESIA with this SNILS. */
export async function linkedCabinet(
  db: CaseworkDb,
  snils: string,
): Promise<{ userId: number; esiaLevel: string } | null> {
  const digits = normalizeSnils(snils);
  if (!digits) return null;
  const users = await db.user.findMany({
    where: { snils: { in: [formatSnils(digits), digits] }, esiaLink: { isNot: null } },
    select: { id: true, esiaLink: { select: { level: true } } },
    take: 2,
  });
  // Two cabinets with one SNILS is a data problem for a person to sort out, not a guess.
  if (users.length !== 1 || !users[0]!.esiaLink) return null;
  return { userId: users[0]!.id, esiaLevel: users[0]!.esiaLink.level };
}

export type PaperRegistration =
  | { ok: true; applicationId: number; number: string; linkedToCabinet: boolean }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "incomplete"; invalidSteps: StepId[]; missingAttachments: AttachmentSlot[] };

/** The moment of receipt: now when it came today, else midday in Moscow of that day. */
export function receiptInstant(receivedOn: string, now: Date): Date {
  return receivedOn === moscowDate(now.toISOString()) ? now : new Date(`${receivedOn}T09:00:00.000Z`);
}

/**
 * «Зарегистрировать»: every step parsed again, the attachments checked, then draft → submitted
 * (received on paper) → registered in one transaction, with the caseworker on both history rows.
 */
export async function registerPaperApplication(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  applicationId: number,
  now = new Date(),
): Promise<PaperRegistration> {
  const draft = await paperDraft(db, principal, applicationId);
  const actor = statusActor(principal);
  if (!draft || !actor || principal.territoryId === null || !isServiceId(draft.serviceId) || !draft.receivedOn) {
    await auditCasework(db, principal, meta, {
      operation: "paper.register",
      outcome: "refused",
      applicationId,
      details: { reason: draft ? "notAllowed" : "notFound" },
    });
    return { ok: false, reason: "notFound" };
  }
  const serviceId = draft.serviceId;
  const parsed = parseApplication(serviceId, answersFrom(draft.answers));
  const missing = parsed.ok ? missingAttachments(serviceId, parsed.data.applicant.role, draft.attachments) : [];
  if (!parsed.ok || missing.length > 0)
    return {
      ok: false,
      reason: "incomplete",
      invalidSteps: parsed.ok ? ["attachments"] : parsed.invalidSteps,
      missingAttachments: missing,
    };

  const data = parsed.data;
  const receivedAt = receiptInstant(draft.receivedOn, now);
  const cabinet = await linkedCabinet(db, data.applicant.snils);
  const eligibility = computeEligibility(serviceId, data, draft.receivedOn);
  const number = applicationNumber(draft.id, receivedAt);
  const decisionDue = decisionDeadline(receivedAt.toISOString(), serviceId).date;
  const at = now.toISOString();

  const done = await db.$transaction(async (tx) => {
    const claimed = await tx.application.updateMany({
      where: { id: draft.id, status: "draft", version: draft.version, registeredByStaffId: principal.id, userId: null },
      data: {
        number,
        userId: cabinet?.userId ?? null,
        territoryId: principal.territoryId,
        applicantSurname: data.applicant.lastName.toLowerCase(),
        applicantSnils: normalizeSnils(data.applicant.snils),
        eligibility: eligibility as unknown as Prisma.InputJsonValue,
        amountKopecks: eligibility.amountKopecks,
        esiaLevel: cabinet?.esiaLevel ?? null,
        submittedAt: receivedAt,
        decisionDue,
        completedSteps: [...stepsOf(serviceId)],
      },
    });
    if (claimed.count !== 1) return false;
    const received = await changeStatusIn(tx, {
      applicationId: draft.id,
      expectedVersion: draft.version,
      command: { action: "receivePaper", actor, actorId: String(principal.id), at },
      details: { channel: draft.channel, receivedOn: draft.receivedOn, linkedToCabinet: Boolean(cabinet) },
    });
    if (!received.ok) throw new Error(`Paper application refused by the status machine: ${received.reason}`);
    const registered = await changeStatusIn(tx, {
      applicationId: draft.id,
      expectedVersion: received.version,
      command: { action: "register", actor, actorId: String(principal.id), at },
      details: { decisionDue },
    });
    if (!registered.ok) throw new Error(`Registration refused by the status machine: ${registered.reason}`);
    return true;
  });
  if (!done) return { ok: false, reason: "notFound" };
  await auditCasework(db, principal, meta, {
    operation: "paper.register",
    outcome: "success",
    applicationId: draft.id,
    details: { channel: draft.channel, receivedOn: draft.receivedOn, serviceId, linkedToCabinet: Boolean(cabinet) },
  });
  return { ok: true, applicationId: draft.id, number, linkedToCabinet: Boolean(cabinet) };
}
