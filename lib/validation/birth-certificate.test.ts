import { describe, expect, it } from "vitest";
import {
  isValidBirthCertificateSeries,
  normalizeBirthCertificateNumber,
  normalizeBirthCertificateSeries,
} from "./birth-certificate";

describe("birth certificate", () => {
  it("accepts a series as printed", () => {
    expect(normalizeBirthCertificateSeries("IV-КБ")).toBe("IV-КБ");
    expect(normalizeBirthCertificateSeries("II-КБ")).toBe("II-КБ");
    expect(normalizeBirthCertificateSeries("XXXIX-ЁЖ")).toBe("XXXIX-ЁЖ");
  });

  it("normalises lower case, spaces, dashes and a missing hyphen", () => {
    expect(normalizeBirthCertificateSeries("iv-кб")).toBe("IV-КБ");
    expect(normalizeBirthCertificateSeries(" IV - КБ ")).toBe("IV-КБ");
    expect(normalizeBirthCertificateSeries("IV–КБ")).toBe("IV-КБ"); // en dash
    expect(normalizeBirthCertificateSeries("IVКБ")).toBe("IV-КБ");
  });

  it("turns Cyrillic look-alikes of the Roman part into Latin letters", () => {
    expect(normalizeBirthCertificateSeries("ІІ-КБ")).toBe("II-КБ"); // Ukrainian І
    expect(normalizeBirthCertificateSeries("ХІV-АБ")).toBe("XIV-АБ"); // Cyrillic Х
    expect(normalizeBirthCertificateSeries("СХ-АБ")).toBe("CX-АБ"); // Cyrillic С
    expect(normalizeBirthCertificateSeries("ЛХ-АБ")).toBe("LX-АБ"); // Л for L
    expect(normalizeBirthCertificateSeries("хіі-аб")).toBe("XII-АБ");
  });

  it("turns Latin look-alikes of the letter part into Cyrillic", () => {
    expect(normalizeBirthCertificateSeries("IV-KA")).toBe("IV-КА");
    expect(normalizeBirthCertificateSeries("ii-ap")).toBe("II-АР");
  });

  it("refuses what is not a series", () => {
    for (const input of ["", "IV", "IV-К", "IV-КБВ", "4-КБ", "IV-12", "MM-КБ", "-КБ", "IV--КБ", "IV-ДZ"]) {
      expect(isValidBirthCertificateSeries(input)).toBe(false);
    }
  });

  it("number: exactly 6 digits", () => {
    expect(normalizeBirthCertificateNumber("123456")).toBe("123456");
    expect(normalizeBirthCertificateNumber("123 456")).toBe("123456");
    for (const input of ["12345", "1234567", "12345a", ""]) expect(normalizeBirthCertificateNumber(input)).toBeNull();
  });
});
