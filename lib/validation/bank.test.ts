import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountKeyPrefix,
  checkAccount,
  checkBik,
  checkMirCard,
  isAccountKeyValid,
  isLuhnValid,
  isMirCardNumber,
  isValidBik,
  luhnCheckDigit,
  normalizeAccount,
  normalizeCardNumber,
  withAccountKey,
} from "./bank";

const digit = fc.constantFrom(..."0123456789");
const digits = (minLength: number, maxLength = minLength) => fc.string({ unit: digit, minLength, maxLength });
const changeOneDigit = (text: string, position: number, shift: number) =>
  text.slice(0, position) + ((Number(text[position]) + shift) % 10) + text.slice(position + 1);

// research/benefits.md §9.3 vectors.
const BIK = "049205603";
const CORRESPONDENT_ACCOUNT = "30101810600000000603";
const CLIENT_ACCOUNT = "40817810962000012345";

describe("BIK", () => {
  it("is 9 digits of a Russian bank, starting with 04", () => {
    expect(checkBik(BIK)).toEqual({ ok: true, value: BIK });
    expect(checkBik(" 049 205 603 ")).toEqual({ ok: true, value: BIK });
    expect(checkBik("019205400")).toEqual({ ok: false, reason: "notRussian" });
    for (const input of ["", "04920560", "0492056030", "04920560З"])
      expect(checkBik(input)).toEqual({ ok: false, reason: "format" });
    expect(isValidBik("049205603")).toBe(true);
  });
});

describe("account control key", () => {
  it("accepts the vectors of research/benefits.md §9.3", () => {
    expect(isAccountKeyValid(CORRESPONDENT_ACCOUNT, BIK)).toBe(true);
    expect(isAccountKeyValid(CLIENT_ACCOUNT, BIK)).toBe(true);
    expect(checkAccount(CLIENT_ACCOUNT, BIK)).toEqual({ ok: true, value: CLIENT_ACCOUNT });
  });

  it("keys a correspondent account on «0» + BIK digits 5–6 and any other on the last 3", () => {
    expect(accountKeyPrefix(BIK, CORRESPONDENT_ACCOUNT)).toBe("005");
    expect(accountKeyPrefix(BIK, CLIENT_ACCOUNT)).toBe("603");
    // The correspondent account ignores the bank's own number and follows digits 5–6 only.
    expect(isAccountKeyValid(CORRESPONDENT_ACCOUNT, "049205999")).toBe(true);
    expect(isAccountKeyValid(CORRESPONDENT_ACCOUNT, "049206603")).toBe(false);
    // The client account follows the last 3 digits.
    expect(isAccountKeyValid(CLIENT_ACCOUNT, "049206603")).toBe(true);
    expect(isAccountKeyValid(CLIENT_ACCOUNT, "049205999")).toBe(false);
  });

  it("refuses an account off by one digit, or paired with another bank's BIK", () => {
    expect(checkAccount("40817810962000012346", BIK)).toEqual({ ok: false, reason: "key" });
    expect(checkAccount("40817810862000012345", BIK)).toEqual({ ok: false, reason: "key" });
    expect(checkAccount(CLIENT_ACCOUNT, "049205604")).toEqual({ ok: false, reason: "key" });
  });

  it("tells a malformed account from a malformed BIK", () => {
    for (const input of ["", "4081781096200001234", "408178109620000123456", "4081781096200001234a"]) {
      expect(checkAccount(input, BIK)).toEqual({ ok: false, reason: "format" });
    }
    expect(checkAccount(CLIENT_ACCOUNT, "12345")).toEqual({ ok: false, reason: "bik" });
  });

  it("normalises accounts grouped with spaces or dots", () => {
    expect(normalizeAccount("40817 810 9 6200 0012345")).toBe(CLIENT_ACCOUNT);
    expect(normalizeAccount("40817.810.9.6200.0012345")).toBe(CLIENT_ACCOUNT);
  });

  it("sets the key digit for demo accounts", () => {
    expect(withAccountKey("40817810062000012345", BIK)).toBe(CLIENT_ACCOUNT);
    expect(withAccountKey("30101810000000000603", BIK)).toBe(CORRESPONDENT_ACCOUNT);
    expect(() => withAccountKey("123", BIK)).toThrow(RangeError);
  });

  it("catches a change of any single digit of the account (weights 7, 1, 3 are coprime to 10)", () => {
    const bik = digits(7).map((tail) => `04${tail}`);
    fc.assert(
      fc.property(bik, digits(20), fc.nat(19), fc.integer({ min: 1, max: 9 }), (bikDigits, raw, position, shift) => {
        const account = withAccountKey(raw, bikDigits);
        expect(isAccountKeyValid(account, bikDigits)).toBe(true);
        // A change in the first 5 digits may turn the account into (or out of) a correspondent one,
        // which switches the prefix; hold the balance-account prefix fixed for this property.
        const changed = changeOneDigit(account, position, shift);
        if (changed.startsWith("30101") !== account.startsWith("30101")) return;
        expect(isAccountKeyValid(changed, bikDigits)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("«Мир» card number", () => {
  it("accepts the vectors of research/benefits.md §9.6", () => {
    expect(isLuhnValid("2200000000000004")).toBe(true);
    expect(isLuhnValid("2202200000000008")).toBe(true);
    expect(checkMirCard("2200 0000 0000 0004")).toEqual({ ok: true, value: "2200000000000004" });
    expect(isMirCardNumber("2202-2000-0000-0008")).toBe(true);
  });

  it("refuses a number off by one digit", () => {
    expect(checkMirCard("2200000000000005")).toEqual({ ok: false, reason: "luhn" });
    expect(checkMirCard("2200000000000014")).toEqual({ ok: false, reason: "luhn" });
  });

  it("refuses other card schemes whose numbers pass Luhn", () => {
    expect(checkMirCard("4111111111111111")).toEqual({ ok: false, reason: "notMir" }); // Visa test number
    expect(checkMirCard(`220500000000000${luhnCheckDigit("220500000000000")}`)).toEqual({
      ok: false,
      reason: "notMir",
    });
  });

  it("takes 16 to 19 digits", () => {
    const of = (payload: string) => payload + luhnCheckDigit(payload);
    expect(isMirCardNumber(of("220400000000000000"))).toBe(true); // 19 digits
    expect(checkMirCard(of("22000000000000"))).toEqual({ ok: false, reason: "format" }); // 15
    expect(checkMirCard(of("2200000000000000000"))).toEqual({ ok: false, reason: "format" }); // 20
    expect(checkMirCard("2200 0000 0000 000X")).toEqual({ ok: false, reason: "format" });
    expect(normalizeCardNumber("")).toBeNull();
  });

  it("the check digit generator always gives a Luhn-valid number", () => {
    fc.assert(fc.property(digits(15, 18), (payload) => isLuhnValid(payload + luhnCheckDigit(payload))));
  });

  it("Luhn catches a change of any single digit", () => {
    fc.assert(
      fc.property(digits(15, 18), fc.nat(18), fc.integer({ min: 1, max: 9 }), (payload, at, shift) => {
        const number = payload + luhnCheckDigit(payload);
        const changed = changeOneDigit(number, at % number.length, shift);
        expect(isLuhnValid(changed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("Luhn refuses anything that is not digits", () => {
    expect(isLuhnValid("")).toBe(false);
    expect(isLuhnValid("2200 0000 0000 0004")).toBe(false);
  });
});
