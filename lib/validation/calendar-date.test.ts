import { describe, expect, it } from "vitest";
import { addYears, formatRussianDate, parseCalendarDate, todayInMoscow } from "./calendar-date";

describe("calendar dates", () => {
  it("reads dd.mm.yyyy and yyyy-mm-dd", () => {
    expect(parseCalendarDate("14.03.1990")).toBe("1990-03-14");
    expect(parseCalendarDate(" 1.3.1990 ")).toBe("1990-03-01");
    expect(parseCalendarDate("1990-03-14")).toBe("1990-03-14");
  });

  it("refuses days that do not exist and other shapes", () => {
    for (const input of [
      "31.04.2020",
      "29.02.2023",
      "29.02.1900",
      "00.01.2020",
      "01.13.2020",
      "14/03/1990",
      "1990-3-14",
      "14.03.90",
      "",
    ]) {
      expect(parseCalendarDate(input)).toBeNull();
    }
    expect(parseCalendarDate("29.02.2024")).toBe("2024-02-29");
    expect(parseCalendarDate("29.02.2000")).toBe("2000-02-29");
  });

  it("formats as dd.mm.yyyy", () => {
    expect(formatRussianDate("1990-03-14")).toBe("14.03.1990");
  });

  it("adds years, moving 29 February to the 28th in a common year", () => {
    expect(addYears("1990-03-14", 14)).toBe("2004-03-14");
    expect(addYears("2008-02-29", 14)).toBe("2022-02-28");
    expect(addYears("2008-02-29", 16)).toBe("2024-02-29");
  });

  it("takes today in Moscow time, whatever the server's zone", () => {
    expect(todayInMoscow(new Date("2026-03-31T20:59:59Z"))).toBe("2026-03-31");
    expect(todayInMoscow(new Date("2026-03-31T21:00:00Z"))).toBe("2026-04-01"); // midnight in Moscow (UTC+3)
  });
});
