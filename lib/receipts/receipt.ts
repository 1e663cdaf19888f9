import type { IsoDate } from "../benefits/calendar";
import type { Kopecks } from "../benefits/money";
import { isServiceId, serviceById } from "../benefits/services";
import type { Prisma } from "../generated/prisma/client";
import { message } from "../i18n/catalogue";
import type { Locale } from "../i18n/locales";

// «Расписка в получении заявления»: what the portal confirms it received, as plain data. The PDF
// (receipt-pdf.ts) only lays it out. Built from the application row as stored; the answers are
// read defensively, since their per-step shape belongs to the application form and may grow.

export interface ApplicationReceipt {
  /** Номер заявления, e.g. 16-2026-0000123. */
  number: string;
  serviceTitle: string;
  /** When the application was sent, ISO 8601. */
  submittedAt: string;
  applicantName: string;
  territorialBodyName: string;
  statusLabel: string;
  /** Срок принятия решения, yyyy-mm-dd; null until known. */
  decisionDue: IsoDate | null;
  amountKopecks: Kopecks | null;
  /** The portal's preliminary check: null when it could not tell. */
  eligible: boolean | null;
  /** How the preliminary amount was computed, line by line. */
  explanation: string[];
  /** Children named in the application. */
  children: string[];
  /** When the receipt was made, ISO 8601. */
  generatedAt: string;
}

/** An application row with its territory and that territory's body, as the receipt route loads it. */
export type ApplicationWithBody = Prisma.ApplicationGetPayload<{
  include: { territory: { include: { territorialBody: true } } };
}>;

type Json = unknown;

function record(value: Json): Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

function text(value: Json): string {
  return typeof value === "string" ? value.trim() : "";
}

function fullName(person: Record<string, Json>): string {
  return [person.lastName, person.firstName, person.middleName].map(text).filter(Boolean).join(" ");
}

const NAME_PART = /^(?:children\.)?(\d{1,3})\.(lastName|firstName|middleName)$/;

/**
 * The children's names from the «children» step, whatever shape it was stored in: flat form
 * values ("0.lastName" or "children.0.lastName"), or a list of objects (under "children" or at the
 * step itself). In index order; a row without any name part is skipped.
 */
export function childrenNames(step: Json): string[] {
  const list = Array.isArray(step)
    ? step
    : Array.isArray(record(step).children)
      ? (record(step).children as Json[])
      : null;
  if (list) return list.map((child) => fullName(record(child))).filter(Boolean);
  const rows = new Map<number, Record<string, Json>>();
  for (const [key, value] of Object.entries(record(step))) {
    const match = NAME_PART.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]!] = value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => fullName(row))
    .filter(Boolean);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The receipt for a sent application. Throws for a draft: it has no number and was not received. */
/** The receipt's facts; the service and the status are named in the applicant's language. */
export function receiptFromApplication(
  row: ApplicationWithBody,
  now: Date = new Date(),
  locale: Locale = "ru",
): ApplicationReceipt {
  if (row.status === "draft" || !row.number || !row.submittedAt) {
    throw new RangeError(`Application ${row.id} has not been sent: there is nothing to give a receipt for`);
  }
  if (!isServiceId(row.serviceId))
    throw new RangeError(`Application ${row.id} names an unknown service «${row.serviceId}»`);
  const answers = record(row.answers);
  const eligibility = record(row.eligibility);
  const explanation = Array.isArray(eligibility.explanation)
    ? eligibility.explanation.filter((line): line is string => typeof line === "string")
    : [];
  return {
    number: row.number,
    serviceTitle: message(locale, `service.${serviceById(row.serviceId).id}.title`),
    submittedAt: row.submittedAt.toISOString(),
    applicantName: fullName(record(answers.applicant)) || "Не указан",
    territorialBodyName: row.territory?.territorialBody?.name ?? row.territory?.name ?? "Не определен",
    statusLabel: message(locale, `status.${row.status}`),
    decisionDue: row.decisionDue && ISO_DATE.test(row.decisionDue) ? row.decisionDue : null,
    amountKopecks: row.amountKopecks,
    eligible: typeof eligibility.eligible === "boolean" ? eligibility.eligible : null,
    explanation,
    children: childrenNames(answers.children),
    generatedAt: now.toISOString(),
  };
}
