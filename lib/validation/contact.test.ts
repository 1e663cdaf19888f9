import { describe, expect, it } from "vitest";
import {
  formatPhoneDisplay,
  formatPhoneEsia,
  isMobilePhone,
  isValidEmail,
  normalizeEmail,
  normalizeMobilePhone,
} from "./contact";

describe("mobile phone", () => {
  it("normalises the ways people type it to +7 and 10 digits", () => {
    for (const input of [
      "8 917 000-00-01",
      "+7 (917) 000 00 01",
      "9170000001",
      "79170000001",
      "+7(917)0000001",
      "+7 917 000-00-01",
      "8(917)000.00.01",
    ]) {
      expect(normalizeMobilePhone(input)).toBe("+79170000001");
    }
  });

  it("formats for ESIA and for display", () => {
    expect(formatPhoneEsia("8 917 000-00-01")).toBe("+7(917)0000001");
    expect(formatPhoneDisplay("+79170000001")).toBe("+7 917 000-00-01");
    expect(() => formatPhoneEsia("123")).toThrow(RangeError);
  });

  it("refuses landlines, wrong lengths, other countries and letters", () => {
    for (const input of [
      "8 (843) 5-114-115",
      "917000000",
      "91700000011",
      "+375 29 000-00-01",
      "+8 917 000-00-01",
      "8 917 OOO-00-01",
      "",
    ]) {
      expect(isMobilePhone(input)).toBe(false);
    }
  });
});

describe("e-mail", () => {
  it("accepts ordinary addresses and lower-cases the domain only", () => {
    expect(normalizeEmail(" Aliya.Hasanova@Example.RU ")).toBe("Aliya.Hasanova@example.ru");
    for (const input of [
      "aliya@example.ru",
      "a+b@mail.co.uk",
      "o'neil@example.com",
      "user@почта.рф",
      "user@xn--80a1acny.xn--p1ai",
      "x@a-b.ru",
    ]) {
      expect(isValidEmail(input)).toBe(true);
    }
  });

  it("refuses what cannot be delivered", () => {
    const longLocal = `${"a".repeat(65)}@example.ru`;
    const undeliverable = [
      ...["", "aliya", "aliya@", "@example.ru", "aliya@example", "aliya@@example.ru", "al iya@example.ru"],
      ...[".aliya@example.ru", "aliya.@example.ru", "ali..ya@example.ru", "алия@example.ru"],
      ...["aliya@-example.ru", "aliya@example.r", "aliya@example..ru", longLocal],
    ];
    for (const input of undeliverable) {
      expect(isValidEmail(input)).toBe(false);
    }
  });
});
