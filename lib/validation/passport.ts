import { addYears, todayInMoscow, type IsoDate } from "./calendar-date";
import { accept, refuse, type Check } from "./check";
import { digitsOnly } from "./digits";

// Паспорт гражданина РФ: series, number, subdivision code and issue-date rules (benefits.md §9.4).

export type PassportIssueProblem = "beforeAge14" | "future";

/** A passport is issued from the 14th birthday and replaced at 20 and at 45. */
const FIRST_ISSUE_AGE = 14;
const REPLACEMENT_AGES = [20, 45] as const;

/** 4 digits of a series typed `92 04` or `9204` (ESIA stores `9204`), or null. */
export function normalizePassportSeries(input: string): string | null {
  return digitsOnly(input, 4);
}

/** `92 04`, as printed in the passport. */
export function formatPassportSeries(series: string): string {
  const digits = normalizePassportSeries(series);
  if (!digits) throw new RangeError("a passport series has 4 digits");
  return `${digits.slice(0, 2)} ${digits.slice(2)}`;
}

/** 6 digits of a passport number, or null. */
export function normalizePassportNumber(input: string): string | null {
  return digitsOnly(input, 6);
}

/** Subdivision code as `XXX-XXX` from `160005`, `160-005` or `160 005`, or null. */
export function normalizeSubdivisionCode(input: string): string | null {
  const digits = digitsOnly(input, 6);
  return digits && `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

/** The 6 digits without the dash, as ESIA's `issueId` holds them. */
export function toEsiaSubdivisionCode(code: string): string {
  const normalized = normalizeSubdivisionCode(code);
  if (!normalized) throw new RangeError("a subdivision code has 6 digits");
  return normalized.replace("-", "");
}

/** The earliest possible issue date: the 14th birthday. */
export function earliestPassportIssueDate(birthDate: IsoDate): IsoDate {
  return addYears(birthDate, FIRST_ISSUE_AGE);
}

/** Issue date against birth date and today: not before the 14th birthday, not in the future. */
export function checkPassportIssueDate(
  issueDate: IsoDate,
  birthDate: IsoDate,
  today: IsoDate = todayInMoscow(),
): Check<IsoDate, PassportIssueProblem> {
  if (issueDate > today) return refuse("future");
  if (issueDate < earliestPassportIssueDate(birthDate)) return refuse("beforeAge14");
  return accept(issueDate);
}

/**
 * The birthday (20th or 45th) by which this passport must be replaced, or null if it is valid for
 * life (issued at 45 or later). The grace period for applying is left to the caller.
 */
export function passportReplacementDate(birthDate: IsoDate, issueDate: IsoDate): IsoDate | null {
  for (const age of REPLACEMENT_AGES) {
    const birthday = addYears(birthDate, age);
    if (issueDate < birthday) return birthday;
  }
  return null;
}

/** Whether the holder has reached the age at which this passport had to be replaced. */
export function isPassportDueForReplacement(
  birthDate: IsoDate,
  issueDate: IsoDate,
  today: IsoDate = todayInMoscow(),
): boolean {
  const replacement = passportReplacementDate(birthDate, issueDate);
  return replacement !== null && today >= replacement;
}
