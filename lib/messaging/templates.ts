import { statusSentence, type StatusNoticeInput } from "../applications/status-notices";
import { message } from "../i18n/catalogue";
import { parseLocale, type Locale } from "../i18n/locales";

// Every e-mail and SMS the portal sends, in one place: one template per kind of message, each
// giving the subject, the text and HTML parts of the e-mail and the SMS. SMS fit one part
// (70 Cyrillic characters, lib/messaging/sms.ts) and carry nothing personal but the number.

export interface MessageSettings {
  /** The portal's public address (APP_URL): links in e-mails point there. */
  appUrl: string;
  supportPhone: string;
}

export type MessageTemplate =
  | { kind: "registration_code"; code: string }
  | { kind: "reset_code"; code: string }
  | { kind: "status_notice"; applicationId: number; notice: StatusNoticeInput };

export type MessageKind = MessageTemplate["kind"];

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  sms: string;
}

// The status in a word or two, for an SMS: messages smsStatus.*.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function link(settings: MessageSettings, path: string): string {
  return `${settings.appUrl.replace(/\/$/, "")}${path}`;
}

interface Letter {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  sms: string;
}

function compose(letter: Letter, settings: MessageSettings, locale: Locale = "ru"): RenderedMessage {
  const hello = message(locale, "mail.hello");
  const support = message(locale, "mail.support", { phone: settings.supportPhone });
  const automatic = message(locale, "mail.automatic", { portal: message(locale, "portal.name") });
  const textParts = [
    hello,
    ...letter.paragraphs,
    ...(letter.action ? [`${letter.action.label}: ${letter.action.url}`] : []),
    support,
    automatic,
  ];
  const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    paragraph(hello),
    ...letter.paragraphs.map(paragraph),
    letter.action
      ? `<p style="margin:0 0 12px"><a href="${escapeHtml(letter.action.url)}">${escapeHtml(letter.action.label)}</a></p>`
      : "",
    paragraph(support),
    `<p style="margin:24px 0 0;font-size:13px;color:#555">${escapeHtml(automatic)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject: letter.subject, text: textParts.join("\n\n"), html, sms: letter.sms };
}

export function renderMessage(template: MessageTemplate, settings: MessageSettings): RenderedMessage {
  switch (template.kind) {
    case "registration_code":
    case "reset_code": {
      const what = template.kind === "registration_code" ? "подтверждения регистрации" : "восстановления пароля";
      return compose(
        {
          subject: `Код ${what}`,
          paragraphs: [
            `Код ${what} на портале госуслуг Республики Татарстан: ${template.code}`,
            "Код действует 15 минут. Никому не сообщайте его: сотрудники портала никогда его не спрашивают. Если вы не запрашивали код, просто не отвечайте на это письмо.",
          ],
          sms: `Код ${template.kind === "registration_code" ? "регистрации" : "для смены пароля"}: ${template.code}. Никому не сообщайте его. Госуслуги РТ`,
        },
        settings,
      );
    }
    case "status_notice": {
      // In the language the applicant chose (User.locale, carried on the notice).
      const { notice } = template;
      const locale = parseLocale(notice.locale);
      const label = message(locale, `status.${notice.status}`);
      const service = message(locale, `service.${notice.serviceId}.shortTitle`);
      return compose(
        {
          subject: message(locale, "notice.title", { number: notice.number, status: label }),
          paragraphs: [
            message(locale, "mail.application", { service, number: notice.number }),
            message(locale, "mail.status", { status: label }),
            statusSentence(notice),
            ...(notice.comment ? [message(locale, "notice.comment", { comment: notice.comment })] : []),
          ],
          action: {
            label: message(locale, "mail.open"),
            url: link(settings, `/cabinet/applications/${template.applicationId}`),
          },
          sms: message(locale, "mail.sms", {
            number: notice.number,
            status: message(locale, `smsStatus.${notice.status}`),
          }),
        },
        settings,
        locale,
      );
    }
  }
}
