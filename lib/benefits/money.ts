// Money in whole kopecks: sums, shares and comparisons stay exact, and a ruble figure from an act
// (1 920 ₽, 7 310,50 ₽) is written once, through rubles(), where the data is seeded.

/** An amount in kopecks: a safe integer. */
export type Kopecks = number;

export function isKopecks(value: number): boolean {
  return Number.isSafeInteger(value);
}

function assertKopecks(value: number, what: string): void {
  if (!isKopecks(value)) throw new RangeError(`${what} must be a whole number of kopecks, got ${value}`);
}

/** A ruble figure as kopecks; refuses fractions of a kopeck (1 920 → 192 000, 7 310.5 → 731 050). */
export function rubles(amount: number): Kopecks {
  const kopecks = Math.round(amount * 100);
  if (Math.abs(kopecks - amount * 100) > 1e-6) throw new RangeError(`${amount} ₽ is not a whole number of kopecks`);
  assertKopecks(kopecks, "An amount");
  return kopecks;
}

/**
 * `numerator / denominator` of an amount, rounded half up to the kopeck (the usual accounting
 * rule; no RT act read here says otherwise). Integer arithmetic only, so no float ever drifts.
 */
export function fractionOf(amount: Kopecks, numerator: number, denominator: number): Kopecks {
  assertKopecks(amount, "An amount");
  if (amount < 0) throw new RangeError("Shares are taken of non-negative amounts only");
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new RangeError(`Bad numerator ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError(`Bad denominator ${denominator}`);
  const scaled = amount * numerator;
  assertKopecks(scaled, "An intermediate product");
  return Math.floor((2 * scaled + denominator) / (2 * denominator));
}

/** `percent` % of an amount (percent is a whole number: 20, 50, 70, 150 …), rounded half up. */
export function percentOf(amount: Kopecks, percent: number): Kopecks {
  return fractionOf(amount, percent, 100);
}

/** «1 920,50 ₽» for messages and tests; the UI may format differently. */
export function formatRubles(amount: Kopecks): string {
  assertKopecks(amount, "An amount");
  const sign = amount < 0 ? "−" : "";
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${sign}${whole},${String(abs % 100).padStart(2, "0")}\u00a0₽`;
}
