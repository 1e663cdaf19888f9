import { STATUS_INFO, type ApplicationStatus } from "../benefits/application-status";
import { formatRubles } from "../benefits/money";
import { reasonText, type ReasonCode } from "../benefits/reasons";
import { BENEFIT_SERVICES, type ServiceId } from "../benefits/services";
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
}

export interface StatusNotice {
  title: string;
  body: string;
}

export function statusSentence(input: StatusNoticeInput): string {
  switch (input.status) {
    case "submitted":
    case "registered":
      return input.decisionDue
        ? `Заявление принято. Решение будет принято не позднее ${formatRussianDate(input.decisionDue)}.`
        : "Заявление принято.";
    case "in_review":
      return "Заявление взято в работу специалистом.";
    case "docs_requested": {
      const list = (input.requestedDocuments ?? []).map((doc) => `— ${doc}`).join("\n");
      const due = input.documentsDue ? ` до ${formatRussianDate(input.documentsDue)}` : "";
      return `Рассмотрение приостановлено: представьте документы${due} в личном кабинете.\n${list}`.trim();
    }
    case "docs_provided":
      return "Документы получены, рассмотрение заявления продолжится.";
    case "approved":
      return input.amountKopecks != null
        ? `Принято положительное решение. Размер выплаты: ${formatRubles(input.amountKopecks)} в месяц${input.startMonth ? `, начиная с ${input.startMonth.split("-").reverse().join(".")}` : ""}.`
        : "Принято положительное решение.";
    case "rejected":
      return `Принято решение об отказе${input.reasonCode ? `: ${reasonText(input.reasonCode as ReasonCode)}` : ""}.`;
    case "returned":
      return `Заявление возвращено без рассмотрения${input.reasonCode ? `: ${reasonText(input.reasonCode as ReasonCode)}` : ""}.`;
    default:
      return `Статус заявления: ${STATUS_INFO[input.status].label}.`;
  }
}

export function statusNotice(input: StatusNoticeInput): StatusNotice {
  const service = BENEFIT_SERVICES[input.serviceId].shortTitle;
  const label = STATUS_INFO[input.status].label;
  const sentence = statusSentence(input);
  const comment = input.comment ? `\nКомментарий специалиста: ${input.comment}` : "";
  return {
    title: `Заявление № ${input.number}: ${label}`,
    body: `${service}. ${sentence}${comment}`,
  };
}
