import { extendForPause, type ApplicationStatus } from "../applications/application-status";
import { moscowDate, type IsoDate } from "../benefits/calendar";

// «Срок решения» on the caseworker's screens. The due date itself is computed from the rules when
// the application is sent (decisionDeadline, working days) and stored on it; here: which
// applications still wait for a decision, which of them are overdue, and the pause for documents.

/** Statuses in which the territorial body owes a decision and the clock runs. */
export const AWAITING_DECISION: readonly ApplicationStatus[] = [
  "submitted",
  "registered",
  "in_review",
  "docs_provided",
];

export function isAwaitingDecision(status: ApplicationStatus): boolean {
  return AWAITING_DECISION.includes(status);
}

/** Overdue: the clock runs and the due day has passed (a decision on the due day itself is in time). */
export function isOverdue(status: ApplicationStatus, decisionDue: IsoDate | null, today: IsoDate): boolean {
  return decisionDue !== null && isAwaitingDecision(status) && decisionDue < today;
}

/**
 * The due date after a pause for documents: moved on by the working days between the request and
 * the applicant's answer (the clock stands still in docs_requested, §6.2).
 */
export function dueAfterPause(decisionDue: IsoDate, requestedAt: Date, providedAt: Date): IsoDate {
  const pausedOn = moscowDate(requestedAt.toISOString());
  const resumedOn = moscowDate(providedAt.toISOString());
  return extendForPause({ date: decisionDue, provisional: false }, pausedOn, resumedOn).date;
}
