import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInn, isValidIndividualInn, isValidLegalInn, makeIndividualInn, makeLegalInn, normalizeInn } from "./inn";

const digit = fc.constantFrom(..."0123456789");
const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });

describe("INN", () => {
  it("accepts and refuses the vectors of research/benefits.md §9.2", () => {
    expect(isValidLegalInn("7707083893")).toBe(true);
    expect(isValidIndividualInn("500100732259")).toBe(true);
    expect(isValidIndividualInn("500111732259")).toBe(false);
  });

  it("refuses a legal INN with its control digit off by one", () => {
    expect(isValidLegalInn("7707083894")).toBe(false);
    expect(isValidLegalInn("7707083892")).toBe(false);
  });

  it("checks both control digits of an individual INN", () => {
    expect(isValidIndividualInn("500100732269")).toBe(false); // 11th digit wrong
    expect(isValidIndividualInn("500100732258")).toBe(false); // 12th digit wrong
    expect(isValidIndividualInn("165012345678")).toBe(false); // the invented value in research/esia.md
  });

  it("keeps the two kinds apart when a kind is asked for", () => {
    expect(checkInn("7707083893", "legal")).toEqual({ ok: true, value: "7707083893" });
    expect(checkInn("7707083893", "individual")).toEqual({ ok: false, reason: "format" });
    expect(checkInn("500100732259", "legal")).toEqual({ ok: false, reason: "format" });
    expect(checkInn("500100732259")).toEqual({ ok: true, value: "500100732259" });
    expect(checkInn("500111732259")).toEqual({ ok: false, reason: "checksum" });
  });

  it("normalises spaces and refuses wrong lengths and letters", () => {
    expect(normalizeInn(" 7707 083 893 ")).toBe("7707083893");
    expect(isValidIndividualInn("5001 0073 2259")).toBe(true);
    for (const input of ["", "770708389", "77070838931", "7707O83893", "50010073225", "5001007322590"]) {
      expect(checkInn(input)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("makes valid INNs for the demo directory and personas", () => {
    expect(makeLegalInn("770708389")).toBe("7707083893");
    expect(makeIndividualInn("5001007322")).toBe("500100732259");
    expect(() => makeLegalInn("77070838")).toThrow(RangeError);
    expect(() => makeIndividualInn("500100732")).toThrow(RangeError);
    fc.assert(fc.property(digits(9), (number) => isValidLegalInn(makeLegalInn(number))));
    fc.assert(fc.property(digits(10), (number) => isValidIndividualInn(makeIndividualInn(number))));
  });
});
