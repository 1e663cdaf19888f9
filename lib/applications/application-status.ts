import {
  addWorkingDays,
  coversYears,
  moscowDate,
  workingDaysBetween,
  type IsoDate,
  type WorkingCalendar,
} from "../benefits/calendar";
import { isRefusalReason, isReturnReason, type ReasonCode } from "../benefits/reasons";
import { TATARSTAN_WORKING_CALENDAR } from "../benefits/reference-data";
import { BENEFIT_SERVICES, type ServiceId } from "../benefits/services";

// The life of an application (§6.2) as one state machine: statuses, the actions that move between
// them and who may take each. transition() never throws for an impossible move: it says why not.
// applyTransition() also builds the audit row every change must leave (who, when, from → to,
// reason code, comment). Deadlines in working days (§6.1) are at the end of the file.

export type ApplicationStatus =
  | "draft"
  | "submitted"
  | "registered"
  | "returned"
  | "in_review"
  | "docs_requested"
  | "docs_provided"
  | "approved"
  | "assigned"
  | "rejected"
  | "withdrawn";

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "draft",
  "submitted",
  "registered",
  "returned",
  "in_review",
  "docs_requested",
  "docs_provided",
  "approved",
  "assigned",
  "rejected",
  "withdrawn",
];

/** The applicant's label and whether the status is final (no action leaves it). */
export const STATUS_INFO: Record<ApplicationStatus, { label: string; final: boolean }> = {
  draft: { label: "Черновик", final: false },
  submitted: { label: "Заявление отправлено", final: false },
  registered: { label: "Принято (зарегистрировано)", final: false },
  returned: { label: "Возврат: не принято к рассмотрению", final: true },
  in_review: { label: "В работе", final: false },
  docs_requested: { label: "Приостановлено: запрошены документы", final: false },
  docs_provided: { label: "Документы представлены", final: false },
  approved: { label: "Положительное решение", final: false },
  assigned: { label: "Назначено", final: true },
  rejected: { label: "Отказ", final: true },
  withdrawn: { label: "Отозвано заявителем", final: true },
};

export function isFinalStatus(status: ApplicationStatus): boolean {
  return STATUS_INFO[status].final;
}

/** The decision clock («срок рассмотрения») stands still while the applicant gathers documents. */
export const CLOCK_PAUSED_STATUSES: readonly ApplicationStatus[] = ["docs_requested"];

export type StatusAction =
  | "submit"
  | "receivePaper"
  | "register"
  | "return"
  | "takeIntoReview"
  | "requestDocuments"
  | "provideDocuments"
  | "resumeReview"
  | "approve"
  | "reject"
  | "assign"
  | "withdraw";

export const STATUS_ACTIONS: readonly StatusAction[] = [
  "submit",
  "receivePaper",
  "register",
  "return",
  "takeIntoReview",
  "requestDocuments",
  "provideDocuments",
  "resumeReview",
  "approve",
  "reject",
  "assign",
  "withdraw",
];

/** Who acts: the applicant, a caseworker of the territorial body, their supervisor, or the portal itself. */
export type Actor = "applicant" | "caseworker" | "supervisor" | "system";

export const ACTORS: readonly Actor[] = ["applicant", "caseworker", "supervisor", "system"];

export interface TransitionRule {
  action: StatusAction;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  actors: readonly Actor[];
  /** Who may act when the four-eyes option is on (decisions by a supervisor only). */
  fourEyesActors?: readonly Actor[];
  /** The reason code the action needs. */
  reason?: "return" | "refusal";
  /** What the action is called on the caseworker's screen. */
  label: string;
}

const STAFF: readonly Actor[] = ["caseworker", "supervisor"];

/** §6.2. A supervisor may do whatever a caseworker may. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: "submit", from: ["draft"], to: "submitted", actors: ["applicant"], label: "Отправить заявление" },
  // An application received in person, at the МФЦ or by post, entered by a caseworker on the applicant's behalf.
  { action: "receivePaper", from: ["draft"], to: "submitted", actors: STAFF, label: "Принять заявление на бумаге" },
  {
    action: "register",
    from: ["submitted"],
    to: "registered",
    actors: ["system", ...STAFF],
    label: "Зарегистрировать",
  },
  {
    action: "return",
    from: ["registered"],
    to: "returned",
    actors: STAFF,
    reason: "return",
    label: "Вернуть без рассмотрения",
  },
  { action: "takeIntoReview", from: ["registered"], to: "in_review", actors: STAFF, label: "Взять в работу" },
  {
    action: "requestDocuments",
    from: ["in_review"],
    to: "docs_requested",
    actors: STAFF,
    label: "Запросить документы",
  },
  {
    action: "provideDocuments",
    from: ["docs_requested"],
    to: "docs_provided",
    actors: ["applicant"],
    label: "Представить документы",
  },
  { action: "resumeReview", from: ["docs_provided"], to: "in_review", actors: STAFF, label: "Продолжить рассмотрение" },
  {
    action: "approve",
    from: ["in_review"],
    to: "approved",
    actors: STAFF,
    fourEyesActors: ["supervisor"],
    label: "Принять положительное решение",
  },
  {
    action: "reject",
    from: ["in_review"],
    to: "rejected",
    actors: STAFF,
    fourEyesActors: ["supervisor"],
    reason: "refusal",
    label: "Отказать",
  },
  {
    // The system refuses when the documents deadline lapses; staff may do it by hand.
    action: "reject",
    from: ["docs_requested"],
    to: "rejected",
    actors: ["system", ...STAFF],
    fourEyesActors: ["system", "supervisor"],
    reason: "refusal",
    label: "Отказать: документы не представлены в срок",
  },
  { action: "assign", from: ["approved"], to: "assigned", actors: ["system"], label: "Назначить выплату" },
  {
    // «Before decision»: the brief lists draft, submitted, registered and in_review; a request for
    // documents does not make a decision, so the two document statuses allow it too.
    action: "withdraw",
    from: ["draft", "submitted", "registered", "in_review", "docs_requested", "docs_provided"],
    to: "withdrawn",
    actors: ["applicant"],
    label: "Отозвать заявление",
  },
];

export interface TransitionPolicy {
  /** Decisions (approve, reject) by a supervisor only. */
  fourEyes: boolean;
}

export const DEFAULT_TRANSITION_POLICY: TransitionPolicy = { fourEyes: false };

export type TransitionRefusal = "finalStatus" | "actionNotAvailable" | "actorNotAllowed";

export type TransitionResult =
  { ok: true; status: ApplicationStatus; rule: TransitionRule } | { ok: false; reason: TransitionRefusal };

export function ruleFor(current: ApplicationStatus, action: StatusAction): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.action === action && rule.from.includes(current));
}

export function actorsFor(
  rule: TransitionRule,
  policy: TransitionPolicy = DEFAULT_TRANSITION_POLICY,
): readonly Actor[] {
  return policy.fourEyes && rule.fourEyesActors ? rule.fourEyesActors : rule.actors;
}

/** The status after `action` by `actor`, or why the move is not allowed. Never throws. */
export function transition(
  current: ApplicationStatus,
  action: StatusAction,
  actor: Actor,
  policy: TransitionPolicy = DEFAULT_TRANSITION_POLICY,
): TransitionResult {
  if (isFinalStatus(current)) return { ok: false, reason: "finalStatus" };
  const rule = ruleFor(current, action);
  if (!rule) return { ok: false, reason: "actionNotAvailable" };
  if (!actorsFor(rule, policy).includes(actor)) return { ok: false, reason: "actorNotAllowed" };
  return { ok: true, status: rule.to, rule };
}

/** What `actor` may do in `current`: the buttons to show. */
export function availableActions(
  current: ApplicationStatus,
  actor: Actor,
  policy: TransitionPolicy = DEFAULT_TRANSITION_POLICY,
): StatusAction[] {
  return STATUS_ACTIONS.filter((action) => transition(current, action, actor, policy).ok);
}

// ---------------------------------------------------------------------------------------------
// Status events: one audit row per change (STYLE 9).

export interface StatusCommand {
  action: StatusAction;
  actor: Actor;
  /** The user or service account; null for the system. */
  actorId: string | null;
  /** When, as an ISO timestamp. */
  at: string;
  /** Required for return (a ReturnReason) and reject (a RefusalReason); refused elsewhere. */
  reasonCode?: ReasonCode;
  comment?: string;
}

export interface StatusEvent {
  from: ApplicationStatus;
  to: ApplicationStatus;
  action: StatusAction;
  actor: Actor;
  actorId: string | null;
  at: string;
  reasonCode: ReasonCode | null;
  comment: string | null;
}

export type ApplyRefusal = TransitionRefusal | "reasonRequired" | "reasonNotApplicable" | "badTimestamp";

export type ApplyResult =
  { ok: true; status: ApplicationStatus; event: StatusEvent } | { ok: false; reason: ApplyRefusal };

function reasonProblem(rule: TransitionRule, code: ReasonCode | undefined): ApplyRefusal | null {
  if (!rule.reason) return code === undefined ? null : "reasonNotApplicable";
  if (code === undefined) return "reasonRequired";
  const fits = rule.reason === "return" ? isReturnReason(code) : isRefusalReason(code);
  return fits ? null : "reasonNotApplicable";
}

/** transition() plus the event row to store; checks the reason code and the timestamp. */
export function applyTransition(
  current: ApplicationStatus,
  command: StatusCommand,
  policy: TransitionPolicy = DEFAULT_TRANSITION_POLICY,
): ApplyResult {
  const moved = transition(current, command.action, command.actor, policy);
  if (!moved.ok) return moved;
  const problem = reasonProblem(moved.rule, command.reasonCode);
  if (problem) return { ok: false, reason: problem };
  if (Number.isNaN(Date.parse(command.at))) return { ok: false, reason: "badTimestamp" };
  return {
    ok: true,
    status: moved.status,
    event: {
      from: current,
      to: moved.status,
      action: command.action,
      actor: command.actor,
      actorId: command.actorId,
      at: command.at,
      reasonCode: command.reasonCode ?? null,
      comment: command.comment?.trim() || null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Deadlines (§6.1), in working days of the RT calendar. `provisional` means a year on the way has
// no production calendar loaded yet (see reference-data.ts), so the date may move.

export interface Deadline {
  date: IsoDate;
  provisional: boolean;
}

function deadline(start: IsoDate, workingDays: number, calendar: WorkingCalendar): Deadline {
  const date = addWorkingDays(start, workingDays, calendar);
  return { date, provisional: !coversYears(calendar, start, date) };
}

/** The latest day an online application is registered: the next working day after it is sent. */
export function registrationDeadline(
  submittedAt: string,
  serviceId: ServiceId,
  calendar: WorkingCalendar = TATARSTAN_WORKING_CALENDAR,
): Deadline {
  return deadline(moscowDate(submittedAt), BENEFIT_SERVICES[serviceId].deadlines.registrationWorkingDays, calendar);
}

/** The decision is due this many working days after registration. */
export function decisionDeadlineFromRegistration(
  registeredOn: IsoDate,
  serviceId: ServiceId,
  calendar: WorkingCalendar = TATARSTAN_WORKING_CALENDAR,
): Deadline {
  return deadline(registeredOn, BENEFIT_SERVICES[serviceId].deadlines.decisionWorkingDays, calendar);
}

/**
 * The decision deadline promised when the application is sent: registration by the next working
 * day, then the decision term. `submittedAt` is a date or an ISO timestamp (read in Moscow time).
 */
export function decisionDeadline(
  submittedAt: string,
  serviceId: ServiceId,
  calendar: WorkingCalendar = TATARSTAN_WORKING_CALENDAR,
): Deadline {
  const registered = registrationDeadline(submittedAt, serviceId, calendar);
  const decision = decisionDeadlineFromRegistration(registered.date, serviceId, calendar);
  return { date: decision.date, provisional: registered.provisional || decision.provisional };
}

/** The last day to upload requested documents; after it the system may refuse. */
export function documentsDeadline(
  requestedAt: string,
  serviceId: ServiceId,
  calendar: WorkingCalendar = TATARSTAN_WORKING_CALENDAR,
): Deadline {
  return deadline(moscowDate(requestedAt), BENEFIT_SERVICES[serviceId].deadlines.documentsWorkingDays, calendar);
}

/** The decision deadline moved on by the working days the application spent waiting for documents. */
export function extendForPause(
  due: Deadline,
  pausedOn: IsoDate,
  resumedOn: IsoDate,
  calendar: WorkingCalendar = TATARSTAN_WORKING_CALENDAR,
): Deadline {
  const moved = deadline(due.date, workingDaysBetween(pausedOn, resumedOn, calendar), calendar);
  return {
    date: moved.date,
    provisional: due.provisional || moved.provisional || !coversYears(calendar, pausedOn, resumedOn),
  };
}
