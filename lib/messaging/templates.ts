import { STATUS_INFO, type ApplicationStatus } from "../benefits/application-status";
import { BENEFIT_SERVICES } from "../benefits/services";
import { statusSentence, type StatusNoticeInput } from "../applications/status-notices";

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

const PORTAL = "Портал государственных и муниципальных услуг Республики Татарстан";

/** The status in a word or two, for an SMS. */
const SMS_STATUS: Record<ApplicationStatus, string> = {
  draft: "черновик",
  submitted: "отправлено",
  registered: "принято",
  returned: "возвращено",
  in_review: "в работе",
  docs_requested: "нужны документы",
  docs_provided: "документы получены",
  approved: "одобрено",
  assigned: "назначено",
  rejected: "отказ",
  withdrawn: "отозвано",
};

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

function compose(letter: Letter, settings: MessageSettings): RenderedMessage {
  const support = `Служба поддержки портала: ${settings.supportPhone}.`;
  const textParts = ["Здравствуйте!", ...letter.paragraphs, ...(letter.action ? [`${letter.action.label}: ${letter.action.url}`] : []), support, `${PORTAL}. Это письмо отправлено автоматически, отвечать на него не нужно.`];
  const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    paragraph("Здравствуйте!"),
    ...letter.paragraphs.map(paragraph),
    letter.action ? `<p style="margin:0 0 12px"><a href="${escapeHtml(letter.action.url)}">${escapeHtml(letter.action.label)}</a></p>` : "",
    paragraph(support),
    `<p style="margin:24px 0 0;font-size:13px;color:#555">${escapeHtml(PORTAL)}. Это письмо отправлено автоматически, отвечать на него не нужно.</p>`,
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
          paragraphs: [`Код ${what} на портале госуслуг Республики Татарстан: ${template.code}`, "Код действует 15 минут. Никому не сообщайте его: сотрудники портала никогда его не спрашивают. Если вы не запрашивали код, просто не отвечайте на это письмо."],
          sms: `Код ${template.kind === "registration_code" ? "регистрации" : "для смены пароля"}: ${template.code}. Никому не сообщайте его. Госуслуги РТ`,
        },
        settings,
      );
    }
    case "status_notice": {
      const { notice } = template;
      const label = STATUS_INFO[notice.status].label;
      const service = BENEFIT_SERVICES[notice.serviceId].shortTitle;
      return compose(
        {
          subject: `Заявление № ${notice.number}: ${label}`,
          paragraphs: [
            `${service}, заявление № ${notice.number}.`,
            `Статус: ${label}.`,
            statusSentence(notice),
            ...(notice.comment ? [`Комментарий специалиста: ${notice.comment}`] : []),
          ],
          action: { label: "Открыть заявление в личном кабинете", url: link(settings, `/cabinet/applications/${template.applicationId}`) },
          sms: `Заявление ${notice.number}: ${SMS_STATUS[notice.status]}. См. личный кабинет`,
        },
        settings,
      );
    }
  }
}
