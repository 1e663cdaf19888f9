import { availableActions, type ApplicationStatus, type StatusAction } from "../applications/application-status";
import { BENEFIT_SERVICES, isServiceId, type ServiceId } from "../benefits/services";
import { ATTACHMENT_SLOTS, type AttachmentSlot } from "../applications/attachments";
import { answersFrom } from "../applications/steps";
import { applicationSummary, type SummarySection } from "../applications/summary";
import type { IsoDate } from "../benefits/calendar";
import { hasCapability, statusActor, type RequestMeta, type StaffPrincipal } from "./access";
import { approvalPrefill, type ApprovalPrefill } from "./commands";
import { readEligibility, type StoredEligibility } from "./eligibility";
import { auditCasework, guardApplication, guardCapability, type CaseworkDb } from "./guard";
import { fetchQueuePage, type ParsedQueueQuery, type QueuePage } from "./queue";
import { parseLocale, type Locale } from "../i18n/locales";

// What the staff pages read, each behind its check: the queue, one application, an attachment.
// Reading an application's contents or a file is written to the audit log like any action.

/** The queue of the principal's own territory; null when the role has no queue (404). */
export async function viewQueue(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  query: ParsedQueueQuery,
  today: IsoDate,
): Promise<QueuePage | null> {
  if (!(await guardCapability(db, principal, "queue", "queue.view", meta)) || principal.territoryId === null)
    return null;
  // Looking people up by SNILS or surname is a read of personal data: recorded (the kind, not the value).
  if (query.filters.search)
    await auditCasework(db, principal, meta, {
      operation: "queue.view",
      outcome: "success",
      details: { search: query.filters.search.kind },
    });
  return fetchQueuePage(db, principal.territoryId, query.filters, query.cursor, { today });
}

export interface HistoryEntry {
  id: number;
  at: Date;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  action: string;
  actor: string;
  /** «Заявитель», the staff member's name, or «Портал». */
  actorName: string;
  reasonCode: string | null;
  comment: string | null;
  details: Record<string, unknown>;
}

export interface AttachmentInfo {
  id: string;
  slot: string;
  slotLabel: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedBy: string;
  createdAt: Date;
}

export interface ApplicationDetail {
  id: number;
  number: string;
  serviceId: ServiceId;
  serviceTitle: string;
  status: ApplicationStatus;
  version: number;
  territoryName: string;
  esiaLevel: string | null;
  /** Канал поступления (lib/dashboard/figures.ts CHANNEL_LABELS). */
  channel: "portal" | "in_person" | "mfc" | "post";
  esiaFieldCount: number;
  applicantName: string;
  /** The language the applicant reads the portal and the notices in (User.locale); null for a paper applicant without a cabinet. */
  applicantLocale: Locale | null;
  submittedAt: Date | null;
  decisionDue: string | null;
  decidedAt: Date | null;
  amountKopecks: number | null;
  assignedStaff: { id: number; fullName: string } | null;
  sections: SummarySection[];
  attachments: AttachmentInfo[];
  eligibility: StoredEligibility | null;
  history: HistoryEntry[];
  /** What this staff member may do now, by the state machine. */
  actions: StatusAction[];
  prefill: ApprovalPrefill;
  /** Supervisors only: the staff of the territory who can be assigned. */
  assignees: { id: number; fullName: string; role: string }[];
  /** The latest «Запросить документы»: what the applicant was asked for. */
  documentsRequest: { at: Date; requestedDocuments: string[]; message: string } | null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One application of the principal's territory with everything a decision needs; null is 404. */
export async function viewApplication(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  applicationId: number,
): Promise<ApplicationDetail | null> {
  const guarded = await guardApplication(db, principal, applicationId, "viewApplication", "application.view", meta);
  if (!guarded) return null;
  const application = await db.application.findUniqueOrThrow({
    where: { id: guarded.id },
    include: {
      territory: { select: { name: true } },
      assignedStaff: { select: { id: true, fullName: true } },
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
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      user: { select: { locale: true } },
    },
  });
  if (!isServiceId(application.serviceId)) throw new Error(`Application ${application.id} has an unknown service`);
  const serviceId = application.serviceId;
  const staffIds = [
    ...new Set(
      application.events
        .filter((event) => event.actor === "caseworker" || event.actor === "supervisor")
        .map((event) => Number(event.actorId))
        .filter(Number.isSafeInteger),
    ),
  ];
  const [actors, assignees] = await Promise.all([
    staffIds.length
      ? db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, fullName: true } })
      : Promise.resolve([]),
    hasCapability(principal, "reassign")
      ? db.staff.findMany({
          where: { territoryId: guarded.territoryId, active: true, role: { in: ["caseworker", "supervisor"] } },
          select: { id: true, fullName: true, role: true },
          orderBy: { fullName: "asc" },
        })
      : Promise.resolve([]),
  ]);
  const names = new Map(actors.map((staff) => [staff.id, staff.fullName]));
  const history: HistoryEntry[] = application.events.map((event) => ({
    id: event.id,
    at: event.at,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    action: event.action,
    actor: event.actor,
    actorName:
      event.actor === "applicant"
        ? "Заявитель"
        : event.actor === "system"
          ? "Портал"
          : (names.get(Number(event.actorId)) ?? "Сотрудник"),
    reasonCode: event.reasonCode,
    comment: event.comment,
    details: record(event.details),
  }));
  const lastRequest = [...history].reverse().find((entry) => entry.action === "requestDocuments");
  const answers = answersFrom(application.answers);
  const applicant = answers.applicant ?? {};
  const actor = statusActor(principal);
  await auditCasework(db, principal, meta, {
    operation: "application.view",
    outcome: "success",
    applicationId: application.id,
  });
  return {
    id: application.id,
    number: application.number ?? "",
    serviceId,
    serviceTitle: BENEFIT_SERVICES[serviceId].title,
    status: application.status,
    version: application.version,
    territoryName: application.territory?.name ?? "",
    esiaLevel: application.esiaLevel,
    channel: application.channel,
    esiaFieldCount: application.esiaFields.length,
    applicantName:
      [applicant.lastName, applicant.firstName, applicant.middleName].filter(Boolean).join(" ") ||
      (application.applicantSurname ?? ""),
    applicantLocale: application.user ? parseLocale(application.user.locale) : null,
    submittedAt: application.submittedAt,
    decisionDue: application.decisionDue,
    decidedAt: application.decidedAt,
    amountKopecks: application.amountKopecks,
    assignedStaff: application.assignedStaff,
    sections: applicationSummary(serviceId, answers, application.esiaFields),
    attachments: application.attachments.map((file) => ({
      ...file,
      slotLabel: ATTACHMENT_SLOTS[file.slot as AttachmentSlot] ?? file.slot,
    })),
    eligibility: readEligibility(application.eligibility),
    history,
    actions: actor ? availableActions(application.status, actor) : [],
    prefill: approvalPrefill(application.eligibility),
    assignees,
    documentsRequest: lastRequest
      ? {
          at: lastRequest.at,
          requestedDocuments: Array.isArray(lastRequest.details.requestedDocuments)
            ? lastRequest.details.requestedDocuments.filter((d): d is string => typeof d === "string")
            : [],
          message: typeof lastRequest.details.message === "string" ? lastRequest.details.message : "",
        }
      : null,
  };
}

/** A file of an application of the principal's territory, with its content; null is 404. */
export async function downloadAttachment(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  applicationId: number,
  attachmentId: string,
) {
  const guarded = await guardApplication(db, principal, applicationId, "viewApplication", "attachment.download", meta);
  if (!guarded) return null;
  const file = await db.applicationAttachment.findFirst({
    where: { id: attachmentId, applicationId: guarded.id },
    select: { id: true, fileName: true, mediaType: true, size: true, content: true },
  });
  await auditCasework(db, principal, meta, {
    operation: "attachment.download",
    outcome: file ? "success" : "refused",
    applicationId: guarded.id,
    details: file ? { attachmentId: file.id } : { reason: "notFound" },
  });
  return file;
}
