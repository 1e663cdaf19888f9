import { accept, refuse, type Check } from "./check";
import { digitsOnly, weightedSum } from "./digits";

// СНИЛС: 9-digit number + 2-digit control number, shown by ESIA as `XXX-XXX-XXX YY`
// (research/benefits.md §9.1).

const SNILS_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;

/** Numbers up to 001-001-998 predate the control-number algorithm, so their last two digits are not checked. */
const LAST_UNCHECKED_NUMBER = 1_001_998;

export type SnilsProblem = "format" | "checksum";

/** 11 digits from input that may contain spaces and hyphens, or null. */
export function normalizeSnils(input: string): string | null {
  return digitsOnly(input, 11);
}

/** ESIA's form `XXX-XXX-XXX YY`. Throws for input that is not 11 digits: format only what was validated. */
export function formatSnils(snils: string): string {
  const digits = normalizeSnils(snils);
  if (!digits) throw new RangeError("СНИЛС must have 11 digits");
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** The two-digit control number of a 9-digit SNILS number. */
export function snilsControlNumber(number: string): string {
  const sum = weightedSum(number, SNILS_WEIGHTS);
  // Below 100 the sum itself; 100 and 101 give 00; above, the remainder mod 101, where 100 again gives 00.
  const control = sum < 100 ? sum : sum <= 101 ? 0 : (sum % 101) % 100;
  return String(control).padStart(2, "0");
}

/** Whether the control number of this 9-digit number is checkable (it is above 001-001-998). */
export function isSnilsChecksumApplicable(number: string): boolean {
  return Number(number) > LAST_UNCHECKED_NUMBER;
}

/** Validates a SNILS; the value is the ESIA form `XXX-XXX-XXX YY`. */
export function checkSnils(input: string): Check<string, SnilsProblem> {
  const digits = normalizeSnils(input);
  if (!digits) return refuse("format");
  const number = digits.slice(0, 9);
  if (isSnilsChecksumApplicable(number) && snilsControlNumber(number) !== digits.slice(9)) return refuse("checksum");
  return accept(formatSnils(digits));
}

export function isValidSnils(input: string): boolean {
  return checkSnils(input).ok;
}

/** A valid SNILS (`XXX-XXX-XXX YY`) from a 9-digit number, for demo personas and tests. */
export function makeSnils(number: string): string {
  const digits = digitsOnly(number, 9);
  if (!digits) throw new RangeError("a SNILS number has 9 digits");
  return formatSnils(digits + snilsControlNumber(digits));
}
