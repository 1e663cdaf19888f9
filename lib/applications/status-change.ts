import { applyTransition, documentsDeadline, type ApplyRefusal, type StatusCommand } from "./application-status";
import { isServiceId } from "../benefits/services";
import type { ApplicationStatus, Prisma, PrismaClient } from "../generated/prisma/client";
import { notify, queueMessage } from "../messaging/outbox";
import { esiaContactsOf, noticeRecipients } from "../messaging/recipients";
import { statusNotice, type StatusNoticeInput } from "./status-notices";

// Every status change of a submitted application goes through here, in one transaction: the
// version check (optimistic concurrency: two people acting on one application — the second is
// told, nothing is overwritten), the state machine, the status history row, and the notices to
// the applicant (cabinet, and e-mail and SMS as outbox rows whose delivery jobs commit with the
// change, so a rolled-back decision sends nothing and a committed one always sends).

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface StatusChangeInput {
  applicationId: number;
  /** The version the actor saw; a different current version means someone acted meanwhile. */
  expectedVersion: number;
  command: StatusCommand;
  /** Stored with the history row: requested documents, approved amount and period, … */
  details?: Record<string, unknown>;
  /** Columns changed with the status. */
  update?: Pick<
    Prisma.ApplicationUncheckedUpdateInput,
    "amountKopecks" | "decidedAt" | "decisionWorkingDays" | "assignedStaffId" | "eligibility" | "decisionDue"
  >;
}

export type StatusChangeResult =
  | { ok: true; version: number; status: ApplicationStatus }
  | { ok: false; reason: "notFound" | "conflict" | ApplyRefusal };

export async function changeApplicationStatus(db: PrismaClient, input: StatusChangeInput): Promise<StatusChangeResult> {
  return db.$transaction((tx) => changeStatusIn(tx, input));
}

/** The same, inside a transaction the caller already holds (submission registers in the same one). */
export async function changeStatusIn(tx: Tx, input: StatusChangeInput): Promise<StatusChangeResult> {
  const application = await tx.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      userId: true,
      number: true,
      serviceId: true,
      decisionDue: true,
      user: {
        select: {
          email: true,
          emailVerified: true,
          phone: true,
          phoneVerified: true,
          noticeChannels: true,
          locale: true,
          esiaLink: { select: { person: true } },
        },
      },
    },
  });
  if (!application) return { ok: false, reason: "notFound" };
  if (application.version !== input.expectedVersion) return { ok: false, reason: "conflict" };
  const applied = applyTransition(application.status, input.command);
  if (!applied.ok) return applied;

  // The WHERE on the version makes the check and the write one step: of two concurrent
  // changes from the same version only one matches a row.
  const updated = await tx.application.updateMany({
    where: { id: application.id, version: input.expectedVersion },
    data: { status: applied.status, version: { increment: 1 }, ...input.update },
  });
  if (updated.count !== 1) return { ok: false, reason: "conflict" };

  const event = applied.event;
  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      fromStatus: event.from,
      toStatus: event.to,
      action: event.action,
      actor: event.actor,
      actorId: event.actorId,
      at: new Date(event.at),
      reasonCode: event.reasonCode,
      comment: event.comment,
      details: (input.details ?? {}) as Prisma.InputJsonValue,
    },
  });

  // A paper application of a person without a cabinet has nobody to notify on the portal.
  if (
    application.number &&
    application.userId !== null &&
    application.user &&
    isServiceId(application.serviceId) &&
    applied.status !== "draft"
  ) {
    const details = input.details ?? {};
    const requested = Array.isArray(details.requestedDocuments)
      ? details.requestedDocuments.filter((d): d is string => typeof d === "string")
      : undefined;
    const noticeInput: StatusNoticeInput = {
      number: application.number,
      serviceId: application.serviceId,
      status: applied.status,
      reasonCode: event.reasonCode,
      comment: event.comment,
      ...(requested
        ? { requestedDocuments: requested, documentsDue: documentsDeadline(event.at, application.serviceId).date }
        : {}),
      amountKopecks: typeof input.update?.amountKopecks === "number" ? input.update.amountKopecks : null,
      startMonth: typeof details.startMonth === "string" ? details.startMonth : null,
      decisionDue: typeof input.update?.decisionDue === "string" ? input.update.decisionDue : application.decisionDue,
      locale: application.user.locale,
    };
    const notice = statusNotice(noticeInput);
    await notify(tx, application.userId, notice.title, notice.body, `/cabinet/applications/${application.id}`);
    const { user } = application;
    for (const { channel, recipient } of noticeRecipients(user, esiaContactsOf(user.esiaLink?.person))) {
      await queueMessage(tx, {
        channel,
        recipient,
        template: { kind: "status_notice", applicationId: application.id, notice: noticeInput },
      });
    }
  }
  return { ok: true, version: input.expectedVersion + 1, status: applied.status };
}
