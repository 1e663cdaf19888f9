import type { ApplicationStatus } from "./application-status";
import { formatRubles } from "../benefits/money";
import { reasonText, type ReasonCode } from "../benefits/reasons";
import type { ServiceId } from "../benefits/services";
import { message } from "../i18n/catalogue";
import { parseLocale } from "../i18n/locales";
import { formatRussianDate } from "../validation/calendar-date";

// What the applicant is told at each status change (research/benefits.md §6.2): the cabinet
// notification here; the e-mail and the SMS are written from the same sentence by
// lib/messaging/templates.ts.

export interface StatusNoticeInput {
  number: string;
  serviceId: ServiceId;
  status: ApplicationStatus;
  reasonCode?: string | null;
  comment?: string | null;
  /** docs_requested: what is needed and by when. */
  requestedDocuments?: readonly string[];
  documentsDue?: string | null;
  /** approved: the amount and the first month. */
  amountKopecks?: number | null;
  startMonth?: string | null;
  decisionDue?: string | null;
  /** The applicant's language (User.locale); Russian when absent, as in notices queued before it. */
  locale?: string;
}

export interface StatusNotice {
  title: string;
  body: string;
}

export function statusSentence(input: StatusNoticeInput): string {
  const locale = parseLocale(input.locale);
  const say = (key: string, values?: Record<string, string | number>) => message(locale, `notice.${key}`, values);
  const reason = input.reasonCode ? reasonText(input.reasonCode as ReasonCode) : null;
  switch (input.status) {
    case "submitted":
    case "registered":
      return input.decisionDue ? say("acceptedDue", { date: formatRussianDate(input.decisionDue) }) : say("accepted");
    case "in_review":
      return say("inReview");
    case "docs_requested": {
      const list = (input.requestedDocuments ?? []).map((doc) => `— ${doc}`).join("\n");
      const asked = input.documentsDue
        ? say("docsRequestedDue", { date: formatRussianDate(input.documentsDue) })
        : say("docsRequested");
      return `${asked}\n${list}`.trim();
    }
    case "docs_provided":
      return say("docsProvided");
    case "approved":
      if (input.amountKopecks == null) return say("approved");
      return input.startMonth
        ? say("approvedAmountFrom", {
            amount: formatRubles(input.amountKopecks),
            month: input.startMonth.split("-").reverse().join("."),
          })
        : say("approvedAmount", { amount: formatRubles(input.amountKopecks) });
    case "rejected":
      return reason ? say("rejectedReason", { reason }) : say("rejected");
    case "returned":
      return reason ? say("returnedReason", { reason }) : say("returned");
    default:
      return say("other", { status: message(locale, `status.${input.status}`) });
  }
}

/** The cabinet's notice, in the language the person chose (User.locale). */
export function statusNotice(input: StatusNoticeInput): StatusNotice {
  const locale = parseLocale(input.locale);
  const service = message(locale, `service.${input.serviceId}.shortTitle`);
  const label = message(locale, `status.${input.status}`);
  const comment = input.comment ? `\n${message(locale, "notice.comment", { comment: input.comment })}` : "";
  return {
    title: message(locale, "notice.title", { number: input.number, status: label }),
    body: `${message(locale, "notice.body", { service, sentence: statusSentence(input) })}${comment}`,
  };
}
