import { accept, refuse, type Check } from "./check";
import { digitsOnly } from "./digits";

// Bank details for paying a benefit: БИК, the 20-digit account with its control key, and a «Мир»
// card number (research/benefits.md §9.3, §9.6).

export type BikProblem = "format" | "notRussian";
export type AccountProblem = "format" | "bik" | "key";
export type CardProblem = "format" | "luhn" | "notMir";

/** The key weights 7, 1, 3 repeat over 3 prefix digits + 20 account digits. */
const ACCOUNT_KEY_WEIGHTS = [7, 1, 3] as const;
/** Balance account 30101: a bank's correspondent account at the Bank of Russia. */
const CORRESPONDENT_ACCOUNT_PREFIX = "30101";
/** «Мир» card numbers begin with 2200–2204 (general knowledge, benefits.md §9.6). */
const MIR_PREFIX = /^220[0-4]/;

/** 9 digits of a BIK, or null. */
export function normalizeBik(input: string): string | null {
  return digitsOnly(input, 9);
}

/** Validates a BIK of a bank in Russia (it starts with 04); the value is its 9 digits. */
export function checkBik(input: string): Check<string, BikProblem> {
  const bik = normalizeBik(input);
  if (!bik) return refuse("format");
  return bik.startsWith("04") ? accept(bik) : refuse("notRussian");
}

export function isValidBik(input: string): boolean {
  return checkBik(input).ok;
}

/** 20 digits of an account number (people group them with spaces or dots), or null. */
export function normalizeAccount(input: string): string | null {
  return digitsOnly(input.replace(/\./g, ""), 20);
}

export function isCorrespondentAccount(account: string): boolean {
  return account.startsWith(CORRESPONDENT_ACCOUNT_PREFIX);
}

/**
 * The 3 digits put before the account for the key check: a correspondent account is keyed on the
 * Bank of Russia subdivision that holds it («0» + BIK digits 5–6), any other account on the bank
 * itself (the last 3 BIK digits).
 */
export function accountKeyPrefix(bik: string, account: string): string {
  return isCorrespondentAccount(account) ? `0${bik.slice(4, 6)}` : bik.slice(6, 9);
}

function keySum(prefixedAccount: string): number {
  return [...prefixedAccount].reduce((sum, digit, i) => sum + ((Number(digit) * ACCOUNT_KEY_WEIGHTS[i % 3]!) % 10), 0);
}

/** Whether an account's control key (its 9th digit) agrees with the BIK; both already normalised. */
export function isAccountKeyValid(account: string, bik: string): boolean {
  return keySum(accountKeyPrefix(bik, account) + account) % 10 === 0;
}

/** Validates an account against its bank's BIK; the value is the account's 20 digits. */
export function checkAccount(accountInput: string, bikInput: string): Check<string, AccountProblem> {
  const account = normalizeAccount(accountInput);
  if (!account) return refuse("format");
  const bik = checkBik(bikInput);
  if (!bik.ok) return refuse("bik");
  return isAccountKeyValid(account, bik.value) ? accept(account) : refuse("key");
}

/** The account with its 9th digit set to the key that matches the BIK, for the demo bank directory. */
export function withAccountKey(account: string, bik: string): string {
  const digits = normalizeAccount(account);
  const bikDigits = normalizeBik(bik);
  if (!digits || !bikDigits) throw new RangeError("need a 20-digit account and a 9-digit BIK");
  // The key digit's weight (3) is coprime to 10, so exactly one digit fits.
  for (let key = 0; key <= 9; key++) {
    const candidate = `${digits.slice(0, 8)}${key}${digits.slice(9)}`;
    if (isAccountKeyValid(candidate, bikDigits)) return candidate;
  }
  throw new Error("unreachable: one key digit always fits");
}

/** 16–19 digits of a card number (typed in groups with spaces or hyphens), or null. */
export function normalizeCardNumber(input: string): string | null {
  return digitsOnly(input, [16, 17, 18, 19]);
}

/** Luhn (mod 10) check over a digit string. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The Luhn check digit to append to `payload`, for demo card numbers and tests. */
export function luhnCheckDigit(payload: string): string {
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}

/** Doubles every second digit from the right; `forCheckDigit` starts doubling at the last digit. */
function luhnSum(digits: string, forCheckDigit: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    let digit = Number(digits[i]);
    if (fromRight % 2 === (forCheckDigit ? 0 : 1)) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

/** Validates a «Мир» card number; the value is its digits. */
export function checkMirCard(input: string): Check<string, CardProblem> {
  const digits = normalizeCardNumber(input);
  if (!digits) return refuse("format");
  // A Luhn failure is a typo, which may also have hit the prefix: report it first.
  if (!isLuhnValid(digits)) return refuse("luhn");
  return MIR_PREFIX.test(digits) ? accept(digits) : refuse("notMir");
}

export function isMirCardNumber(input: string): boolean {
  return checkMirCard(input).ok;
}
