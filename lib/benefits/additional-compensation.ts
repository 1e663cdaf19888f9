import { assertYearMonth, firstDayOf, type IsoDate, type YearMonth } from "./calendar";
import type { BasicCompensation } from "./kindergarten-compensation";
import { isAtMost, type PerCapitaIncome } from "./means-test";
import { isKopecks, percentOf, type Kopecks } from "./money";
import type { RefusalReason } from "./reasons";
import { entryOn, MAX_FAMILY_SHARE, type MaxFamilyShareBand } from "./reference-data";

// Service (b): дополнительная компенсация части родительской платы (RT, from 01.01.2014, §3).
// It tops the basic compensation К up so that the family pays no more than МДД % of the fee Ф:
//
//   ДК = Ф × (100 − МДД) / 100 − К,  nothing if ДК ≤ 0,
//
// where МДД depends on the per-capita income band and the child's order; above 20 000 ₽ per person
// nothing is paid. Which act governs it today, and whether the columns mean the child's order, are
// uncertain (§3.1, §3.2) — see MAX_FAMILY_SHARE.

/** Column of the МДД table: 1st, 2nd, or 3rd-and-later child. */
function column(order: number): 0 | 1 | 2 {
  if (!Number.isSafeInteger(order) || order < 1) throw new RangeError(`Bad child order ${order}`);
  return order === 1 ? 0 : order === 2 ? 1 : 2;
}

export interface IncomeBand {
  /** 1 for «до 10 000 ₽», 2 for «10 001–15 000 ₽», 3 for «15 001–20 000 ₽». */
  band: number;
  limits: MaxFamilyShareBand;
  uncertain: boolean;
}

/** The income band on `date` for a per-capita income, or null above the last band (not paid). */
export function incomeBandOn(income: PerCapitaIncome, date: IsoDate): IncomeBand | null {
  const entry = entryOn(MAX_FAMILY_SHARE, date);
  const bands = [...entry.value].sort((a, b) => a.incomeUpTo - b.incomeUpTo);
  const index = bands.findIndex((band) => isAtMost(income, band.incomeUpTo));
  const limits = bands[index];
  return limits ? { band: index + 1, limits, uncertain: Boolean(entry.uncertain) } : null;
}

/** МДД, %: the largest share of the fee the family bears, for the band and the child's order. */
export function maxFamilySharePercent(band: IncomeBand, order: number): number {
  return band.limits.byOrder[column(order)];
}

/** ДК = Ф × (100 − МДД) / 100 − К, never below zero. */
export function additionalCompensationAmount(fee: Kopecks, maxSharePercent: number, basicAmount: Kopecks): Kopecks {
  if (!isKopecks(fee) || fee < 0 || !isKopecks(basicAmount) || basicAmount < 0)
    throw new RangeError("Fee and К must be non-negative kopecks");
  if (!Number.isSafeInteger(maxSharePercent) || maxSharePercent < 0 || maxSharePercent > 100)
    throw new RangeError(`Bad МДД ${maxSharePercent}`);
  return Math.max(0, percentOf(fee, 100 - maxSharePercent) - basicAmount);
}

export interface AdditionalCompensationInput {
  /** The month the fee was paid for; the МДД table in force on its first day applies. */
  month: YearMonth;
  /** The basic compensation for the same child and month (К, and the child's order). */
  basic: BasicCompensation;
  /** Ф: the municipal fee for the month as actually paid (the lesser of charged and paid). */
  fee: Kopecks;
  /** Per-capita income from meansTest(). */
  income: PerCapitaIncome;
}

export type AdditionalCompensation =
  | {
      eligible: true;
      band: number;
      /** МДД, % */
      maxFamilySharePercent: number;
      fee: Kopecks;
      /** К */
      basicAmount: Kopecks;
      /** ДК */
      amount: Kopecks;
      /** What the family is left to pay: Ф − К − ДК = МДД % of Ф. */
      familyPays: Kopecks;
      /** Families under 10 000 ₽ per person may pay the fee in two steps (§3.1, [TC13]). */
      mayPayInTwoSteps: boolean;
      uncertain: boolean;
    }
  | { eligible: false; reasons: RefusalReason[] };

/** The additional compensation for one child and month; refused when the basic one is. */
export function additionalCompensation(input: AdditionalCompensationInput): AdditionalCompensation {
  assertYearMonth(input.month);
  if (!input.basic.eligible) return { eligible: false, reasons: input.basic.reasons };
  const band = incomeBandOn(input.income, firstDayOf(input.month));
  if (!band) return { eligible: false, reasons: ["incomeAboveThreshold"] };
  const share = maxFamilySharePercent(band, input.basic.order);
  const amount = additionalCompensationAmount(input.fee, share, input.basic.amount);
  if (amount === 0) return { eligible: false, reasons: ["noAmountDue"] };
  return {
    eligible: true,
    band: band.band,
    maxFamilySharePercent: share,
    fee: input.fee,
    basicAmount: input.basic.amount,
    amount,
    familyPays: input.fee - input.basic.amount - amount,
    mayPayInTwoSteps: band.band === 1,
    uncertain: band.uncertain,
  };
}
