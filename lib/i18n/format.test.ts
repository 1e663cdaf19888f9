import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLongDateTime, formatMoney, formatNumber } from "./format";
import { localeForPath, parseLocale } from "./locales";

describe("formatting by language", () => {
  const moment = new Date("2026-12-01T12:30:00Z"); // 15:30 in Moscow
  it("writes dates in each language, Moscow time", () => {
    expect(formatDate("ru", moment)).toBe("01.12.2026");
    expect(formatDateTime("ru", moment)).toBe("01.12.2026, 15:30");
    expect(formatLongDateTime("ru", moment)).toBe("1 декабря 2026 г. в 15:30");
    // CLDR Tatar names the month in the nominative and writes «ел» for the year.
    expect(formatLongDateTime("tt", moment)).toBe("1 декабрь, 2026 ел 15:30 сәгатьтә");
  });
  it("writes money and numbers with a narrow space between thousands", () => {
    expect(formatMoney("ru", 12345.5).replace(/\s/g, " ")).toBe("12 345,50 ₽");
    expect(formatMoney("tt", 12345).replace(/\s/g, " ")).toBe("12 345 ₽");
    expect(formatNumber("tt", 1234567).replace(/\s/g, " ")).toBe("1 234 567");
  });
  it("falls back to Russian on anything but ru and tt", () => {
    expect(parseLocale("tt")).toBe("tt");
    expect(parseLocale("TT")).toBe("ru");
    expect(parseLocale(undefined)).toBe("ru");
    expect(parseLocale(["tt"])).toBe("ru");
  });

  it("keeps staff pages and the mock ESIA in Russian", () => {
    expect(localeForPath("/services", "tt")).toBe("tt");
    expect(localeForPath(null, "tt")).toBe("tt");
    expect(localeForPath("/staff/applications/1", "tt")).toBe("ru");
    expect(localeForPath("/esia-mock/login?x=1", "tt")).toBe("ru");
    expect(localeForPath("/staffing", "tt")).toBe("tt");
  });
});
