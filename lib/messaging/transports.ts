import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { redactString } from "../logging/redact";

// Where a message goes: the mail server (nodemailer over SMTP), the SMS gateway, or — locally and
// only when chosen — nowhere but the outbox page. Each failure says whether trying again can help.

export interface Deliverable {
  id: number;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
}

export type TransportName = "smtp" | "sms_gateway" | "outbox";

export interface Transport {
  name: TransportName;
  send(message: Deliverable): Promise<void>;
  close?(): void;
}

/** A failed attempt. Temporary ones (server down, 4xx) are retried; permanent ones are not. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(redactString(message));
    this.name = "DeliveryError";
  }
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** RFC 5321: 5xx is a refusal for good, 4xx a "try later"; no reply at all (refused, timed out) is temporary. */
export function classifySmtpError(error: unknown): DeliveryError {
  const failure = (error ?? {}) as SmtpFailure;
  const text = failure.response ?? failure.message ?? String(error);
  if (typeof failure.responseCode === "number") return new DeliveryError(text, failure.responseCode >= 500);
  // nodemailer refuses a malformed address before talking to the server.
  if (failure.code === "EENVELOPE" || failure.code === "EMESSAGE") return new DeliveryError(text, true);
  return new DeliveryError(`${failure.code ? `${failure.code}: ` : ""}${text}`, false);
}

export function smtpTransport(smtpUrl: string, from: string, messageIdDomain: string): Transport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const options: SMTPPool.Options = {
    // One connection kept open and reused: a batch does not pay a handshake per message.
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    // smtps: TLS from the start; smtp: STARTTLS when the server offers it.
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  const transporter = nodemailer.createTransport(options, { from });
  return {
    name: "smtp",
    async send(message) {
      try {
        await transporter.sendMail({
          to: message.recipient,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          // The same id on every attempt: a copy sent twice (worker lost after the server said
          // yes) is recognisable as one message by mail servers and clients.
          messageId: `<outbox-${message.id}@${messageIdDomain}>`,
          textEncoding: "base64",
        });
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * The SMS gateway's contract (one function to adapt for a real operator):
 *   POST SMS_GATEWAY_URL, Authorization: Bearer SMS_GATEWAY_TOKEN, Content-Type: application/json
 *   {"id": "portal-42", "to": "+79171234567", "text": "…"}
 * 2xx: accepted. The id is the same on every attempt, so the gateway can drop a repeat.
 * 400, 404, 410, 422: refused for good (bad number or text); 401/403: the token is wrong — also
 * permanent until an administrator fixes it and resends. 408, 429, 5xx, no answer: try later.
 */
export function smsGatewayTransport(url: string, token: string, fetchImpl: typeof fetch = fetch): Transport {
  return {
    name: "sms_gateway",
    async send(message) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ id: `portal-${message.id}`, to: message.recipient, text: message.text }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new DeliveryError(`шлюз SMS не ответил: ${(error as Error).message}`, false);
      }
      if (response.ok) return;
      const detail = (await response.text().catch(() => "")).slice(0, 200);
      const temporary = response.status === 408 || response.status === 429 || response.status >= 500;
      throw new DeliveryError(`шлюз SMS ответил ${response.status}${detail ? `: ${detail}` : ""}`, !temporary);
    },
  };
}

/** The local outbox page is the destination: nothing leaves the machine. */
export const outboxTransport: Transport = { name: "outbox", send: async () => undefined };

export interface Transports {
  email: Transport;
  sms: Transport;
}

export function configuredTransports(settings: {
  SMTP_URL?: string | undefined;
  MAIL_FROM?: string | undefined;
  SMS_GATEWAY_URL?: string | undefined;
  SMS_GATEWAY_TOKEN?: string | undefined;
  APP_URL: string;
}): Transports {
  const domain = new URL(settings.APP_URL).hostname || "portal";
  return {
    email: settings.SMTP_URL
      ? smtpTransport(settings.SMTP_URL, settings.MAIL_FROM ?? `noreply@${domain}`, domain)
      : outboxTransport,
    sms:
      settings.SMS_GATEWAY_URL && settings.SMS_GATEWAY_TOKEN
        ? smsGatewayTransport(settings.SMS_GATEWAY_URL, settings.SMS_GATEWAY_TOKEN)
        : outboxTransport,
  };
}
