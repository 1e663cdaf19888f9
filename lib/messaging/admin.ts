import type { PrismaClient } from "../generated/prisma/client";
import { audit } from "../audit/audit";
import type { StaffActor } from "../staff/admin";
import { maskRecipient } from "./privacy";
import { enqueueDelivery } from "./queue";

// «Доставка сообщений» for the administrator: how many messages are waiting, sent and failed,
// the failed and delayed ones with their last error, and «Отправить повторно» for a failed one.
// Recipients are shown masked: the page is for seeing that delivery works, not whom it reached.

export type DeliveryOutcome<T> =
  { ok: true; value: T } | { ok: false; kind: "forbidden" | "not_found" | "invalid"; message: string };

export interface DeliveryProblem {
  id: number;
  channel: string;
  kind: string;
  recipient: string;
  subject: string;
  /** failed, or queued/sending after a failed attempt ("delayed"). */
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
}

export interface DeliveryOverview {
  counts: { queued: number; delayed: number; sending: number; sent: number; failed: number };
  problems: DeliveryProblem[];
}

const SHOWN = 100;

async function refused<T>(
  prisma: PrismaClient,
  actor: StaffActor,
  action: string,
  ip: string | null,
): Promise<DeliveryOutcome<T>> {
  await audit(prisma, {
    actor: { type: "staff", ...actor },
    action: "staff.admin.refused",
    outcome: "refused",
    ip,
    details: { attempted: action },
  });
  return { ok: false, kind: "forbidden", message: "Действие доступно только администратору" };
}

/** The counts and problems, without the role check: for the page's lib callers and tests. */
export async function deliveryState(prisma: PrismaClient): Promise<DeliveryOverview> {
  const grouped = await prisma.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (status: string) => grouped.find((group) => group.status === status)?._count._all ?? 0;
  const delayed = await prisma.outboxMessage.count({
    where: { status: { in: ["queued", "sending"] }, lastError: { not: null } },
  });
  const rows = await prisma.outboxMessage.findMany({
    where: { OR: [{ status: "failed" }, { status: { in: ["queued", "sending"] }, lastError: { not: null } }] },
    orderBy: [{ lastAttemptAt: "desc" }, { id: "desc" }],
    take: SHOWN,
  });
  return {
    counts: {
      queued: count("queued"),
      delayed,
      sending: count("sending"),
      sent: count("sent"),
      failed: count("failed"),
    },
    problems: rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      kind: row.kind,
      recipient: maskRecipient(row.channel, row.recipient),
      subject: row.subject,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
      lastAttemptAt: row.lastAttemptAt,
    })),
  };
}

export async function deliveryOverview(
  prisma: PrismaClient,
  actor: StaffActor,
  ip: string | null = null,
): Promise<DeliveryOutcome<DeliveryOverview>> {
  if (actor.role !== "administrator") return refused(prisma, actor, "delivery.list", ip);
  return { ok: true, value: await deliveryState(prisma) };
}

/** A failed message goes back to the queue with a fresh count of attempts; the job commits with it. */
export async function resendMessage(
  prisma: PrismaClient,
  actor: StaffActor,
  messageId: number,
  ip: string | null = null,
): Promise<DeliveryOutcome<true>> {
  if (actor.role !== "administrator") return refused(prisma, actor, "delivery.resend", ip);
  return prisma.$transaction(async (tx) => {
    // Only a failed row: a queued or sent one would be delivered twice.
    const reopened = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: "failed" },
      data: { status: "queued", attempts: 0, lastError: null },
    });
    if (reopened.count !== 1)
      return {
        ok: false as const,
        kind: "not_found" as const,
        message: "Сообщение уже отправлено или снова в очереди",
      };
    await enqueueDelivery(tx, messageId);
    await audit(tx, {
      actor: { type: "staff", ...actor },
      action: "delivery.resend",
      subject: `outbox:${messageId}`,
      outcome: "success",
      ip,
    });
    return { ok: true as const, value: true as const };
  });
}
