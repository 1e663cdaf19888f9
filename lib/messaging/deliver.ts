import type { PrismaClient } from "../generated/prisma/client";
import { redactString } from "../logging/redact";
import { maskSecret } from "./privacy";
import { DeliveryError, type Transports } from "./transports";

// One attempt at one outbox row. The row, not the job, says what happened: "sent" rows are never
// sent again, so a repeated job (a worker lost after the send, before pg-boss heard) is harmless
// unless it was lost in the instant between the server's "250 OK" and the row's update.

export type AttemptOutcome =
  | { outcome: "sent"; message: AttemptedMessage }
  /** Already sent or failed, or gone: nothing to do. */
  | { outcome: "skipped" }
  /** Another worker is sending it right now: look again later. */
  | { outcome: "busy" }
  | { outcome: "retry"; error: string; message: AttemptedMessage }
  | { outcome: "failed"; error: string; message: AttemptedMessage };

/** What the worker may log about the message (the recipient only masked). */
export interface AttemptedMessage {
  channel: string;
  recipient: string;
  kind: string;
}

export interface Attempt {
  /** 1 for the first try. */
  number: number;
  /** No retry follows this one. */
  last: boolean;
  /** A row left "sending" longer than this belongs to a worker that is gone (the job timeout). */
  staleAfterMs: number;
}

const ERROR_LENGTH = 500;

export async function deliverMessage(
  prisma: PrismaClient,
  transports: Transports,
  messageId: number,
  attempt: Attempt,
  now = () => new Date(),
): Promise<AttemptOutcome> {
  // A stale "sending" row is claimable too: it is what a worker that died mid-message leaves
  // behind. A fresh one is in a live worker's hands (its job outlived the timeout and came back).
  const at = now();
  const claimed = await prisma.outboxMessage.updateMany({
    where: {
      id: messageId,
      OR: [
        { status: "queued" },
        { status: "sending", lastAttemptAt: { lt: new Date(at.getTime() - attempt.staleAfterMs) } },
      ],
    },
    data: { status: "sending", attempts: { increment: 1 }, lastAttemptAt: at },
  });
  if (claimed.count !== 1) {
    const current = await prisma.outboxMessage.findUnique({ where: { id: messageId }, select: { status: true } });
    return current?.status === "sending" ? { outcome: "busy" } : { outcome: "skipped" };
  }
  const message = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: messageId } });
  const transport = message.channel === "email" ? transports.email : transports.sms;
  try {
    await transport.send({
      id: message.id,
      recipient: message.recipient,
      subject: message.subject,
      text: message.body,
      html: message.html,
    });
  } catch (caught) {
    const error =
      caught instanceof DeliveryError ? caught : new DeliveryError((caught as Error)?.message ?? String(caught), false);
    const failed = error.permanent || attempt.last;
    const lastError = redactString(error.message).slice(0, ERROR_LENGTH);
    await prisma.outboxMessage.update({
      where: { id: messageId },
      data: { status: failed ? "failed" : "queued", lastError },
    });
    const about = { channel: message.channel, recipient: message.recipient, kind: message.kind };
    return failed
      ? { outcome: "failed", error: lastError, message: about }
      : { outcome: "retry", error: lastError, message: about };
  }
  // Delivered: the code has reached the person and is not kept in clear any longer — except on
  // the local outbox page, which is where the person reads it.
  const keepSecret = transport.name === "outbox";
  await prisma.outboxMessage.update({
    where: { id: messageId },
    data: {
      status: "sent",
      transport: transport.name,
      sentAt: now(),
      lastError: null,
      ...(keepSecret
        ? {}
        : {
            secret: null,
            subject: maskSecret(message.subject, message.secret),
            body: maskSecret(message.body, message.secret),
            html: message.html === null ? null : maskSecret(message.html, message.secret),
          }),
    },
  });
  return { outcome: "sent", message: { channel: message.channel, recipient: message.recipient, kind: message.kind } };
}
