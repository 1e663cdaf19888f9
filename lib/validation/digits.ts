// Internal helpers for the digit-based identifiers (not re-exported from index.ts).

/** Whitespace (incl. no-break space) and the hyphen/dash/minus look-alikes people paste from documents. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** The input without separators, if what is left is exactly `length` digits (one length or a list). */
export function digitsOnly(input: string, length: number | readonly number[]): string | null {
  const digits = input.replace(SEPARATORS, "");
  if (!/^\d+$/.test(digits)) return null;
  const lengths = typeof length === "number" ? [length] : length;
  return lengths.includes(digits.length) ? digits : null;
}

/** Σ digitᵢ × weightᵢ over the first `weights.length` digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}
