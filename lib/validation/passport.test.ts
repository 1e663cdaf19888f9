import { describe, expect, it } from "vitest";
import {
  checkPassportIssueDate,
  earliestPassportIssueDate,
  formatPassportSeries,
  isPassportDueForReplacement,
  normalizePassportNumber,
  normalizePassportSeries,
  normalizeSubdivisionCode,
  passportReplacementDate,
  toEsiaSubdivisionCode,
} from "./passport";

describe("RF passport", () => {
  it("series: 4 digits, typed with or without the space", () => {
    expect(normalizePassportSeries("92 04")).toBe("9204");
    expect(normalizePassportSeries("9204")).toBe("9204");
    expect(formatPassportSeries("9204")).toBe("92 04");
    for (const input of ["920", "92045", "92 0A", "", "ХХ 04"]) expect(normalizePassportSeries(input)).toBeNull();
  });

  it("number: 6 digits", () => {
    expect(normalizePassportNumber("123456")).toBe("123456");
    expect(normalizePassportNumber(" 123 456 ")).toBe("123456");
    for (const input of ["12345", "1234567", "12345б", ""]) expect(normalizePassportNumber(input)).toBeNull();
  });

  it("subdivision code: XXX-XXX for the form, 6 digits for ESIA", () => {
    expect(normalizeSubdivisionCode("160005")).toBe("160-005");
    expect(normalizeSubdivisionCode("160-005")).toBe("160-005");
    expect(normalizeSubdivisionCode("160 005")).toBe("160-005");
    expect(toEsiaSubdivisionCode("160-005")).toBe("160005");
    expect(normalizeSubdivisionCode("16-0005")).toBe("160-005"); // a misplaced hyphen is only punctuation
    for (const input of ["1600051", "16000", "160-00A", ""]) expect(normalizeSubdivisionCode(input)).toBeNull();
  });

  it("is issued from the 14th birthday, and not in the future", () => {
    const born = "1990-03-14";
    expect(earliestPassportIssueDate(born)).toBe("2004-03-14");
    expect(checkPassportIssueDate("2004-03-14", born, "2026-01-01")).toEqual({ ok: true, value: "2004-03-14" });
    expect(checkPassportIssueDate("2004-03-13", born, "2026-01-01")).toEqual({ ok: false, reason: "beforeAge14" });
    expect(checkPassportIssueDate("2026-01-02", born, "2026-01-01")).toEqual({ ok: false, reason: "future" });
    expect(checkPassportIssueDate("2022-02-28", "2008-02-29", "2026-01-01").ok).toBe(true); // leap-day birthday
  });

  it("is replaced at 20 and at 45", () => {
    const born = "1990-03-14";
    expect(passportReplacementDate(born, "2004-04-01")).toBe("2010-03-14");
    expect(passportReplacementDate(born, "2010-03-14")).toBe("2035-03-14"); // issued on the 20th birthday
    expect(passportReplacementDate(born, "2035-04-01")).toBeNull();
    expect(isPassportDueForReplacement(born, "2004-04-01", "2010-03-13")).toBe(false);
    expect(isPassportDueForReplacement(born, "2004-04-01", "2010-03-14")).toBe(true);
    expect(isPassportDueForReplacement(born, "2035-04-01", "2070-01-01")).toBe(false);
  });
});
