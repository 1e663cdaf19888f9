import { accept, refuse, type Check } from "./check";
import { digitsOnly, weightedSum } from "./digits";

// ИНН: 10 digits for an organisation (one control digit), 12 for a person (two) — benefits.md §9.2.

const LEGAL_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INDIVIDUAL_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INDIVIDUAL_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

export type InnKind = "individual" | "legal";
export type InnProblem = "format" | "checksum";

function controlDigit(digits: string, weights: readonly number[]): string {
  return String((weightedSum(digits, weights) % 11) % 10);
}

/** Digits of an INN of the given kind (12 for individual, 10 for legal, either when omitted), or null. */
export function normalizeInn(input: string, kind?: InnKind): string | null {
  return digitsOnly(input, kind === "individual" ? 12 : kind === "legal" ? 10 : [10, 12]);
}

export function isValidLegalInn(input: string): boolean {
  const digits = normalizeInn(input, "legal");
  return digits !== null && controlDigit(digits, LEGAL_WEIGHTS) === digits[9];
}

export function isValidIndividualInn(input: string): boolean {
  const digits = normalizeInn(input, "individual");
  return (
    digits !== null &&
    controlDigit(digits, INDIVIDUAL_WEIGHTS_11) === digits[10] &&
    controlDigit(digits, INDIVIDUAL_WEIGHTS_12) === digits[11]
  );
}

/** Validates an INN of the given kind (either kind when omitted); the value is its digits. */
export function checkInn(input: string, kind?: InnKind): Check<string, InnProblem> {
  const digits = normalizeInn(input, kind);
  if (!digits) return refuse("format");
  const valid = digits.length === 12 ? isValidIndividualInn(digits) : isValidLegalInn(digits);
  return valid ? accept(digits) : refuse("checksum");
}

/** A valid 10-digit organisation INN from 9 digits, for the demo kindergarten directory. */
export function makeLegalInn(number: string): string {
  const digits = digitsOnly(number, 9);
  if (!digits) throw new RangeError("an organisation INN number has 9 digits");
  return digits + controlDigit(digits, LEGAL_WEIGHTS);
}

/** A valid 12-digit personal INN from 10 digits, for demo personas. */
export function makeIndividualInn(number: string): string {
  const digits = digitsOnly(number, 10);
  if (!digits) throw new RangeError("a personal INN number has 10 digits");
  const eleven = digits + controlDigit(digits, INDIVIDUAL_WEIGHTS_11);
  return eleven + controlDigit(eleven, INDIVIDUAL_WEIGHTS_12);
}
