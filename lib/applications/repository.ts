import "server-only";
import { decisionDeadline } from "./application-status";
import { moscowDate } from "../benefits/calendar";
import { isServiceId, type ServiceId } from "../benefits/services";
import type { EsiaPerson } from "../esia/person";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { normalizeSnils } from "../validation/snils";
import { assessDraft } from "./assessment";
import { acceptFile, type AttachmentProblem, type AttachmentSlot } from "./attachments";
import { prefillApplication, type ProfileForPrefill } from "./prefill";
import { changeStatusIn } from "./status-change";
import { answersFrom, stepsOf, stringValues, type Answers, type StepId, type StepValues } from "./steps";

// Applications in the database: drafts saved step by step, submission, the applicant's list.
// Every function takes the applicant's id and touches only that person's applications: the
// pages cannot forget the ownership check because there is no way around it here.

export type OwnApplication = NonNullable<Awaited<ReturnType<typeof findOwnApplication>>>;

export async function findOwnApplication(db: PrismaClient, userId: number, applicationId: number) {
  if (!Number.isSafeInteger(applicationId) || applicationId < 1) return null;
  return db.application.findFirst({
    where: { id: applicationId, userId },
    include: {
      territory: { include: { territorialBody: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      attachments: {
        select: {
          id: true,
          slot: true,
          fileName: true,
          mediaType: true,
          size: true,
          uploadedBy: true,
          createdAt: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/**
 * What the form pages and their action need of a draft: no history, no territory. These run on
 * every step of every application, so they read only that.
 */
/**
 * Whose draft it is: the applicant's cabinet (a user id), or the caseworker entering a paper
 * application on the applicant's behalf (lib/casework/paper.ts). The step forms serve both.
 */
export type DraftOwner = number | { staffId: number };

export function ownerWhere(owner: DraftOwner): Prisma.ApplicationWhereInput {
  return typeof owner === "number" ? { userId: owner } : { registeredByStaffId: owner.staffId, userId: null };
}

export async function findOwnDraftForm(db: PrismaClient, owner: DraftOwner, applicationId: number) {
  if (!Number.isSafeInteger(applicationId) || applicationId < 1) return null;
  return db.application.findFirst({
    where: { id: applicationId, ...ownerWhere(owner) },
    select: {
      id: true,
      serviceId: true,
      status: true,
      answers: true,
      completedSteps: true,
      esiaFields: true,
      attachments: { select: { id: true, slot: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

export function applicationAnswers(application: { answers: unknown }): Answers {
  return answersFrom(application.answers);
}

export async function listOwnApplications(db: PrismaClient, userId: number) {
  return db.application.findMany({
    where: { userId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      number: true,
      serviceId: true,
      status: true,
      completedSteps: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      amountKopecks: true,
      decisionDue: true,
    },
  });
}

/**
 * A new draft, filled in from ESIA (or the profile). One open draft per service: it is reused.
 * The person's row is locked while looking, so a double click on «Заполнить заявление» gets the
 * same draft twice rather than two drafts.
 */
export async function startDraft(
  db: PrismaClient,
  userId: number,
  serviceId: ServiceId,
  person: EsiaPerson | null,
  profile: ProfileForPrefill,
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM portal_user WHERE id = ${userId} FOR UPDATE`;
    const open = await tx.application.findFirst({
      where: { userId, serviceId, status: "draft" },
      orderBy: { createdAt: "desc" },
    });
    if (open) return { application: open, created: false };
    const prefill = prefillApplication(person, profile);
    const originals: StepValues = {};
    for (const field of prefill.esiaFields) {
      const [step, ...rest] = field.split(".");
      originals[field] = prefill.answers[step as StepId]?.[rest.join(".")] ?? "";
    }
    const application = await tx.application.create({
      data: {
        userId,
        serviceId,
        answers: prefill.answers as Prisma.InputJsonValue,
        completedSteps: [],
        esiaFields: prefill.esiaFields,
        esiaOriginals: originals,
      },
    });
    return { application, created: true };
  });
}

/** Fields of the answers still holding the value ESIA gave. */
function stillFromEsia(answers: Answers, originals: StepValues): string[] {
  return Object.entries(originals)
    .filter(([field, value]) => {
      const [step, ...rest] = field.split(".");
      return answers[step as StepId]?.[rest.join(".")] === value;
    })
    .map(([field]) => field);
}

/** The names our forms give their fields: "lastName", "children.0.lastName". */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}(\.\d{1,2}\.[A-Za-z][A-Za-z0-9]{0,39})?$/;

/**
 * What of a post is kept in a draft: fields no form of ours has (a forged "__proto__", say) are
 * dropped, and U+0000, which PostgreSQL cannot store in text or JSON and no one can type, too.
 */
export function storableValues(values: StepValues): StepValues {
  const clean: StepValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (FIELD_NAME.test(name)) clean[name] = value.replaceAll("\u0000", "");
  }
  return clean;
}

export type SaveResult = { ok: true } | { ok: false; reason: "notFound" | "notDraft" };

/**
 * Stores a step's values as typed (also when they do not pass: a draft keeps everything) and
 * whether the step is complete.
 */
export async function saveStep(
  db: PrismaClient,
  owner: DraftOwner,
  applicationId: number,
  step: StepId,
  values: StepValues,
  complete: boolean,
): Promise<SaveResult> {
  const application = await db.application.findFirst({
    where: { id: applicationId, ...ownerWhere(owner) },
    select: { id: true, status: true, answers: true, completedSteps: true, serviceId: true, esiaOriginals: true },
  });
  if (!application) return { ok: false, reason: "notFound" };
  if (application.status !== "draft") return { ok: false, reason: "notDraft" };
  const originals = stringValues(application.esiaOriginals);
  const answers = { ...answersFrom(application.answers), [step]: storableValues(values) };
  const completed = new Set(application.completedSteps);
  if (complete) completed.add(step);
  else completed.delete(step);
  await db.application.update({
    where: { id: application.id },
    data: {
      answers: answers as Prisma.InputJsonValue,
      completedSteps: [...completed],
      esiaFields: stillFromEsia(answers, originals),
    },
  });
  return { ok: true };
}

export async function deleteDraft(db: PrismaClient, userId: number, applicationId: number): Promise<boolean> {
  const deleted = await db.application.deleteMany({ where: { id: applicationId, userId, status: "draft" } });
  return deleted.count === 1;
}

// --- Attachments ---------------------------------------------------------------------------------

export type AttachResult =
  { ok: true; id: string } | { ok: false; reason: "notFound" | "notAllowed" | AttachmentProblem };

/** Drafts take files in any slot; an application waiting for documents, only «requested» ones. */
export async function attachFile(
  db: PrismaClient,
  owner: DraftOwner,
  applicationId: number,
  slot: AttachmentSlot,
  name: string,
  content: Uint8Array,
): Promise<AttachResult> {
  const application = await db.application.findFirst({
    where: { id: applicationId, ...ownerWhere(owner) },
    select: { id: true, status: true, _count: { select: { attachments: true } } },
  });
  if (!application) return { ok: false, reason: "notFound" };
  const allowed = application.status === "draft" || (application.status === "docs_requested" && slot === "requested");
  if (!allowed) return { ok: false, reason: "notAllowed" };
  const accepted = acceptFile(name, content, application._count.attachments);
  if (!accepted.ok) return { ok: false, reason: accepted.problem };
  const { file } = accepted;
  await db.applicationAttachment.create({
    data: {
      id: file.id,
      applicationId,
      slot,
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      content: Buffer.from(file.content),
      // A scan of a paper application is the staff's upload, though the applicant handed it in.
      uploadedBy: typeof owner === "number" ? "applicant" : "staff",
    },
  });
  return { ok: true, id: file.id };
}

export async function removeAttachment(
  db: PrismaClient,
  owner: DraftOwner,
  applicationId: number,
  attachmentId: string,
): Promise<boolean> {
  const removed = await db.applicationAttachment.deleteMany({
    where:
      typeof owner === "number"
        ? {
            id: attachmentId,
            applicationId,
            application: { userId: owner, status: { in: ["draft", "docs_requested"] } },
            uploadedBy: "applicant",
          }
        : {
            id: attachmentId,
            applicationId,
            application: { ...ownerWhere(owner), status: "draft" },
            uploadedBy: "staff",
          },
  });
  return removed.count === 1;
}

export async function ownAttachment(db: PrismaClient, userId: number, attachmentId: string) {
  return db.applicationAttachment.findFirst({ where: { id: attachmentId, application: { userId } } });
}

// --- Submission ----------------------------------------------------------------------------------

export type SubmitResult =
  | { ok: true; applicationId: number; number: string; alreadySubmitted: boolean }
  | {
      ok: false;
      reason: "notFound" | "esiaLevel" | "incomplete";
      invalidSteps?: StepId[];
      missingAttachments?: AttachmentSlot[];
    };

export function applicationNumber(id: number, submittedAt: Date): string {
  // 16 is Tatarstan's region code; the id makes it unique.
  return `16-${moscowDate(submittedAt.toISOString()).slice(0, 4)}-${String(id).padStart(7, "0")}`;
}

/**
 * Sends a draft: parses every step again, computes eligibility, assigns the number and the
 * territorial body, moves it draft → submitted → registered with a history row each, and
 * notifies. Sending twice (double click, a retry after a timeout) sends once: the second call
 * finds it sent and answers with the same number.
 */
export async function submitApplication(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  esiaLevel: string | null,
  now = new Date(),
): Promise<SubmitResult> {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId },
    include: { attachments: { select: { slot: true } } },
  });
  if (!application || !isServiceId(application.serviceId)) return { ok: false, reason: "notFound" };
  if (application.status !== "draft")
    return { ok: true, applicationId, number: application.number ?? "", alreadySubmitted: true };
  const serviceId = application.serviceId;
  const {
    parsed,
    estimate: eligibility,
    levelMet,
    missingAttachments: missing,
  } = assessDraft(
    serviceId,
    answersFrom(application.answers),
    application.attachments,
    esiaLevel,
    moscowDate(now.toISOString()),
  );
  if (!levelMet) return { ok: false, reason: "esiaLevel" };
  if (!parsed.ok) return { ok: false, reason: "incomplete", invalidSteps: parsed.invalidSteps };
  if (missing.length > 0 || !eligibility)
    return { ok: false, reason: "incomplete", invalidSteps: ["attachments"], missingAttachments: missing };

  const data = parsed.data;
  const territory = await db.territory.findUnique({ where: { code: data.address.territory }, select: { id: true } });
  if (!territory) return { ok: false, reason: "incomplete", invalidSteps: ["address"] };
  const number = applicationNumber(application.id, now);
  const decisionDue = decisionDeadline(now.toISOString(), serviceId).date;

  const outcome = await db.$transaction(async (tx) => {
    // Claims the draft: of two concurrent submissions only one matches the draft at this version.
    const claimed = await tx.application.updateMany({
      where: { id: application.id, status: "draft", version: application.version },
      data: {
        number,
        territoryId: territory.id,
        applicantSurname: data.applicant.lastName.toLowerCase(),
        applicantSnils: normalizeSnils(data.applicant.snils),
        eligibility: eligibility as unknown as Prisma.InputJsonValue,
        amountKopecks: eligibility.amountKopecks,
        esiaLevel,
        submittedAt: now,
        decisionDue,
        completedSteps: [...stepsOf(serviceId)],
      },
    });
    if (claimed.count !== 1) return "alreadySubmitted" as const;
    const at = now.toISOString();
    const submitted = await changeStatusIn(tx, {
      applicationId: application.id,
      expectedVersion: application.version,
      command: { action: "submit", actor: "applicant", actorId: String(userId), at },
      details: { esiaLevel },
    });
    if (!submitted.ok) throw new Error(`Submission refused by the status machine: ${submitted.reason}`);
    // Online applications are registered at once (§6.1: no later than the next working day).
    const registered = await changeStatusIn(tx, {
      applicationId: application.id,
      expectedVersion: submitted.version,
      command: { action: "register", actor: "system", actorId: null, at },
      details: { territory: data.address.territory, decisionDue },
    });
    if (!registered.ok) throw new Error(`Registration refused by the status machine: ${registered.reason}`);
    return "submitted" as const;
  });
  if (outcome === "alreadySubmitted") {
    const current = await db.application.findUnique({ where: { id: application.id }, select: { number: true } });
    return { ok: true, applicationId, number: current?.number ?? number, alreadySubmitted: true };
  }
  return { ok: true, applicationId, number, alreadySubmitted: false };
}

// --- Documents requested by the caseworker -------------------------------------------------------

export type ProvideDocumentsResult =
  { ok: true } | { ok: false; reason: "notFound" | "noDocuments" | "conflict" | string };

/** The applicant has uploaded what was requested and sends it: docs_requested → docs_provided. */
export async function provideDocuments(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  expectedVersion: number,
  now = new Date(),
): Promise<ProvideDocumentsResult> {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId },
    select: {
      id: true,
      status: true,
      events: { where: { toStatus: "docs_requested" }, orderBy: { at: "desc" }, take: 1, select: { at: true } },
    },
  });
  if (!application) return { ok: false, reason: "notFound" };
  const requestedAt = application.events[0]?.at ?? new Date(0);
  const uploaded = await db.applicationAttachment.count({
    where: { applicationId, slot: "requested", createdAt: { gte: requestedAt } },
  });
  if (application.status === "docs_requested" && uploaded === 0) return { ok: false, reason: "noDocuments" };
  const result = await db.$transaction((tx) =>
    changeStatusIn(tx, {
      applicationId,
      expectedVersion,
      command: { action: "provideDocuments", actor: "applicant", actorId: String(userId), at: now.toISOString() },
      details: { documents: uploaded },
    }),
  );
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

export async function withdrawApplication(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  expectedVersion: number,
  now = new Date(),
) {
  const owned = await db.application.findFirst({ where: { id: applicationId, userId }, select: { id: true } });
  if (!owned) return { ok: false as const, reason: "notFound" as const };
  return db.$transaction((tx) =>
    changeStatusIn(tx, {
      applicationId,
      expectedVersion,
      command: { action: "withdraw", actor: "applicant", actorId: String(userId), at: now.toISOString() },
    }),
  );
}
