import { ageOn, type IsoDate } from "./calendar";
import { isAtMost, type MeansTestResult } from "./means-test";
import { percentOf, type Kopecks } from "./money";
import type { RefusalReason } from "./reasons";
import {
  childSubsistenceMinimumOn,
  entryOn,
  REGIONAL_CHILD_ALLOWANCE,
  type Dated,
  type RegionalAllowanceParameters,
} from "./reference-data";

// Service (c): ежемесячное пособие на ребенка. Per the brief's recommendation (§4.3) the service
// is the 2016-era regional allowance for low-income families, processed by RT caseworkers and
// parameterised as in §4.1 (RT amounts not found: demo figures). Since 01.01.2023 families apply
// for «единое пособие» at СФР instead; unifiedAllowanceEstimate() computes it for the
// eligibility pre-check only.

export type AllowanceCategory = "singleMother" | "alimonyEvasion" | "conscriptParent";

export const ALLOWANCE_CATEGORIES: Record<AllowanceCategory, string> = {
  singleMother: "Ребенок одинокой матери",
  alimonyEvasion: "Родитель уклоняется от уплаты алиментов",
  conscriptParent: "Ребенок военнослужащего, проходящего военную службу по призыву",
};

export interface AllowanceChild {
  id: string;
  birthDate: IsoDate;
  /** Учится в общеобразовательной организации: the allowance runs to 18 instead of 16. */
  atSchool?: boolean;
  categories?: readonly AllowanceCategory[];
}

export function allowanceAgeLimit(child: AllowanceChild, params: RegionalAllowanceParameters): number {
  return child.atSchool ? params.ageLimitAtSchool : params.ageLimit;
}

/**
 * The increased amount as a percentage of the base: 100 % without a category, else the largest of
 * the child's categories. Whether increments stack is unknown; taking the largest is the brief's
 * assumption (§4.1).
 */
export function allowanceMultiplierPercent(
  categories: readonly AllowanceCategory[],
  params: RegionalAllowanceParameters,
): number {
  const byCategory: Record<AllowanceCategory, number> = {
    singleMother: params.singleMotherPercent,
    alimonyEvasion: params.alimonyEvasionPercent,
    conscriptParent: params.conscriptPercent,
  };
  return Math.max(100, ...categories.map((c) => byCategory[c]));
}

export interface RegionalAllowanceInput {
  applicationDate: IsoDate;
  /** The children the allowance is claimed for. */
  children: readonly AllowanceChild[];
  /** meansTest() with the regional income period and the per-capita ПМ as threshold. */
  meansTest: MeansTestResult;
  applicantIsLegalRepresentative: boolean;
  residentInTatarstan: boolean;
}

export interface ChildAllowanceLine {
  childId: string;
  multiplierPercent: number;
  amount: Kopecks;
}

export type RegionalAllowance =
  | {
      eligible: true;
      lines: ChildAllowanceLine[];
      /** Children claimed for who are past the age limit on the day of application. */
      overAgeLimit: string[];
      total: Kopecks;
      parameters: Dated<RegionalAllowanceParameters>;
    }
  | { eligible: false; reasons: RefusalReason[] };

/** Whether the child is under the allowance's age limit on `date` (on the 16th birthday it is not). */
export function underAllowanceAge(child: AllowanceChild, params: RegionalAllowanceParameters, date: IsoDate): boolean {
  return ageOn(child.birthDate, date) < allowanceAgeLimit(child, params);
}

/** The monthly regional allowance; eligible when per-capita income does not exceed the ПМ (§4.1). */
export function regionalChildAllowance(input: RegionalAllowanceInput): RegionalAllowance {
  const parameters = entryOn(REGIONAL_CHILD_ALLOWANCE, input.applicationDate);
  const params = parameters.value;
  const young = input.children.filter((child) => underAllowanceAge(child, params, input.applicationDate));

  const reasons: RefusalReason[] = [];
  if (!input.applicantIsLegalRepresentative) reasons.push("notLegalRepresentative");
  if (!input.residentInTatarstan) reasons.push("notResidentInTatarstan");
  if (!input.meansTest.eligible) reasons.push("incomeAboveThreshold");
  if (young.length === 0) reasons.push("childOverAgeLimit");
  if (reasons.length > 0) return { eligible: false, reasons };

  const lines = young.map((child) => {
    const multiplierPercent = allowanceMultiplierPercent(child.categories ?? [], params);
    return { childId: child.id, multiplierPercent, amount: percentOf(params.base, multiplierPercent) };
  });
  return {
    eligible: true,
    lines,
    overAgeLimit: input.children.filter((child) => !young.includes(child)).map((child) => child.id),
    total: lines.reduce((sum, line) => sum + line.amount, 0),
    parameters,
  };
}

// ---------------------------------------------------------------------------------------------
// «Единое пособие» (since 01.01.2023, СФР): for the pre-check only (§4.2, §4.3).

/** Children under 17 (§4.2). */
export const UNIFIED_ALLOWANCE_AGE_LIMIT = 17;
/** Shares of the child ПМ, tried in turn (§4.2, the «3–7» ladder [STEP]; verify for 2023+). */
export const UNIFIED_ALLOWANCE_PERCENTS = [50, 75, 100] as const;

export interface UnifiedAllowanceInput {
  applicationDate: IsoDate;
  /** All children of the family; those under 17 on the day of application get the allowance. */
  children: readonly { id: string; birthDate: IsoDate }[];
  /** meansTest() with INCOME_PERIOD_RULES.unifiedAllowance and the per-capita ПМ as threshold. */
  meansTest: MeansTestResult;
}

export type UnifiedAllowanceEstimate =
  | {
      eligible: true;
      percent: (typeof UNIFIED_ALLOWANCE_PERCENTS)[number];
      perChild: Kopecks;
      childIds: string[];
      total: Kopecks;
      /** Tests СФР applies that this estimate does not. */
      notChecked: string[];
    }
  | { eligible: false; reasons: RefusalReason[] };

const UNIFIED_NOT_CHECKED = [
  "Имущественная проверка (недвижимость, транспорт, вклады)",
  "Минимальный доход трудоспособных членов семьи (правило изменено в 2025 году)",
];

/**
 * The estimate: 50 % of the child ПМ; 75 % if per-capita income with the allowance at 50 % still
 * does not exceed the ПМ; 100 % if it still does not with 75 %. Compared exactly, in kopecks.
 */
export function unifiedAllowanceEstimate(input: UnifiedAllowanceInput): UnifiedAllowanceEstimate {
  const childIds = input.children
    .filter(
      (child) =>
        child.birthDate <= input.applicationDate &&
        ageOn(child.birthDate, input.applicationDate) < UNIFIED_ALLOWANCE_AGE_LIMIT,
    )
    .map((child) => child.id);
  const reasons: RefusalReason[] = [];
  if (!input.meansTest.eligible) reasons.push("incomeAboveThreshold");
  if (childIds.length === 0) reasons.push("childOverAgeLimit");
  if (reasons.length > 0) return { eligible: false, reasons };

  const childMinimum = childSubsistenceMinimumOn(input.applicationDate);
  const { income, threshold } = input.meansTest;
  let percent: (typeof UNIFIED_ALLOWANCE_PERCENTS)[number] = 100;
  for (const candidate of UNIFIED_ALLOWANCE_PERCENTS) {
    const withAllowance = income.total + percentOf(childMinimum, candidate) * childIds.length * income.months;
    if (candidate === 100 || !isAtMost({ ...income, total: withAllowance }, threshold)) {
      percent = candidate;
      break;
    }
  }
  const perChild = percentOf(childMinimum, percent);
  return {
    eligible: true,
    percent,
    perChild,
    childIds,
    total: perChild * childIds.length,
    notChecked: UNIFIED_NOT_CHECKED,
  };
}
