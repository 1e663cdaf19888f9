import { describe, expect, it } from "vitest";
import { CODE_MASK, maskEmail, maskPhone, maskRecipient, maskSecret } from "./privacy";

describe("masking recipients", () => {
  it("keeps the first letters and the domain of an e-mail", () => {
    expect(maskEmail("ivanova@mail.ru")).toBe("iv***@mail.ru");
    expect(maskEmail("a@b.ru")).toBe("***@b.ru");
    expect(maskEmail("nonsense")).toBe("***");
  });
  it("keeps only the last four digits of a phone", () => {
    expect(maskPhone("+79171234567")).toBe("+7 *** ***-45-67");
    expect(maskRecipient("sms", "+79171234567")).not.toContain("917123");
    expect(maskRecipient("email", "petrov@yandex.ru")).toBe("pe***@yandex.ru");
  });
});

describe("masking a delivered code", () => {
  it("replaces every occurrence and nothing else", () => {
    expect(maskSecret("Код 123456. Повторяем: 123456", "123456")).toBe(`Код ${CODE_MASK}. Повторяем: ${CODE_MASK}`);
    expect(maskSecret("Без кода", null)).toBe("Без кода");
  });
});
