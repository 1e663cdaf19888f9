import { accept, refuse, type Check } from "./check";
import { digitsOnly } from "./digits";

// An organisation's state numbers. ОГРН: 13 digits, the last is (the first 12 as a number mod 11)
// mod 10. КПП: 9 characters, NNNN PP NNN, where the reason code PP may hold capital Latin
// letters since 2013 (ФНС order ММВ-7-6/435@); it has no control digit.

export type OgrnProblem = "format" | "checksum";

export function ogrnControlDigit(first12: string): string {
  return String(Number(BigInt(first12) % 11n) % 10);
}

export function checkOgrn(input: string): Check<string, OgrnProblem> {
  const digits = digitsOnly(input, 13);
  if (!digits) return refuse("format");
  return ogrnControlDigit(digits.slice(0, 12)) === digits[12] ? accept(digits) : refuse("checksum");
}

/** A valid ОГРН from its first 12 digits, for demo organisations. */
export function makeOgrn(first12: string): string {
  const digits = digitsOnly(first12, 12);
  if (!digits) throw new RangeError("an OGRN has 12 digits before its control digit");
  return digits + ogrnControlDigit(digits);
}

export function checkKpp(input: string): Check<string, "format"> {
  const value = input.replace(/\s/g, "").toUpperCase();
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(value) ? accept(value) : refuse("format");
}
