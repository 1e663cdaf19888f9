import type { PrismaClient } from "../generated/prisma/client";

// Outgoing e-mail and SMS. A delivery gateway reads the table in production; locally /dev/outbox
// lists it. Writing here inside the same transaction as the change makes the message exactly-once.

type OutboxWriter = Pick<PrismaClient, "outboxMessage">;

export async function queueMessage(prisma: OutboxWriter, message: { channel: "email" | "sms"; recipient: string; subject: string; body: string }): Promise<void> {
  await prisma.outboxMessage.create({ data: message });
}

export async function notify(prisma: Pick<PrismaClient, "notification">, userId: number, title: string, body: string, link?: string): Promise<void> {
  await prisma.notification.create({ data: { userId, title, body, link: link ?? null } });
}
