import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { REDACTED, redactPersonalData } from "./redact";

function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(destination, "info"), lines };
}

describe("redactPersonalData", () => {
  it("masks sensitive keys at any depth", () => {
    const masked = redactPersonalData({
      snils: "112-233-445 95",
      applicant: { passport: { series: "9204", number: "123456" }, password: "Secret123" },
      tokens: [{ access_token: "eyJ..." }],
      headers: { authorization: "Bearer abc", cookie: "session=1" },
      territory: "kazan",
    });
    expect(masked).toEqual({
      snils: REDACTED,
      applicant: { passport: REDACTED, password: REDACTED },
      tokens: REDACTED,
      headers: { authorization: REDACTED, cookie: REDACTED },
      territory: "kazan",
    });
  });

  it("masks SNILS and passport numbers inside free text", () => {
    expect(redactPersonalData("заявитель 112-233-445 95, паспорт 92 04 123456")).toBe(
      `заявитель ${REDACTED}, паспорт ${REDACTED}`,
    );
    expect(redactPersonalData({ note: "СНИЛС 11223344595" })).toEqual({ note: `СНИЛС ${REDACTED}` });
  });
});

describe("contacts in free text", () => {
  it("keeps only a hint of an e-mail address or a phone number", () => {
    expect(redactPersonalData("550 5.1.1 <ivanova.a@mail.ru>: Recipient address rejected")).toBe(
      "550 5.1.1 <iv***@mail.ru>: Recipient address rejected",
    );
    expect(redactPersonalData("SMS на +79171234567 и 8 (917) 765-43-21")).toBe(
      "SMS на +7 *** ***-**-67 и +7 *** ***-**-21",
    );
  });
  it("masks a field named code", () => {
    expect(redactPersonalData({ code: "123456", channel: "sms" })).toEqual({ code: REDACTED, channel: "sms" });
  });
});

describe("the portal's logger", () => {
  it("writes JSON lines with no SNILS, passport, password or token in them", () => {
    const { logger, lines } = captureLogger();
    logger
      .child({ requestId: "req-12345678" })
      .info(
        { snils: "112-233-445 95", user: { passportNumber: "654321", password: "Qwerty123" }, id_token: "eyJhbGciOi" },
        "заявление от 112-233-445 95 принято",
      );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "info",
      requestId: "req-12345678",
      message: `заявление от ${REDACTED} принято`,
    });
    const raw = lines[0]!;
    for (const secret of ["112-233-445 95", "654321", "Qwerty123", "eyJhbGciOi"]) expect(raw).not.toContain(secret);
  });

  it("masks personal data in logged errors", () => {
    const { logger, lines } = captureLogger();
    logger.error({ err: new Error("СНИЛС 112-233-445 95 не найден") }, "ошибка");
    expect(lines[0]).not.toContain("112-233-445 95");
  });
});
