import { digitsOnly } from "./digits";

// Свидетельство о рождении РФ: series `IV-КБ` (Roman numeral in Latin letters, hyphen, two Cyrillic
// capitals) and a 6-digit number (benefits.md §9.5).

const SERIES_PATTERN = /^[IVXLC]+-[А-ЯЁ]{2}$/;

/** Letters people type for the Roman part instead of Latin I, V, X, L, C (after upper-casing). */
const ROMAN_LOOKALIKES: Readonly<Record<string, string>> = {
  І: "I", // Ukrainian/Belarusian І
  Ӏ: "I", // palochka
  Х: "X",
  С: "C",
  Л: "L", // the Russian letter for L
  Ѵ: "V", // izhitsa
};

/** Latin capitals that look like Cyrillic ones, for the letter part. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
};

function replaceEach(text: string, table: Readonly<Record<string, string>>): string {
  return [...text].map((char) => table[char] ?? char).join("");
}

/**
 * The series as `IV-КБ`, or null. Accepts lower case, spaces, a dash instead of the hyphen or no
 * hyphen at all, and look-alike letters in either part.
 */
export function normalizeBirthCertificateSeries(input: string): string | null {
  const compact = input.replace(/\s/g, "").toUpperCase();
  // The letter part is always the last two characters, so the split does not need the hyphen.
  const match = /^(.+?)[-\u2010-\u2015\u2212]?([^-\u2010-\u2015\u2212]{2})$/.exec(compact);
  if (!match) return null;
  const series = `${replaceEach(match[1]!, ROMAN_LOOKALIKES)}-${replaceEach(match[2]!, CYRILLIC_LOOKALIKES)}`;
  return SERIES_PATTERN.test(series) ? series : null;
}

export function isValidBirthCertificateSeries(input: string): boolean {
  return normalizeBirthCertificateSeries(input) !== null;
}

/** 6 digits of the certificate number, or null. */
export function normalizeBirthCertificateNumber(input: string): string | null {
  return digitsOnly(input, 6);
}
