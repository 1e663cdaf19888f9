import "server-only";
import { audit } from "../audit/audit";
import { availableActions, STATUS_INFO } from "./application-status";
import { BENEFIT_SERVICES, isServiceId, type ServiceId } from "../benefits/services";
import type { IsoDate } from "../benefits/calendar";
import type { EsiaLevel } from "../esia/person";
import type { FormState } from "../forms/form-state";
import type { PrismaClient } from "../generated/prisma/client";
import { logger } from "../logging/logger";
import { kindergartensFor } from "../reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import { assessDraft } from "./assessment";
import {
  ATTACHMENT_MESSAGES,
  ATTACHMENT_SLOTS,
  attachmentSlotsFor,
  missingAttachments,
  type AttachmentSlot,
} from "./attachments";
import type { EligibilityOutcome } from "./eligibility";
import { lastDecision, lastDocumentRequest } from "./history";
import {
  applicationAnswers,
  attachFile,
  findOwnApplication,
  findOwnDraftForm,
  removeAttachment,
  saveStep,
  submitApplication,
  type DraftOwner,
} from "./repository";
import { parseIntent, stepSubmission } from "./step-submission";
import {
  isStepOf,
  nextStep,
  previousStep,
  resumeStep,
  rowCount,
  STEP_TITLES,
  stepsOf,
  type Answers,
  type StepId,
  type StepValues,
} from "./steps";
import { applicationSummary, childName, type SummarySection } from "./summary";
import { choiceText } from "./form-language";
import type { Locale } from "../i18n/locales";

// The applicant's use cases on a draft, as lib/casework/service.ts is the caseworker's: each
// loads what it needs behind the ownership check, decides, and returns what the page renders or
// where the action goes next. Pages render these; actions parse the post, call one, redirect.
// The caseworker's paper application (lib/casework/paper.ts) runs the same step code.

type Option = { value: string; label: string };

/** A draft as the step forms read it (findOwnDraftForm, or the caseworker's paperDraft). */
export interface DraftForm {
  id: number;
  serviceId: string;
  answers: unknown;
  completedSteps: string[];
  esiaFields?: string[];
  attachments: { id: string; slot: string; fileName: string; size: number }[];
}

/** Where a use case sends the person instead of a page: 404, or the sent application's own page. */
export type Elsewhere = { kind: "notFound" } | { kind: "sent"; applicationId: number };

/** What a step's form (step-form.tsx) is given; the page adds the action. */
export interface StepFormData {
  serviceId: ServiceId;
  stepId: StepId;
  applicationId: number;
  initial: FormState;
  /** Fields of this step still as ESIA gave them, named as on the form ("lastName"). */
  esiaFields: string[];
  isFirst: boolean;
  isLast: boolean;
  territories: Option[];
  childOptions: Option[];
  kindergartens: Option[];
  slots: { slot: AttachmentSlot; required: boolean }[];
  attachments: { id: string; slot: string; fileName: string; size: number }[];
}

export interface StepView {
  kind: "step";
  applicationId: number;
  serviceId: ServiceId;
  serviceTitle: string;
  step: StepId;
  stepTitle: string;
  answers: Answers;
  completedSteps: string[];
  form: StepFormData;
}

/** What one step's form shows for a draft already found to be its owner's; null for a step the service has not. */
export function stepView(draft: DraftForm, step: string): StepView | null {
  if (!isServiceId(draft.serviceId) || !isStepOf(draft.serviceId, step)) return null;
  const serviceId = draft.serviceId;
  const answers = applicationAnswers(draft);
  const steps = stepsOf(serviceId);
  const children = answers.children ?? {};
  return {
    kind: "step",
    applicationId: draft.id,
    serviceId,
    serviceTitle: BENEFIT_SERVICES[serviceId].title,
    step,
    stepTitle: STEP_TITLES[step],
    answers,
    completedSteps: draft.completedSteps,
    form: {
      serviceId,
      stepId: step,
      applicationId: draft.id,
      initial: { values: answers[step] ?? {}, errors: {} },
      esiaFields: (draft.esiaFields ?? [])
        .filter((field) => field.startsWith(`${step}.`))
        .map((field) => field.slice(step.length + 1)),
      isFirst: steps[0] === step,
      isLast: steps.at(-1) === step,
      territories: TATARSTAN_TERRITORIES.map((t) => ({ value: t.code, label: t.name })),
      childOptions: Array.from({ length: rowCount(children, "children") }, (_, i) => ({
        value: String(i),
        label: childName(children, i),
      })),
      kindergartens: kindergartensFor(answers.address?.territory ?? null).map((k) => ({
        value: k.id,
        label: `${k.name}, ${k.address}`,
      })),
      slots: attachmentSlotsFor(serviceId, answers.applicant?.role),
      attachments: draft.attachments.map((a) => ({ id: a.id, slot: a.slot, fileName: a.fileName, size: a.size })),
    },
  };
}

async function ownDraft(
  db: PrismaClient,
  userId: number,
  applicationId: number,
): Promise<{ draft: NonNullable<Awaited<ReturnType<typeof findOwnDraftForm>>> } | Elsewhere> {
  const draft = await findOwnDraftForm(db, userId, applicationId);
  if (!draft || !isServiceId(draft.serviceId)) return { kind: "notFound" };
  if (draft.status !== "draft") return { kind: "sent", applicationId: draft.id };
  return { draft };
}

/** «Заполнить шаг»: the applicant's own draft at one of its service's steps. */
export async function openStep(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  step: string,
): Promise<StepView | Elsewhere> {
  const found = await ownDraft(db, userId, applicationId);
  if (!("draft" in found)) return found;
  return stepView(found.draft, step) ?? { kind: "notFound" };
}

// --- Saving a step -------------------------------------------------------------------------------

/** A step's post, parsed by the action: the text fields, the pressed button, the chosen file. */
export interface StepPost {
  values: StepValues;
  intent: unknown;
  slot: unknown;
  /** The uploaded file; null when none was chosen (or it was empty). */
  file: { name: string; content: Uint8Array } | null;
}

/** The form's answer when the person stays on the step. */
export interface StepFormAnswer {
  values: StepValues;
  errors: Record<string, string>;
  /** A message for the whole form. */
  message?: string;
  notice?: string;
  /** The list of attached files changed: the page around the form must render again. */
  filesChanged: boolean;
}

export type StepOutcome =
  Elsewhere | { kind: "form"; answer: StepFormAnswer } | { kind: "goTo"; step: StepId } | { kind: "finished" };

/** The applicant's and the caseworker's words where they differ (a caseworker attaches scans). */
export interface StepVoice {
  attached: (fileName: string) => string;
  missing: string;
  saved: string;
}

export const APPLICANT_VOICE: StepVoice = {
  attached: (fileName) => `Файл «${fileName}» прикреплен`,
  missing: "Прикрепите",
  saved: "Черновик сохранен. Вы можете вернуться к нему в разделе «Мои заявления».",
};

/**
 * One step's post on a draft already found to be the owner's: saves what was typed (always, so
 * nothing is lost), then does what the pressed button asks — next, back, save, add or remove a
 * row, attach or remove a file. A step is complete when its schema passes and, for the
 * documents, every required file is there.
 */
export async function saveDraftStep(
  db: PrismaClient,
  owner: DraftOwner,
  draft: DraftForm,
  step: string,
  post: StepPost,
  voice: StepVoice,
): Promise<StepOutcome> {
  if (!isServiceId(draft.serviceId) || !isStepOf(draft.serviceId, step)) return { kind: "notFound" };
  const serviceId = draft.serviceId;
  const intent = parseIntent(post.intent);

  if (intent.kind === "upload") {
    const slot = typeof post.slot === "string" ? post.slot : "";
    const answer: StepFormAnswer = { values: { slot }, errors: {}, filesChanged: false };
    if (!(slot in ATTACHMENT_SLOTS) || slot === "requested") answer.errors.slot = "Выберите вид документа";
    else if (!post.file || post.file.content.byteLength === 0) answer.errors.file = ATTACHMENT_MESSAGES.empty;
    else {
      const stored = await attachFile(db, owner, draft.id, slot as AttachmentSlot, post.file.name, post.file.content);
      logger.info(
        { applicationId: draft.id, slot, outcome: stored.ok ? "stored" : stored.reason },
        "attachment upload",
      );
      if (stored.ok) Object.assign(answer, { notice: voice.attached(post.file.name), filesChanged: true });
      else if (stored.reason === "notFound" || stored.reason === "notAllowed") return { kind: "notFound" };
      else answer.errors.file = ATTACHMENT_MESSAGES[stored.reason];
    }
    return { kind: "form", answer };
  }
  if (intent.kind === "deleteFile") {
    const removed = await removeAttachment(db, owner, draft.id, intent.attachmentId);
    return {
      kind: "form",
      answer: { values: {}, errors: {}, notice: removed ? "Файл удален" : "Файл уже удален", filesChanged: true },
    };
  }

  // The documents step has no typed fields: whatever else was posted is not an answer.
  const posted: StepValues = step === "attachments" ? {} : { ...post.values };
  delete posted.intent;
  const { values, check } = stepSubmission(serviceId, step, intent, posted);
  const missing =
    step === "attachments"
      ? missingAttachments(serviceId, applicationAnswers(draft).applicant?.role, draft.attachments)
      : [];
  const saved = await saveStep(db, owner, draft.id, step, values, check.ok && missing.length === 0);
  if (!saved.ok) return saved.reason === "notDraft" ? { kind: "sent", applicationId: draft.id } : { kind: "notFound" };

  if (intent.kind === "back") return { kind: "goTo", step: previousStep(serviceId, step) ?? step };
  if (intent.kind === "next") {
    if (!check.ok) return { kind: "form", answer: { values, errors: check.errors, filesChanged: false } };
    if (missing.length)
      return {
        kind: "form",
        answer: {
          values,
          errors: {
            file: `${voice.missing}: ${missing.map((slot) => ATTACHMENT_SLOTS[slot].toLowerCase()).join("; ")}`,
          },
          filesChanged: false,
        },
      };
    const next = nextStep(serviceId, step);
    return next ? { kind: "goTo", step: next } : { kind: "finished" };
  }
  return {
    kind: "form",
    answer: { values, errors: {}, filesChanged: false, ...(intent.kind === "save" ? { notice: voice.saved } : {}) },
  };
}

/** The applicant's step post on their own draft. */
export async function saveApplicantStep(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  step: string,
  post: StepPost,
): Promise<StepOutcome> {
  const found = await ownDraft(db, userId, applicationId);
  if (!("draft" in found)) return found;
  return saveDraftStep(db, userId, found.draft, step, post, APPLICANT_VOICE);
}

// --- Check your answers and sending --------------------------------------------------------------

export interface ReviewView {
  kind: "review";
  applicationId: number;
  serviceId: ServiceId;
  serviceTitle: string;
  answers: Answers;
  completedSteps: string[];
  /** Steps to fill before sending, in the service's order; empty when every step parses. */
  invalidSteps: StepId[];
  sections: SummarySection[];
  attachments: { id: string; label: string; fileName: string }[];
  estimate: EligibilityOutcome | null;
  requiredLevel: EsiaLevel;
  /** The linked ESIA account is of the service's level: sending is possible once complete. */
  levelMet: boolean;
}

/** «Проверьте заявление»: every answer with its label, the calculation, and whether it can be sent. */
export async function reviewDraft(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  esiaLevel: string | null | undefined,
  today: IsoDate,
  locale: Locale = "ru",
): Promise<ReviewView | Elsewhere> {
  const found = await ownDraft(db, userId, applicationId);
  if (!("draft" in found)) return found;
  const { draft } = found;
  const serviceId = draft.serviceId as ServiceId;
  const answers = applicationAnswers(draft);
  const assessment = assessDraft(serviceId, answers, draft.attachments, esiaLevel, today);
  return {
    kind: "review",
    applicationId: draft.id,
    serviceId,
    serviceTitle: BENEFIT_SERVICES[serviceId].title,
    answers,
    completedSteps: draft.completedSteps,
    invalidSteps: assessment.parsed.ok ? [] : assessment.parsed.invalidSteps,
    sections: applicationSummary(serviceId, answers, draft.esiaFields, locale),
    attachments: draft.attachments.map((file) => ({
      id: file.id,
      label: choiceText(locale, "attachmentSlot", file.slot),
      fileName: file.fileName,
    })),
    estimate: assessment.estimate,
    requiredLevel: BENEFIT_SERVICES[serviceId].requiredEsiaLevel,
    levelMet: assessment.levelMet,
  };
}

export const SEND_MESSAGES = {
  esiaLevel:
    "Для отправки заявления нужна учетная запись ЕСИА уровня не ниже «Стандартная», привязанная к личному кабинету.",
  incomplete: (steps: readonly StepId[]) =>
    `Заявление заполнено не полностью. Проверьте шаги: ${steps.map((step) => `«${STEP_TITLES[step]}»`).join(", ")}.`,
};

export type SendOutcome = Elsewhere | { kind: "refused"; message: string };

/**
 * «Отправить заявление». Twice (double click, retry) sends once and lands on the same page; the
 * first sending is written to the audit log.
 */
export async function sendApplication(
  db: PrismaClient,
  user: { id: number; esiaLevel: string | null },
  applicationId: number,
  meta: { ip: string | null },
): Promise<SendOutcome> {
  const result = await submitApplication(db, user.id, applicationId, user.esiaLevel);
  if (!result.ok) {
    if (result.reason === "notFound") return { kind: "notFound" };
    if (result.reason === "esiaLevel") return { kind: "refused", message: SEND_MESSAGES.esiaLevel };
    return { kind: "refused", message: SEND_MESSAGES.incomplete(result.invalidSteps ?? []) };
  }
  if (!result.alreadySubmitted) {
    await audit(db, {
      actor: { type: "user", id: user.id },
      action: "application.submit",
      subject: `application:${applicationId}`,
      outcome: "success",
      ip: meta.ip,
    });
  }
  return { kind: "sent", applicationId };
}

// --- After sending -------------------------------------------------------------------------------

export type ApplicationView = NonNullable<Awaited<ReturnType<typeof loadApplicationView>>>;

async function loadApplicationView(db: PrismaClient, userId: number, applicationId: number) {
  const application = await findOwnApplication(db, userId, applicationId);
  if (!application || !isServiceId(application.serviceId)) return null;
  const serviceId: ServiceId = application.serviceId;
  const request = lastDocumentRequest(application.events);
  return {
    kind: "application" as const,
    application: { ...application, serviceId },
    status: STATUS_INFO[application.status],
    eligibility: application.eligibility as unknown as EligibilityOutcome | null,
    request,
    decision: lastDecision(application.events),
    /** Files sent in answer to the latest «Запросить документы». */
    requestedFiles: application.attachments.filter(
      (a) => a.slot === "requested" && request && a.createdAt >= request.at,
    ),
    canWithdraw: availableActions(application.status, "applicant").includes("withdraw"),
  };
}

/** The applicant's application after sending; a draft sends the person to the step to carry on with. */
export async function openApplication(
  db: PrismaClient,
  userId: number,
  applicationId: number,
): Promise<ApplicationView | { kind: "notFound" } | { kind: "draft"; resumeAt: string }> {
  const view = await loadApplicationView(db, userId, applicationId);
  if (!view) return { kind: "notFound" };
  if (view.application.status === "draft") {
    const step = resumeStep(view.application.serviceId, view.application.completedSteps);
    return {
      kind: "draft",
      resumeAt: step
        ? `/cabinet/applications/${view.application.id}/step/${step}`
        : `/cabinet/applications/${view.application.id}/review`,
    };
  }
  return view;
}

export type RequestedUploadOutcome = { kind: "notFound" } | { kind: "form"; answer: StepFormAnswer };

/** A document the caseworker asked for, uploaded on the application's page. */
export async function uploadRequestedDocument(
  db: PrismaClient,
  userId: number,
  applicationId: number,
  file: StepPost["file"],
): Promise<RequestedUploadOutcome> {
  if (!file || file.content.byteLength === 0)
    return { kind: "form", answer: { values: {}, errors: { file: ATTACHMENT_MESSAGES.empty }, filesChanged: false } };
  const stored = await attachFile(db, userId, applicationId, "requested", file.name, file.content);
  if (stored.ok)
    return {
      kind: "form",
      answer: { values: {}, errors: {}, notice: `Документ «${file.name}» прикреплен`, filesChanged: true },
    };
  if (stored.reason === "notFound") return { kind: "notFound" };
  if (stored.reason === "notAllowed")
    return {
      kind: "form",
      answer: {
        values: {},
        errors: {},
        message: "Сейчас документы к этому заявлению не запрашивались.",
        filesChanged: false,
      },
    };
  return {
    kind: "form",
    answer: { values: {}, errors: { file: ATTACHMENT_MESSAGES[stored.reason] }, filesChanged: false },
  };
}
