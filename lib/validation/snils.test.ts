import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkSnils,
  formatSnils,
  isSnilsChecksumApplicable,
  isValidSnils,
  makeSnils,
  normalizeSnils,
  snilsControlNumber,
} from "./snils";

const digit = fc.constantFrom(..."0123456789");
const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
const weightedSum = (number: string) => [...number].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0);
/** Sums whose control numbers coincide (all 00): 100 ↔ 101 and 201 ↔ 202, a ±1 change of the 9th digit. */
const sameZeroPair = (a: number, b: number) =>
  a !== b && ((a >= 100 && a <= 101 && b >= 100 && b <= 101) || (a >= 201 && a <= 202 && b >= 201 && b <= 202));

describe("SNILS", () => {
  it("accepts the vectors of research/benefits.md §9.1", () => {
    expect(checkSnils("112-233-445 95")).toEqual({ ok: true, value: "112-233-445 95" });
    expect(checkSnils("342-932-447 76")).toEqual({ ok: true, value: "342-932-447 76" }); // S = 177 → 76
    expect(checkSnils("112-233-445 96")).toEqual({ ok: false, reason: "checksum" });
  });

  it("accepts the ESIA example persona", () => {
    expect(isValidSnils("123-456-789 64")).toBe(true); // S = 165 → 64
  });

  it("computes the control number in each branch of the rule", () => {
    // Numbers chosen for their sums: 99, 100, 101, 177, 201 (mod 101 = 100), 202 (mod 101 = 0).
    const numbers = {
      99: "100018998",
      100: "100019898",
      101: "100019899",
      177: "342932447",
      201: "101999898",
      202: "101999899",
    };
    for (const [sum, number] of Object.entries(numbers)) expect(weightedSum(number)).toBe(Number(sum));
    expect(snilsControlNumber(numbers[99])).toBe("99"); // below 100: the sum itself
    expect(snilsControlNumber(numbers[100])).toBe("00");
    expect(snilsControlNumber(numbers[101])).toBe("00");
    expect(snilsControlNumber(numbers[177])).toBe("76"); // 177 mod 101
    expect(snilsControlNumber(numbers[201])).toBe("00"); // remainder 100 → 00
    expect(snilsControlNumber(numbers[202])).toBe("00"); // remainder 0
  });

  it("does not check numbers up to 001-001-998, which predate the algorithm", () => {
    expect(isSnilsChecksumApplicable("001001998")).toBe(false);
    expect(isSnilsChecksumApplicable("001001999")).toBe(true);
    expect(isValidSnils("001-001-998 00")).toBe(true); // its computed control number would be 64
    expect(isValidSnils("000-000-600 06")).toBe(true); // ESIA's documentation example
    expect(isValidSnils("001-001-999 00")).toBe(false);
    expect(isValidSnils(makeSnils("001001999"))).toBe(true);
  });

  it("normalises digits typed with spaces and hyphens", () => {
    expect(normalizeSnils("112-233-445 95")).toBe("11223344595");
    expect(normalizeSnils(" 112 233 445 95 ")).toBe("11223344595");
    expect(normalizeSnils("112 - - -233 - - - -445 - - - -95")).toBe("11223344595");
    expect(normalizeSnils("112\u2011233\u2011445\u00A095")).toBe("11223344595"); // pasted non-breaking forms
    expect(checkSnils("11223344595")).toEqual({ ok: true, value: "112-233-445 95" });
  });

  it("refuses wrong lengths, letters and other separators as a format problem", () => {
    for (const input of ["", "1122334459", "112233445950", "112-233-445 9a", "112.233.445.95", "112 - - -233"]) {
      expect(checkSnils(input)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("formats as ESIA does and refuses to format junk", () => {
    expect(formatSnils("11223344595")).toBe("112-233-445 95");
    expect(() => formatSnils("123")).toThrow(RangeError);
  });

  it("makes a valid SNILS from 9 digits", () => {
    expect(makeSnils("112233445")).toBe("112-233-445 95");
    expect(makeSnils("342-932-447")).toBe("342-932-447 76");
    expect(() => makeSnils("12345678")).toThrow(RangeError);
  });

  it("generator output always validates", () => {
    fc.assert(fc.property(digits(9), (number) => isValidSnils(makeSnils(number))));
  });

  it("a change of any single digit of a checked SNILS is caught, except the documented special cases", () => {
    // Special cases: the changed number falls into the unchecked range (≤ 001-001-998), or the two
    // sums share the control number 00.
    const checkedNumber = digits(9).filter(isSnilsChecksumApplicable);
    fc.assert(
      fc.property(checkedNumber, fc.nat(10), fc.integer({ min: 1, max: 9 }), (number, position, shift) => {
        const valid = normalizeSnils(makeSnils(number))!;
        const changed = valid.slice(0, position) + ((Number(valid[position]) + shift) % 10) + valid.slice(position + 1);
        const changedNumber = changed.slice(0, 9);
        const excused =
          !isSnilsChecksumApplicable(changedNumber) ||
          (changedNumber !== number && sameZeroPair(weightedSum(number), weightedSum(changedNumber)));
        expect(isValidSnils(changed)).toBe(excused);
      }),
      { numRuns: 2000 },
    );
  });

  it("the 00 collisions really exist, so the exception above is needed", () => {
    expect(isValidSnils("100-019-898 00")).toBe(true); // sum 100
    expect(isValidSnils("100-019-899 00")).toBe(true); // sum 101: last digit of the number changed, still valid
    expect(isValidSnils("101-999-898 00")).toBe(true); // sum 201
    expect(isValidSnils("101-999-899 00")).toBe(true); // sum 202
  });
});
