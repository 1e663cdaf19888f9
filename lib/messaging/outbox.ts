import type { PrismaClient } from "../generated/prisma/client";
import { config } from "../config";
import { enqueueDelivery } from "./queue";
import { renderMessage, type MessageSettings, type MessageTemplate } from "./templates";

// Outgoing e-mail and SMS. The outbox row is the record of what is sent; the job written beside
// it in the same transaction delivers it (lib/messaging/worker.ts). Callers pass their transaction,
// so a change that rolls back leaves neither the row nor the job.

type OutboxWriter = Pick<PrismaClient, "outboxMessage" | "$queryRawUnsafe">;

export interface OutgoingMessage {
  channel: "email" | "sms";
  recipient: string;
  template: MessageTemplate;
}

export function messageSettings(): MessageSettings {
  const settings = config();
  return { appUrl: settings.APP_URL, supportPhone: settings.SUPPORT_PHONE };
}

/** Writes the message from its template and queues its delivery; returns the row's id. */
export async function queueMessage(
  tx: OutboxWriter,
  message: OutgoingMessage,
  settings: MessageSettings = messageSettings(),
): Promise<number> {
  const rendered = renderMessage(message.template, settings);
  const email = message.channel === "email";
  const secret = "code" in message.template ? message.template.code : null;
  const row = await tx.outboxMessage.create({
    data: {
      channel: message.channel,
      recipient: message.recipient,
      kind: message.template.kind,
      subject: rendered.subject,
      body: email ? rendered.text : rendered.sms,
      html: email ? rendered.html : null,
      secret,
    },
  });
  await enqueueDelivery(tx, row.id);
  return row.id;
}

export async function notify(
  prisma: Pick<PrismaClient, "notification">,
  userId: number,
  title: string,
  body: string,
  link?: string,
): Promise<void> {
  await prisma.notification.create({ data: { userId, title, body, link: link ?? null } });
}
