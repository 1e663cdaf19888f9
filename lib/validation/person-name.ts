import { accept, refuse, type Check } from "./check";

// Фамилия, имя, отчество: Russian letters (ё included) and the Tatar Cyrillic letters
// ә ө ү җ ң һ (Гөлназ Җәләлова, Рөстәм Һадиев: both state languages of the republic), space,
// hyphen, apostrophe.

export const PERSON_NAME_MAX_LENGTH = 60;

export type PersonNameProblem = "empty" | "tooLong" | "characters" | "edges" | "separators";

/** Russian and Tatar Cyrillic letters, both cases, as a regular expression's character class body. */
export const PERSON_NAME_LETTERS = "А-ЯЁа-яёӘәӨөҮүҖҗҢңҺһ";
const ALLOWED = new RegExp(`^[${PERSON_NAME_LETTERS}' -]+$`);
const LETTER = new RegExp(`[${PERSON_NAME_LETTERS}]`);
const DOUBLED_SEPARATOR = /[' -]{2}/;

/**
 * Trims, collapses runs of spaces, turns dash and apostrophe look-alikes into `-` and `'`, and
 * drops spaces around a hyphen (`Римский - Корсаков` → `Римский-Корсаков`). Letter case is kept:
 * «оглы», «кызы» are written in lower case.
 */
export function normalizePersonName(input: string): string {
  // NFC: a letter typed as a base and a combining mark is stored as the one letter.
  return input
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ ?- ?/g, "-")
    .trim();
}

/** Validates one part of a name; the value is the normalised text. */
export function checkPersonName(input: string): Check<string, PersonNameProblem> {
  const name = normalizePersonName(input);
  if (name === "") return refuse("empty");
  if (name.length > PERSON_NAME_MAX_LENGTH) return refuse("tooLong");
  if (!ALLOWED.test(name)) return refuse("characters");
  if (!LETTER.test(name[0]!) || !LETTER.test(name[name.length - 1]!)) return refuse("edges");
  if (DOUBLED_SEPARATOR.test(name)) return refuse("separators");
  return accept(name);
}

export function isValidPersonName(input: string): boolean {
  return checkPersonName(input).ok;
}
