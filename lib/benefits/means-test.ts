import { addMonths, ageOn, monthOf, type IsoDate, type YearMonth } from "./calendar";
import { fractionOf, isKopecks, type Kopecks } from "./money";
import type { MemberStatus } from "./member-statuses";

// Проверка нуждаемости (§5), shared by the additional compensation (b) and the child allowance (c):
// who counts in the family, which months' incomes are summed, the average per-capita income
// («среднедушевой доход») and its comparison with a threshold (usually the ПМ on the day of
// application). Pure: the caller passes the threshold and the income period rule.

export type Relation = "applicant" | "spouse" | "child" | "other";

export const RELATIONS: Record<Relation, string> = {
  applicant: "Заявитель",
  spouse: "Супруг (супруга)",
  child: "Ребенок",
  other: "Иной родственник",
};

export { MEMBER_STATUSES, type MemberStatus } from "./member-statuses";

export type IncomeType = "wages" | "business" | "pension" | "benefit" | "scholarship" | "alimony" | "other";

/** Income types of §5 (the federal list of ПП РФ № 512 of 2003, quoted from memory by the brief). */
export const INCOME_TYPES: Record<IncomeType, string> = {
  wages: "Заработная плата",
  business: "Доходы от предпринимательской деятельности",
  pension: "Пенсия",
  benefit: "Пособия и иные социальные выплаты",
  scholarship: "Стипендия",
  alimony: "Алименты, полученные на детей",
  other: "Иные доходы (от сдачи имущества в аренду, проценты по вкладам и др.)",
};

export interface FamilyMember {
  id: string;
  relation: Relation;
  birthDate: IsoDate;
  status?: MemberStatus;
}

/** Why a person listed in the application is not counted in the family. */
export type ExclusionReason = "notFamilyMember" | "adultChild" | "conscript" | "fullStateSupport" | "servingSentence";

/** Children count while under 18, and from 18 until 23 while studying full-time (§5, [MARS]). */
export const CHILD_AGE_LIMIT = 18;
export const STUDENT_AGE_LIMIT = 23;

/**
 * Whether a child counts on `onDate`: under 18, or under 23 while in full-time study. On the 18th
 * (23rd) birthday the child is already 18 (23) and stops counting.
 */
export function childCounts(birthDate: IsoDate, fullTimeStudent: boolean, onDate: IsoDate): boolean {
  const age = ageOn(birthDate, onDate);
  return age < CHILD_AGE_LIMIT || (fullTimeStudent && age < STUDENT_AGE_LIMIT);
}

/**
 * Why a member is left out of the family on `onDate`, or null if they count. The applicant always
 * counts. People on full state support, conscripts and prisoners are left out (typical rule,
 * uncertain for RT, §5): nobody in the household supports them, nor do they share its income.
 */
export function memberExclusion(member: FamilyMember, onDate: IsoDate): ExclusionReason | null {
  if (member.relation === "applicant") return null;
  if (member.relation === "other") return "notFamilyMember";
  if (member.status === "conscript" || member.status === "fullStateSupport" || member.status === "servingSentence")
    return member.status;
  if (member.relation === "child" && !childCounts(member.birthDate, member.status === "fullTimeStudent", onDate))
    return "adultChild";
  return null;
}

export interface FamilyComposition {
  counted: FamilyMember[];
  excluded: { member: FamilyMember; reason: ExclusionReason }[];
}

export function familyComposition(members: readonly FamilyMember[], onDate: IsoDate): FamilyComposition {
  const ids = new Set<string>();
  const composition: FamilyComposition = { counted: [], excluded: [] };
  for (const member of members) {
    if (ids.has(member.id)) throw new RangeError(`Family member «${member.id}» is listed twice`);
    ids.add(member.id);
    const reason = memberExclusion(member, onDate);
    if (reason) composition.excluded.push({ member, reason });
    else composition.counted.push(member);
  }
  if (!composition.counted.some((m) => m.relation === "applicant")) throw new RangeError("The family has no applicant");
  return composition;
}

// ---------------------------------------------------------------------------------------------
// Income period («расчетный период»)

export interface IncomePeriodRule {
  /** How many calendar months of income are summed. */
  incomeMonths: number;
  /** Whole months left between the period's end and the month of application. */
  gapMonths: number;
  source: string;
  uncertain?: true;
  note?: string;
}

export const INCOME_PERIOD_RULES = {
  /** (b) and the 2016-era allowance (c): the RT period was not found (§3.4). */
  regional: {
    incomeMonths: 3,
    gapMonths: 0,
    source: "§3.4: typical regional means tests of that era",
    uncertain: true,
    note: "RT's accounting period not found: the 3 calendar months before the month of application are assumed.",
  },
  /** «Единое пособие»: the 12 months ending one month before the month of application (§4.2). */
  unifiedAllowance: {
    incomeMonths: 12,
    gapMonths: 1,
    source: "§4.2 [EPRT24], [GRD]; ПП РФ от 16.12.2022 № 2330 (number from memory)",
  },
} as const satisfies Record<string, IncomePeriodRule>;

/** The months whose incomes are summed, oldest first. */
export function incomePeriod(
  applicationDate: IsoDate,
  rule: Pick<IncomePeriodRule, "incomeMonths" | "gapMonths">,
): YearMonth[] {
  if (!Number.isSafeInteger(rule.incomeMonths) || rule.incomeMonths < 1)
    throw new RangeError(`Bad incomeMonths ${rule.incomeMonths}`);
  if (!Number.isSafeInteger(rule.gapMonths) || rule.gapMonths < 0)
    throw new RangeError(`Bad gapMonths ${rule.gapMonths}`);
  const last = addMonths(monthOf(applicationDate), -1 - rule.gapMonths);
  return Array.from({ length: rule.incomeMonths }, (_, i) => addMonths(last, i - rule.incomeMonths + 1));
}

// ---------------------------------------------------------------------------------------------
// Per-capita income

export interface IncomeLine {
  memberId: string;
  month: YearMonth;
  type: IncomeType;
  amount: Kopecks;
  /** Confirmed by the caseworker (in reality by interagency requests to СФР / ФНС); else self-declared. */
  verified: boolean;
}

/**
 * Average monthly income per family member, kept as an exact fraction total ÷ (months × members):
 * thresholds are compared without rounding, so income exactly at the threshold is exactly at it.
 */
export interface PerCapitaIncome {
  total: Kopecks;
  months: number;
  members: number;
  /** For display: rounded half up to the kopeck. */
  rounded: Kopecks;
}

export function perCapitaIncome(total: Kopecks, months: number, members: number): PerCapitaIncome {
  if (!isKopecks(total) || total < 0) throw new RangeError(`Bad income total ${total}`);
  if (!Number.isSafeInteger(months) || months < 1 || !Number.isSafeInteger(members) || members < 1) {
    throw new RangeError("Per-capita income needs at least one month and one member");
  }
  return { total, months, members, rounded: fractionOf(total, 1, months * members) };
}

/** Whether per-capita income does not exceed `limit` («не превышает»), compared exactly. */
export function isAtMost(income: PerCapitaIncome, limit: Kopecks): boolean {
  return income.total <= limit * income.months * income.members;
}

export interface MeansTestInput {
  members: readonly FamilyMember[];
  incomes: readonly IncomeLine[];
  applicationDate: IsoDate;
  rule: Pick<IncomePeriodRule, "incomeMonths" | "gapMonths">;
  /** Per-capita monthly threshold; usually perCapitaSubsistenceMinimumOn(applicationDate). */
  threshold: Kopecks;
}

export interface MeansTestResult {
  composition: FamilyComposition;
  period: YearMonth[];
  income: PerCapitaIncome;
  threshold: Kopecks;
  /** Per-capita income does not exceed the threshold. */
  eligible: boolean;
  /** Counted lines still self-declared: the caseworker has to confirm them before a decision. */
  unverifiedLines: number;
}

/**
 * The means test: counted members on the day of application, their incomes over the period, the
 * per-capita income against the threshold. Incomes of members left out of the family and lines
 * outside the period are ignored.
 */
export function meansTest(input: MeansTestInput): MeansTestResult {
  const composition = familyComposition(input.members, input.applicationDate);
  const period = incomePeriod(input.applicationDate, input.rule);
  const countedIds = new Set(composition.counted.map((m) => m.id));
  const months = new Set(period);
  let total = 0;
  let unverifiedLines = 0;
  for (const line of input.incomes) {
    if (!isKopecks(line.amount) || line.amount < 0) throw new RangeError(`Bad income amount ${line.amount}`);
    if (!countedIds.has(line.memberId) || !months.has(line.month)) continue;
    total += line.amount;
    if (!line.verified) unverifiedLines += 1;
  }
  const income = perCapitaIncome(total, period.length, composition.counted.length);
  return {
    composition,
    period,
    income,
    threshold: input.threshold,
    eligible: isAtMost(income, input.threshold),
    unverifiedLines,
  };
}
