import {
  isFinalStatus,
  transition,
  type ApplicationStatus,
  type ApplyRefusal,
  type StatusAction,
  type StatusCommand,
} from "../applications/application-status";
import { moscowDate, workingDaysBetween } from "../benefits/calendar";
import { TATARSTAN_WORKING_CALENDAR } from "../benefits/reference-data";
import { isServiceId } from "../benefits/services";
import { changeApplicationStatus } from "../applications/status-change";
import { statusActor, type RequestMeta, type StaffPrincipal } from "./access";
import { dueAfterPause } from "./deadlines";
import { documentsFor } from "./documents";
import { readEligibility } from "./eligibility";
import type { ApproveInput, ReassignInput, RejectInput, RequestDocumentsInput } from "./forms";
import {
  auditCasework,
  guardApplication,
  type CaseworkDb,
  type CaseworkOperation,
  type GuardedApplication,
} from "./guard";

// The caseworker's actions on one application. Each: checks access on the server (another
// territory's application is "not found"), checks the move against the state machine, changes
// the status through changeApplicationStatus (version check, event row, applicant notified, all in
// one transaction) and writes the audit log, whatever the outcome.

export type CommandOutcome =
  | { ok: true; version: number; status: ApplicationStatus }
  | { ok: false; kind: "notFound" }
  | { ok: false; kind: "conflict"; message: string }
  | { ok: false; kind: "refused"; message: string }
  | { ok: false; kind: "invalid"; errors: Record<string, string>; message?: string };

export const CONFLICT_MESSAGE =
  "Заявление только что изменил другой сотрудник. Ваше действие не выполнено и ничего не перезаписано: посмотрите, что изменилось, и при необходимости повторите.";

const REFUSAL_MESSAGES: Record<ApplyRefusal, string> = {
  finalStatus: "По заявлению уже принято окончательное решение: действие недоступно.",
  actionNotAvailable: "Это действие недоступно в текущем статусе заявления.",
  actorNotAllowed: "Это действие вам недоступно.",
  reasonRequired: "Выберите причину из списка.",
  reasonNotApplicable: "Эта причина не подходит для этого действия.",
  badTimestamp: "Не удалось записать время действия. Повторите.",
};

export function refusalMessage(reason: ApplyRefusal): string {
  return REFUSAL_MESSAGES[reason];
}

interface Context {
  db: CaseworkDb;
  principal: StaffPrincipal;
  meta: RequestMeta;
  now?: Date;
}

type ChangeUpdate = NonNullable<Parameters<typeof changeApplicationStatus>[1]["update"]>;

interface Step {
  action: StatusAction;
  reasonCode?: StatusCommand["reasonCode"];
  comment?: string;
  details?: Record<string, unknown>;
  update?: ChangeUpdate;
}

/**
 * Runs one or more status moves in order from `expectedVersion`, auditing the result as `operation`.
 * A move the state machine refuses for this actor stops before anything is written.
 */
async function runSteps(
  context: Context,
  application: GuardedApplication,
  expectedVersion: number,
  operation: CaseworkOperation,
  steps: Step[],
  auditDetails: Record<string, unknown> = {},
): Promise<CommandOutcome> {
  const { db, principal, meta } = context;
  const actor = statusActor(principal);
  const fail = async (outcome: Extract<CommandOutcome, { ok: false }>, reason: string) => {
    await auditCasework(db, principal, meta, {
      operation,
      outcome: outcome.kind === "conflict" ? "failed" : "refused",
      applicationId: application.id,
      details: { reason, from: application.status, version: expectedVersion },
    });
    return outcome;
  };
  if (!actor) return fail({ ok: false, kind: "notFound" }, "role");
  if (application.version !== expectedVersion)
    return fail({ ok: false, kind: "conflict", message: CONFLICT_MESSAGE }, "conflict");
  // Check the whole path first, so a refused second step never leaves the first one done.
  let status = application.status;
  for (const step of steps) {
    const moved = transition(status, step.action, actor);
    if (!moved.ok) return fail({ ok: false, kind: "refused", message: REFUSAL_MESSAGES[moved.reason] }, moved.reason);
    status = moved.status;
  }
  let version = expectedVersion;
  const from = application.status;
  for (const step of steps) {
    const command: StatusCommand = {
      action: step.action,
      actor,
      actorId: String(principal.id),
      at: (context.now ?? new Date()).toISOString(),
      ...(step.reasonCode ? { reasonCode: step.reasonCode } : {}),
      ...(step.comment ? { comment: step.comment } : {}),
    };
    const changed = await changeApplicationStatus(db, {
      applicationId: application.id,
      expectedVersion: version,
      command,
      ...(step.details ? { details: step.details } : {}),
      ...(step.update ? { update: step.update } : {}),
    });
    if (!changed.ok) {
      if (changed.reason === "conflict")
        return fail({ ok: false, kind: "conflict", message: CONFLICT_MESSAGE }, "conflict");
      if (changed.reason === "notFound") return fail({ ok: false, kind: "notFound" }, "notFound");
      return fail({ ok: false, kind: "refused", message: REFUSAL_MESSAGES[changed.reason] }, changed.reason);
    }
    version = changed.version;
    status = changed.status;
  }
  await auditCasework(db, principal, meta, {
    operation,
    outcome: "success",
    applicationId: application.id,
    details: { ...auditDetails, from, to: status, version },
  });
  return { ok: true, version, status };
}

/** Working days from sending (receipt) to the decision, for the dashboard's decision times. */
export function decisionWorkingDays(submittedAt: Date | null, decidedAt: Date): number | null {
  if (!submittedAt) return null;
  return workingDaysBetween(
    moscowDate(submittedAt.toISOString()),
    moscowDate(decidedAt.toISOString()),
    TATARSTAN_WORKING_CALENDAR,
  );
}

async function guardDecision(
  context: Context,
  applicationId: number,
  operation: CaseworkOperation,
): Promise<GuardedApplication | null> {
  return guardApplication(context.db, context.principal, applicationId, "decide", operation, context.meta);
}

/** «Взять в работу»: registers a just-sent application if need be, then takes it and assigns it to me. */
export async function takeIntoWork(
  context: Context,
  applicationId: number,
  expectedVersion: number,
): Promise<CommandOutcome> {
  const application = await guardDecision(context, applicationId, "takeIntoWork");
  if (!application) return { ok: false, kind: "notFound" };
  const take: Step = { action: "takeIntoReview", update: { assignedStaffId: context.principal.id } };
  const steps: Step[] = application.status === "submitted" ? [{ action: "register" }, take] : [take];
  return runSteps(context, application, expectedVersion, "takeIntoWork", steps);
}

/**
 * «Запросить документы»: suspends the application (docs_requested) with the list of documents and
 * a message; the applicant sees both in the cabinet and answers there.
 */
export async function requestDocuments(
  context: Context,
  applicationId: number,
  input: RequestDocumentsInput,
): Promise<CommandOutcome> {
  const application = await guardDecision(context, applicationId, "requestDocuments");
  if (!application) return { ok: false, kind: "notFound" };
  const service = await context.db.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { serviceId: true },
  });
  const catalogue = isServiceId(service.serviceId) ? documentsFor(service.serviceId) : [];
  const titles: string[] = [];
  for (const code of input.documentCodes) {
    const document = catalogue.find((candidate) => candidate.code === code);
    if (!document) return { ok: false, kind: "invalid", errors: { documents: "Отметьте документы из списка" } };
    titles.push(document.title);
  }
  const requestedDocuments = [...titles, ...input.otherDocuments];
  return runSteps(
    context,
    application,
    input.version,
    "requestDocuments",
    [{ action: "requestDocuments", details: { requestedDocuments, message: input.message } }],
    { documents: requestedDocuments.length },
  );
}

/**
 * «Продолжить рассмотрение» after the applicant sent the documents. The decision clock stood still
 * while they gathered them, so the due date moves on by that many working days.
 */
export async function resumeReview(
  context: Context,
  applicationId: number,
  expectedVersion: number,
): Promise<CommandOutcome> {
  const application = await guardDecision(context, applicationId, "resumeReview");
  if (!application) return { ok: false, kind: "notFound" };
  const row = await context.db.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { decisionDue: true },
  });
  const [requested, provided] = await Promise.all(
    (["requestDocuments", "provideDocuments"] as const).map((action) =>
      context.db.applicationEvent.findFirst({
        where: { applicationId: application.id, action },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { at: true },
      }),
    ),
  );
  const decisionDue =
    row.decisionDue && requested && provided && provided.at >= requested.at
      ? dueAfterPause(row.decisionDue, requested.at, provided.at)
      : row.decisionDue;
  return runSteps(context, application, expectedVersion, "resumeReview", [
    {
      action: "resumeReview",
      ...(decisionDue !== row.decisionDue ? { update: { decisionDue }, details: { decisionDue } } : {}),
    },
  ]);
}

/** What the rules computed, to prefill «Принять положительное решение». */
export interface ApprovalPrefill {
  amountKopecks: number | null;
  startMonth: string | null;
  months: number | null;
}

export function approvalPrefill(eligibility: unknown): ApprovalPrefill {
  const stored = readEligibility(eligibility);
  return {
    amountKopecks: stored?.amountKopecks ?? null,
    startMonth: stored?.period?.start ?? null,
    months: stored?.period?.months ?? null,
  };
}

/** Which approved values differ from what the rules computed (each needs the stated reason). */
export function changedFromPrefill(
  prefill: ApprovalPrefill,
  input: Pick<ApproveInput, "amount" | "startMonth" | "months">,
): string[] {
  const changed: string[] = [];
  if (prefill.amountKopecks !== input.amount) changed.push("amount");
  if (prefill.startMonth !== input.startMonth) changed.push("startMonth");
  if (prefill.months !== input.months) changed.push("months");
  return changed;
}

const CHANGE_REASON_REQUIRED = "Укажите причину: размер или период отличаются от рассчитанных по правилам";

function missingChangeReason(
  changed: readonly string[],
  input: Pick<ApproveInput, "changeReason">,
): CommandOutcome | null {
  return changed.length > 0 && !input.changeReason
    ? { ok: false, kind: "invalid", errors: { changeReason: CHANGE_REASON_REQUIRED } }
    : null;
}

/**
 * Before «Подтвердить» is asked: the approval as typed checked against the figures the rules
 * stored at submission (read here, never taken from the form), so a change without a reason is
 * caught at once. Null when it may go on to confirmation; the same guard as the command itself.
 */
export async function checkApproval(
  context: Context,
  applicationId: number,
  input: ApproveInput,
): Promise<CommandOutcome | null> {
  const application = await guardDecision(context, applicationId, "approve");
  if (!application) return { ok: false, kind: "notFound" };
  const row = await context.db.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { eligibility: true },
  });
  return missingChangeReason(changedFromPrefill(approvalPrefill(row.eligibility), input), input);
}

/**
 * «Принять положительное решение»: amount, start month and period as the rules computed them, or
 * changed by the caseworker with a reason (both are kept in the event).
 */
export async function approve(context: Context, applicationId: number, input: ApproveInput): Promise<CommandOutcome> {
  const application = await guardDecision(context, applicationId, "approve");
  if (!application) return { ok: false, kind: "notFound" };
  const row = await context.db.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { eligibility: true, submittedAt: true },
  });
  const prefill = approvalPrefill(row.eligibility);
  const changed = changedFromPrefill(prefill, input);
  const missing = missingChangeReason(changed, input);
  if (missing) return missing;
  const now = context.now ?? new Date();
  return runSteps(
    context,
    application,
    input.version,
    "approve",
    [
      {
        action: "approve",
        ...(input.changeReason ? { comment: input.changeReason } : {}),
        details: {
          amountKopecks: input.amount,
          startMonth: input.startMonth,
          months: input.months,
          computed: prefill,
          changed,
          ...(input.changeReason ? { changeReason: input.changeReason } : {}),
        },
        update: {
          amountKopecks: input.amount,
          decidedAt: now,
          decisionWorkingDays: decisionWorkingDays(row.submittedAt, now),
        },
      },
    ],
    { amountKopecks: input.amount, changed },
  );
}

/** «Отказать»: a refusal reason from the catalogue and a comment for the applicant. */
export async function reject(context: Context, applicationId: number, input: RejectInput): Promise<CommandOutcome> {
  const application = await guardDecision(context, applicationId, "reject");
  if (!application) return { ok: false, kind: "notFound" };
  const now = context.now ?? new Date();
  const row = await context.db.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { submittedAt: true },
  });
  return runSteps(
    context,
    application,
    input.version,
    "reject",
    [
      {
        action: "reject",
        reasonCode: input.reasonCode,
        comment: input.comment,
        update: { decidedAt: now, decisionWorkingDays: decisionWorkingDays(row.submittedAt, now) },
      },
    ],
    { reasonCode: input.reasonCode },
  );
}

/**
 * «Назначить исполнителя» (supervisors): another caseworker of the same territorial body. Not a
 * status change, but it checks and moves the version like one, so it cannot overwrite a decision.
 */
export async function reassign(context: Context, applicationId: number, input: ReassignInput): Promise<CommandOutcome> {
  const { db, principal, meta } = context;
  const application = await guardApplication(db, principal, applicationId, "reassign", "reassign", meta);
  if (!application) return { ok: false, kind: "notFound" };
  const refuse = async (outcome: Extract<CommandOutcome, { ok: false }>, reason: string) => {
    await auditCasework(db, principal, meta, {
      operation: "reassign",
      outcome: outcome.kind === "conflict" ? "failed" : "refused",
      applicationId: application.id,
      details: { reason, staffId: input.staffId },
    });
    return outcome;
  };
  if (isFinalStatus(application.status))
    return refuse({ ok: false, kind: "refused", message: REFUSAL_MESSAGES.finalStatus }, "finalStatus");
  const assignee = await db.staff.findFirst({
    where: {
      id: input.staffId,
      territoryId: application.territoryId,
      active: true,
      role: { in: ["caseworker", "supervisor"] },
    },
    select: { id: true },
  });
  if (!assignee)
    return refuse(
      { ok: false, kind: "invalid", errors: { staffId: "Выберите сотрудника вашего территориального органа" } },
      "assignee",
    );
  const updated = await db.application.updateMany({
    where: { id: application.id, version: input.version, territoryId: application.territoryId },
    data: { assignedStaffId: assignee.id, version: { increment: 1 } },
  });
  if (updated.count !== 1) return refuse({ ok: false, kind: "conflict", message: CONFLICT_MESSAGE }, "conflict");
  await auditCasework(db, principal, meta, {
    operation: "reassign",
    outcome: "success",
    applicationId: application.id,
    details: { staffId: assignee.id, version: input.version + 1 },
  });
  return { ok: true, version: input.version + 1, status: application.status };
}
