import { additionalCompensation } from "./additional-compensation";
import { ageOn, firstDayOf, monthOf, type IsoDate, type YearMonth } from "./calendar";
import { allowanceMultiplierPercent, type AllowanceCategory } from "./child-allowance";
import { basicCompensation, type BasicCompensation, type FamilyChild } from "./kindergarten-compensation";
import {
  incomePeriod,
  INCOME_PERIOD_RULES,
  isAtMost,
  perCapitaIncome,
  type IncomePeriodRule,
  type PerCapitaIncome,
  type Relation,
} from "./means-test";
import { percentOf, type Kopecks } from "./money";
import type { ReasonCode, RefusalReason } from "./reasons";
import {
  AVERAGE_PARENTAL_FEE,
  BASIC_COMPENSATION_RATES,
  entryOn,
  MAX_FAMILY_SHARE,
  missingFeeAdvice,
  ReferenceDataError,
  REGIONAL_CHILD_ALLOWANCE,
  SUBSISTENCE_MINIMUM,
  type AgeBand,
  type Dated,
  type FamilyType,
  type FeeAct,
  type GroupHours,
} from "./reference-data";
import type { ServiceId } from "./services";

// «Предварительный расчет»: the public pre-check. It takes the few figures a parent knows without
// documents, runs them through the same rules a caseworker's decision uses, and explains the result
// line by line, naming the dated reference data and what in it is uncertain. It is an estimate: the
// applicant's own facts (fee actually paid, other parent, residence, documents) are assumed, and
// the texts say so. Everything returned is plain data in no language: every text is a key of the
// catalogue with its figures, written in the page's language by lib/i18n/estimate-lines.ts.

export interface KindergartenEstimateInput {
  /** The child who attends the kindergarten. */
  childBirthDate: IsoDate;
  /** Children of the family who count (under 18, or 18–22 in full-time study), this child included. */
  childrenCount: number;
  /** This child's place among them by birth date: 1 for the eldest. */
  childOrder: number;
  groupHours: GroupHours;
  /** The monthly fee the kindergarten charges (Ф); assumed paid in full. */
  fee: Kopecks;
}

export interface DeclaredIncome {
  /** Family members who count in the means test, the applicant included. */
  familySize: number;
  /** The whole family's income over the income period (the 3 months before this one). */
  income: Kopecks;
}

export type AdditionalEstimateInput = KindergartenEstimateInput & DeclaredIncome;

export interface AllowanceEstimateInput extends DeclaredIncome {
  /** Children under 16 (under 18 while at school) the allowance would be paid for. */
  childrenCount: number;
  category: AllowanceCategory | "none";
}

/**
 * A figure of a computation line, tagged with what it is, so that each language writes it in its
 * own conventions (lib/i18n/estimate-lines.ts): money, a month, a count of a thing, a word.
 */
export type EstimateFigure =
  | { money: Kopecks }
  | { month: YearMonth }
  | { period: readonly YearMonth[] }
  | { number: number }
  /** «второй» / «икенче»; `genitive` for «для второго по очередности ребенка». */
  | { ordinal: number; genitive?: true }
  /** «4 года», «из 2 детей», «2 человека»: the number with its noun. */
  | { count: number; noun: "years" | "childrenOf" | "people" }
  | { hours: GroupHours }
  | { ageBand: AgeBand }
  | { familyType: FamilyType }
  | { category: AllowanceCategory }
  /** A refusal or return reason (lib/benefits/reasons.ts). */
  | { reason: ReasonCode }
  /** The act of the Cabinet of Ministers that sets the average fee, by its id. */
  | { act: FeeAct | null }
  /** «3, 5, 9, 24»: a list of numbers. */
  | { numbers: readonly number[] }
  | { date: IsoDate }
  /** A person's name, written as it is. */
  | { name: string }
  | { relation: Relation }
  | { relations: readonly Relation[] };

/**
 * One step of the computation: which line it is (`key`, with its `variant` where the line reads
 * one of two ways) and its figures. The words are the catalogue's («estimate.computed»), in the
 * page's language; this module only computes.
 */
export interface EstimateLine {
  key: EstimateLineKey;
  variant?: string;
  values: Record<string, EstimateFigure>;
}

export type EstimateLineKey =
  | "month"
  | "age"
  | "order"
  | "familyType"
  | "averageFee"
  | "basic"
  | "capped"
  | "income"
  | "incomeBand"
  | "additional"
  | "familyPays"
  | "subsistence"
  | "meansTest"
  | "perChild"
  | "children";

/**
 * A text of the estimate other than a computation line (a reason, an assumption, a note on the
 * reference data): its key under «estimate» in the catalogue (a reason: under «reasons»), and its
 * figures.
 */
export interface EstimateText {
  key: string;
  values?: Record<string, EstimateFigure>;
}

/** The reference tables an estimate names; their names are «estimate.references.*.name». */
export type ReferenceTable = "averageFee" | "rates" | "incomePeriod" | "maxShare" | "subsistence" | "allowance";

/** A dated figure of the reference data the estimate used. */
export interface ReferenceUsed {
  table: ReferenceTable;
  /** The figure used and what it is for: one text, or several read as a list («…; …»). */
  value: EstimateText[];
  /** null for a rule that is not an act's dated figure (the income period). */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  uncertain: boolean;
  /** Why the figure is uncertain (empty when it is not). */
  uncertainty: EstimateText[];
  /** Addresses of the published sources. */
  links: string[];
}

export type EstimateOutcome = "eligible" | "ineligible" | "unknown";

export interface Estimate {
  serviceId: ServiceId;
  /** The day the estimate was made for, and the month it computes. */
  onDate: IsoDate;
  month: YearMonth;
  outcome: EstimateOutcome;
  /** The estimated monthly payment; null unless the outcome is "eligible". */
  amount: Kopecks | null;
  lines: EstimateLine[];
  /** Why not eligible (a reason code), or why nothing could be computed. */
  reasons: EstimateText[];
  references: ReferenceUsed[];
  /** What the estimate assumes and does not check. */
  assumptions: EstimateText[];
  /** Some figure used is marked uncertain in the reference data. */
  uncertain: boolean;
}

// ---------------------------------------------------------------------------------------------
// Words

const MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/** «ноябрь 2026 г.» */
export function monthName(month: YearMonth): string {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[index - 1]} ${year} г.`;
}

/** «август — октябрь 2026 г.», or «ноябрь 2025 г. — январь 2026 г.» across a new year. */
export function periodName(months: readonly YearMonth[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return "";
  if (first === last) return monthName(first);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${MONTHS[Number(first.slice(5)) - 1]} — ${monthName(last)}`;
  return `${monthName(first)} — ${monthName(last)}`;
}

/** Russian plural: plural(5, "год", "года", "лет") → «лет». */
export function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

// ---------------------------------------------------------------------------------------------
// Reference data as the applicant sees it

const LINK = /https?:\/\/[^\s,;)]+/g;

/** A text of the estimate: `key` under «estimate». */
const text = (key: string, values?: Record<string, EstimateFigure>): EstimateText =>
  values ? { key, values } : { key };

function reference<Value>(
  table: ReferenceTable,
  entry: Dated<Value>,
  value: EstimateText[],
  uncertainty: EstimateText[],
): ReferenceUsed {
  const reasons = [...uncertainty];
  if (entry.uncertain && reasons.length === 0) reasons.push(text("uncertainty.unchecked"));
  return {
    table,
    value,
    validFrom: entry.validFrom,
    validTo: entry.validTo ?? null,
    uncertain: reasons.length > 0,
    uncertainty: reasons,
    links: [...new Set(entry.source.match(LINK) ?? [])],
  };
}

function incomePeriodReference(rule: IncomePeriodRule, months: readonly YearMonth[]): ReferenceUsed {
  return {
    table: "incomePeriod",
    value: [
      text("references.incomePeriod.value", { months: { number: rule.incomeMonths }, period: { period: months } }),
    ],
    validFrom: null,
    validTo: null,
    uncertain: Boolean(rule.uncertain),
    uncertainty: rule.uncertain ? [text("uncertainty.incomePeriod")] : [],
    links: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Основная компенсация (§2.4)

const KINDERGARTEN_ASSUMPTIONS = [
  text("assumptions.attends"),
  text("assumptions.parent"),
  text("assumptions.olderChildren"),
];

const MEANS_ASSUMPTIONS = [text("assumptions.income")];

/**
 * The family as the person declared it: only the child's order and the number of children are
 * known, not the siblings' birth dates. The siblings are listed as born the same day as the child
 * and ordered by their place, so basicCompensation() ranks and counts them exactly as declared.
 */
function declaredFamily(input: KindergartenEstimateInput): FamilyChild[] {
  return Array.from({ length: input.childrenCount }, (_, index) => ({
    id: index + 1 === input.childOrder ? "child" : `sibling-${index + 1}`,
    birthDate: input.childBirthDate,
    multipleBirthOrder: index + 1,
  }));
}

function assertKindergartenInput(input: KindergartenEstimateInput): void {
  const { childrenCount, childOrder } = input;
  if (!Number.isSafeInteger(childrenCount) || childrenCount < 1)
    throw new RangeError(`Bad number of children ${childrenCount}`);
  if (!Number.isSafeInteger(childOrder) || childOrder < 1 || childOrder > childrenCount)
    throw new RangeError(`Bad child order ${childOrder} of ${childrenCount}`);
}

interface BasicPart {
  result: BasicCompensation;
  lines: EstimateLine[];
  references: ReferenceUsed[];
}

function noFigureMessage(input: KindergartenEstimateInput, month: YearMonth): EstimateText {
  const advice = missingFeeAdvice(firstDayOf(month), input.groupHours);
  if (advice)
    return text("unknown.missingFee", {
      hours: { number: input.groupHours },
      act: { act: advice.act },
      published: { numbers: advice.published },
    });
  return text("unknown.noFee", { month: { month }, hours: { hours: input.groupHours } });
}

function basicPart(input: KindergartenEstimateInput, month: YearMonth): BasicPart {
  assertKindergartenInput(input);
  const onDate = firstDayOf(month);
  const result = basicCompensation({
    month,
    childId: "child",
    children: declaredFamily(input),
    applicantIsLegalRepresentative: true,
    residentInTatarstan: true,
    kindergarten: {
      attends: true,
      groupHours: input.groupHours,
      feeExempt: false,
      feeCharged: input.fee,
      feePaid: input.fee,
    },
    assignedToOtherParent: false,
  });
  if (!result.eligible) return { result, lines: [], references: [] };

  const age = ageOn(input.childBirthDate, onDate);
  const feeEntry = entryOn(AVERAGE_PARENTAL_FEE, onDate);
  const ratesEntry = entryOn(BASIC_COMPENSATION_RATES, onDate);
  const { averageFee } = result;
  const anyAge = !feeEntry.value.some((row) => row.hours === input.groupHours && row.ageBand === result.ageBand);
  const feeUncertainty = [
    ...(feeEntry.uncertain ? [text("uncertainty.draft")] : []),
    ...(averageFee.derived ? [text("uncertainty.largeDerived")] : []),
    ...(anyAge ? [text("uncertainty.anyAge")] : []),
  ];
  const lines: EstimateLine[] = [
    { key: "month", values: { month: { month } } },
    { key: "age", values: { age: { count: age, noun: "years" }, band: { ageBand: result.ageBand } } },
    {
      key: "order",
      values: {
        ordinal: { ordinal: result.order },
        children: { count: input.childrenCount, noun: "childrenOf" },
        percent: { number: result.percent },
      },
    },
    { key: "familyType", variant: result.familyType, values: {} },
    {
      key: "averageFee",
      values: {
        fee: { money: averageFee.amount },
        hours: { hours: input.groupHours },
        band: { ageBand: result.ageBand },
        family: { familyType: result.familyType },
      },
    },
    {
      key: "basic",
      values: {
        percent: { number: result.percent },
        fee: { money: averageFee.amount },
        amount: { money: result.fullAmount },
      },
    },
  ];
  if (result.capped) lines.push({ key: "capped", values: { amount: { money: result.amount } } });
  const rates = ratesEntry.value;
  return {
    result,
    lines,
    references: [
      reference(
        "averageFee",
        feeEntry,
        [
          text("references.averageFee.value", {
            fee: { money: averageFee.amount },
            hours: { hours: input.groupHours },
            band: { ageBand: result.ageBand },
            family: { familyType: result.familyType },
          }),
        ],
        feeUncertainty,
      ),
      reference(
        "rates",
        ratesEntry,
        [
          text("references.rates.value", {
            first: { number: rates.first },
            second: { number: rates.second },
            third: { number: rates.thirdAndLater },
          }),
        ],
        [],
      ),
    ],
  };
}

function refused(
  serviceId: ServiceId,
  onDate: IsoDate,
  reasons: RefusalReason[],
  lines: EstimateLine[],
  references: ReferenceUsed[],
  assumptions: EstimateText[],
): Estimate {
  return finish({
    serviceId,
    onDate,
    month: monthOf(onDate),
    outcome: "ineligible",
    amount: null,
    lines,
    reasons: reasons.map((reason) => ({ key: "reason", values: { reason: { reason } } })),
    references,
    assumptions,
  });
}

function unknown(serviceId: ServiceId, onDate: IsoDate, message: EstimateText, assumptions: EstimateText[]): Estimate {
  return finish({
    serviceId,
    onDate,
    month: monthOf(onDate),
    outcome: "unknown",
    amount: null,
    lines: [],
    reasons: [message],
    references: [],
    assumptions,
  });
}

function finish(estimate: Omit<Estimate, "uncertain">): Estimate {
  return { ...estimate, uncertain: estimate.references.some((r) => r.uncertain) };
}

/** Reference data has no figure for the case: the estimate says so instead of failing. */
function orUnknown(
  compute: () => Estimate,
  message: () => EstimateText,
  serviceId: ServiceId,
  onDate: IsoDate,
  assumptions: EstimateText[],
): Estimate {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ReferenceDataError) return unknown(serviceId, onDate, message(), assumptions);
    throw error;
  }
}

/** Service (a): the basic compensation for the current month. */
export function estimateBasicCompensation(input: KindergartenEstimateInput, onDate: IsoDate): Estimate {
  const month = monthOf(onDate);
  const serviceId = "kindergarten-basic";
  return orUnknown(
    () => {
      const basic = basicPart(input, month);
      if (!basic.result.eligible)
        return refused(
          serviceId,
          onDate,
          basic.result.reasons,
          basic.lines,
          basic.references,
          KINDERGARTEN_ASSUMPTIONS,
        );
      return finish({
        serviceId,
        onDate,
        month,
        outcome: "eligible",
        amount: basic.result.amount,
        lines: basic.lines,
        reasons: [],
        references: basic.references,
        assumptions: KINDERGARTEN_ASSUMPTIONS,
      });
    },
    () => noFigureMessage(input, month),
    serviceId,
    onDate,
    KINDERGARTEN_ASSUMPTIONS,
  );
}

// ---------------------------------------------------------------------------------------------
// Среднедушевой доход (§5), as declared

interface IncomePart {
  income: PerCapitaIncome;
  months: YearMonth[];
  line: EstimateLine;
  reference: ReferenceUsed;
}

function declaredIncome(input: DeclaredIncome, onDate: IsoDate): IncomePart {
  if (!Number.isSafeInteger(input.familySize) || input.familySize < 1)
    throw new RangeError(`Bad family size ${input.familySize}`);
  const rule = INCOME_PERIOD_RULES.regional;
  const months = incomePeriod(onDate, rule);
  const income = perCapitaIncome(input.income, months.length, input.familySize);
  return {
    income,
    months,
    line: {
      key: "income",
      values: {
        income: { money: input.income },
        period: { period: months },
        months: { number: months.length },
        people: { count: input.familySize, noun: "people" },
        perCapita: { money: income.rounded },
      },
    },
    reference: incomePeriodReference(rule, months),
  };
}

// ---------------------------------------------------------------------------------------------
// Дополнительная компенсация (§3.2)

const SHARE_UNCERTAINTY = [text("uncertainty.shareAct"), text("uncertainty.shareColumns")];

/** Service (b): the additional compensation ДК for the current month, on top of the basic К. */
export function estimateAdditionalCompensation(input: AdditionalEstimateInput, onDate: IsoDate): Estimate {
  const month = monthOf(onDate);
  const serviceId = "kindergarten-additional";
  const assumptions = [...KINDERGARTEN_ASSUMPTIONS, ...MEANS_ASSUMPTIONS];
  return orUnknown(
    () => {
      const basic = basicPart(input, month);
      const income = declaredIncome(input, onDate);
      const references = [...basic.references, income.reference];
      if (!basic.result.eligible)
        return refused(serviceId, onDate, basic.result.reasons, basic.lines, references, assumptions);

      const shareEntry = entryOn(MAX_FAMILY_SHARE, firstDayOf(month));
      const bands = [...shareEntry.value].sort((a, b) => a.incomeUpTo - b.incomeUpTo);
      const shareReference = reference(
        "maxShare",
        shareEntry,
        bands.map((band) =>
          text("references.maxShare.band", {
            upTo: { money: band.incomeUpTo },
            first: { number: band.byOrder[0] },
            second: { number: band.byOrder[1] },
            third: { number: band.byOrder[2] },
          }),
        ),
        shareEntry.uncertain ? SHARE_UNCERTAINTY : [],
      );
      const lines = [...basic.lines, income.line];
      const result = additionalCompensation({ month, basic: basic.result, fee: input.fee, income: income.income });
      const top = bands.at(-1)!.incomeUpTo;
      if (!result.eligible) {
        if (result.reasons.includes("incomeAboveThreshold")) {
          lines.push({ key: "incomeBand", variant: "above", values: { top: { money: top } } });
        } else if (result.reasons.includes("noAmountDue")) {
          lines.push({ key: "additional", variant: "none", values: {} });
        }
        return refused(serviceId, onDate, result.reasons, lines, [...references, shareReference], assumptions);
      }
      const band = bands[result.band - 1]!;
      const previous = bands[result.band - 2];
      const share = {
        upTo: { money: band.incomeUpTo },
        ordinal: { ordinal: input.childOrder, genitive: true },
        share: { number: result.maxFamilySharePercent },
      } satisfies EstimateLine["values"];
      lines.push(
        previous
          ? { key: "incomeBand", variant: "between", values: { from: { money: previous.incomeUpTo + 1 }, ...share } }
          : { key: "incomeBand", variant: "upTo", values: share },
        {
          key: "additional",
          values: {
            fee: { money: input.fee },
            rest: { number: 100 - result.maxFamilySharePercent },
            basic: { money: result.basicAmount },
            amount: { money: result.amount },
          },
        },
        {
          key: "familyPays",
          values: {
            fee: { money: input.fee },
            basic: { money: result.basicAmount },
            amount: { money: result.amount },
            pays: { money: result.familyPays },
          },
        },
      );
      return finish({
        serviceId,
        onDate,
        month,
        outcome: "eligible",
        amount: result.amount,
        lines,
        reasons: [],
        references: [...references, shareReference],
        assumptions: result.mayPayInTwoSteps ? [...assumptions, text("assumptions.twoSteps")] : assumptions,
      });
    },
    () => noFigureMessage(input, month),
    serviceId,
    onDate,
    assumptions,
  );
}

// ---------------------------------------------------------------------------------------------
// Ежемесячное пособие на ребенка (§4.1)

const ALLOWANCE_ASSUMPTIONS = [
  text("assumptions.allowanceFamily"),
  text("assumptions.allowanceCategory"),
  ...MEANS_ASSUMPTIONS,
  text("assumptions.unifiedAllowance"),
];

/**
 * Service (c): the 2016-era regional allowance, from the declared totals. It follows
 * regionalChildAllowance() step by step; the declared family has no member list to run that
 * function on, only the count of children under the age limit and the family's size.
 */
export function estimateChildAllowance(input: AllowanceEstimateInput, onDate: IsoDate): Estimate {
  const month = monthOf(onDate);
  const serviceId = "child-allowance";
  if (!Number.isSafeInteger(input.childrenCount) || input.childrenCount < 0)
    throw new RangeError(`Bad number of children ${input.childrenCount}`);
  return orUnknown(
    () => {
      const income = declaredIncome(input, onDate);
      const minimumEntry = entryOn(SUBSISTENCE_MINIMUM, onDate);
      const threshold = minimumEntry.value.perCapita;
      const allowanceEntry = entryOn(REGIONAL_CHILD_ALLOWANCE, onDate);
      const params = allowanceEntry.value;
      const within = isAtMost(income.income, threshold);
      const lines: EstimateLine[] = [
        income.line,
        { key: "subsistence", values: { amount: { money: threshold } } },
        { key: "meansTest", variant: within ? "within" : "above", values: {} },
      ];
      const references = [
        income.reference,
        reference(
          "subsistence",
          minimumEntry,
          [text("references.subsistence.value", { amount: { money: threshold } })],
          [],
        ),
        reference(
          "allowance",
          allowanceEntry,
          [
            text("references.allowance.value", {
              base: { money: params.base },
              singleMother: { number: params.singleMotherPercent },
              alimonyEvasion: { number: params.alimonyEvasionPercent },
              conscript: { number: params.conscriptPercent },
              ageLimit: { number: params.ageLimit },
              ageLimitAtSchool: { number: params.ageLimitAtSchool },
            }),
          ],
          allowanceEntry.uncertain ? [text("uncertainty.allowanceDemo"), text("uncertainty.allowanceIncrements")] : [],
        ),
      ];
      const reasons: RefusalReason[] = [];
      if (!within) reasons.push("incomeAboveThreshold");
      if (input.childrenCount === 0) reasons.push("childOverAgeLimit");
      if (reasons.length > 0) return refused(serviceId, onDate, reasons, lines, references, ALLOWANCE_ASSUMPTIONS);

      const categories = input.category === "none" ? [] : [input.category];
      const multiplier = allowanceMultiplierPercent(categories, params);
      const perChild = percentOf(params.base, multiplier);
      const total = perChild * input.childrenCount;
      lines.push(
        input.category === "none"
          ? { key: "perChild", variant: "base", values: { base: { money: params.base } } }
          : {
              key: "perChild",
              variant: "category",
              values: {
                percent: { number: multiplier },
                base: { money: params.base },
                perChild: { money: perChild },
                category: { category: input.category },
              },
            },
        {
          key: "children",
          values: {
            ageLimit: { number: params.ageLimit },
            ageLimitAtSchool: { number: params.ageLimitAtSchool },
            count: { number: input.childrenCount },
            perChild: { money: perChild },
            total: { money: total },
          },
        },
      );
      return finish({
        serviceId,
        onDate,
        month,
        outcome: "eligible",
        amount: total,
        lines,
        reasons: [],
        references,
        assumptions: ALLOWANCE_ASSUMPTIONS,
      });
    },
    () => text("unknown.noAllowanceData", { month: { month } }),
    serviceId,
    onDate,
    ALLOWANCE_ASSUMPTIONS,
  );
}
