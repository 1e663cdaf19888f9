import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, STATUS_INFO } from "../applications/application-status";
import { SERVICE_IDS } from "../benefits/services";
import { smsSize } from "./sms";
import { renderMessage, type MessageTemplate } from "./templates";

const settings = { appUrl: "https://uslugi.example.ru/", supportPhone: "8 (843) 5-114-115" };
const number = "16-2026-0001234";

const notice = (status: (typeof APPLICATION_STATUSES)[number], extra: object = {}): MessageTemplate => ({
  kind: "status_notice",
  applicationId: 1234,
  notice: { number, serviceId: "kindergarten-basic", status, ...extra },
});

describe("message templates", () => {
  it("writes a status notice with the number, the status in words, the link and the support phone", () => {
    const message = renderMessage(notice("approved", { amountKopecks: 192_050, startMonth: "2026-12" }), settings);
    expect(message.subject).toBe(`Заявление № ${number}: Положительное решение`);
    for (const part of [message.text, message.html]) {
      expect(part).toContain(`заявление № ${number}`);
      expect(part).toContain("Статус: Положительное решение.");
      expect(part).toContain("https://uslugi.example.ru/cabinet/applications/1234");
      expect(part).toContain("8 (843) 5-114-115");
    }
    expect(message.text).toContain("1\u00a0920,50\u00a0₽");
  });

  it("lists the requested documents and the deadline in a document request", () => {
    const message = renderMessage(
      notice("docs_requested", { requestedDocuments: ["Справка о доходах"], documentsDue: "2026-12-15" }),
      settings,
    );
    expect(message.text).toContain("— Справка о доходах");
    expect(message.text).toContain("до 15.12.2026");
  });

  it("escapes what a caseworker typed in the HTML part", () => {
    const message = renderMessage(notice("rejected", { comment: "<script>alert(1)</script> & «кавычки»" }), settings);
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «кавычки»");
    expect(message.text).toContain("<script>alert(1)</script>");
  });

  it("puts the code in both parts and the SMS of a registration or reset", () => {
    for (const kind of ["registration_code", "reset_code"] as const) {
      const message = renderMessage({ kind, code: "482915" }, settings);
      expect(message.text).toContain("482915");
      expect(message.html).toContain("482915");
      expect(message.sms).toContain("482915");
    }
  });

  it("keeps every SMS to one part of 70 Cyrillic characters", () => {
    const templates: MessageTemplate[] = [
      { kind: "registration_code", code: "482915" },
      { kind: "reset_code", code: "482915" },
      ...SERVICE_IDS.flatMap((serviceId) =>
        APPLICATION_STATUSES.map((status): MessageTemplate => ({
          kind: "status_notice",
          applicationId: 1,
          notice: { number, serviceId, status },
        })),
      ),
    ];
    for (const template of templates) {
      const { sms } = renderMessage(template, settings);
      expect(smsSize(sms), sms).toMatchObject({ encoding: "ucs2", segments: 1 });
    }
  });

  it("has a subject for every status", () => {
    for (const status of APPLICATION_STATUSES)
      expect(renderMessage(notice(status), settings).subject).toContain(STATUS_INFO[status].label);
  });
});
