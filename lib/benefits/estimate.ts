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
} from "./means-test";
import { formatRubles, percentOf, type Kopecks } from "./money";
import { reasonText, type RefusalReason } from "./reasons";
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
  type DatedTable,
  type FamilyType,
  type GroupHours,
} from "./reference-data";
import type { ServiceId } from "./services";

// «Предварительный расчет»: the public pre-check. It takes the few figures a parent knows without
// documents, runs them through the same rules a caseworker's decision uses, and explains the result
// line by line, naming the dated reference data and what in it is uncertain. It is an estimate: the
// applicant's own facts (fee actually paid, other parent, residence, documents) are assumed, and
// the texts say so. Everything returned is plain data, ready to be sent to the browser.

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
  | { category: AllowanceCategory };

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

/** A dated figure of the reference data the estimate used. */
export interface ReferenceUsed {
  /** The table, as the act names it. */
  name: string;
  /** The figure used and what it is for. */
  value: string;
  /** null for a rule that is not an act's dated figure (the income period). */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  uncertain: boolean;
  /** Why the figure is uncertain, in Russian (empty when it is not). */
  uncertainty: string[];
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
  /** Why not eligible, or why nothing could be computed. */
  reasons: string[];
  references: ReferenceUsed[];
  /** What the estimate assumes and does not check. */
  assumptions: string[];
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

function hoursText(hours: GroupHours): string {
  return `${String(hours).replace(".", ",")} ч`;
}

const AGE_BANDS: Record<AgeBand, string> = { under3: "до 3 лет", "3plus": "от 3 лет" };
const FAMILY_TYPES: Record<FamilyType, string> = { ordinary: "обычная семья", large: "многодетная семья" };

// ---------------------------------------------------------------------------------------------
// Reference data as the applicant sees it

const LINK = /https?:\/\/[^\s,;)]+/g;

function reference<Value>(
  table: DatedTable<Value>,
  entry: Dated<Value>,
  value: string,
  uncertainty: string[],
): ReferenceUsed {
  const reasons = [...uncertainty];
  if (entry.uncertain && reasons.length === 0)
    reasons.push("Сведения отмечены как неточные: не сверены с текстом акта.");
  return {
    name: table.name,
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
    name: "Расчетный период для определения среднедушевого дохода",
    value: `${rule.incomeMonths} календарных месяца перед месяцем обращения: ${periodName(months)}`,
    validFrom: null,
    validTo: null,
    uncertain: Boolean(rule.uncertain),
    uncertainty: rule.uncertain
      ? [
          "Расчетный период, установленный в Республике Татарстан, не найден: принят период из 3 месяцев, обычный для региональных проверок нуждаемости.",
        ]
      : [],
    links: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Основная компенсация (§2.4)

const KINDERGARTEN_ASSUMPTIONS = [
  "Ребенок посещает детский сад в Республике Татарстан, родительская плата за месяц внесена полностью.",
  "Вы — родитель (законный представитель) ребенка, и компенсация на этого ребенка не назначена другому родителю.",
  "Дети от 18 до 23 лет учитываются, только если учатся по очной форме; в этом случае заявление подается лично в отделении РЦМП.",
];

const MEANS_ASSUMPTIONS = [
  "Доход семьи указан полностью: заработная плата, пенсии, пособия, стипендии, алименты и иные доходы всех членов семьи. Орган социальной защиты проверит его по сведениям других ведомств.",
];

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

function noFigureMessage(input: KindergartenEstimateInput, month: YearMonth): string {
  const advice = missingFeeAdvice(firstDayOf(month), input.groupHours);
  if (advice) return advice;
  return `В справочных данных портала нет среднего размера родительской платы, установленного в Республике Татарстан на ${monthName(month)} для группы с режимом пребывания ${hoursText(input.groupHours)}. Рассчитать компенсацию заранее нельзя: ее размер определит орган социальной защиты по заявлению.`;
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
    ...(feeEntry.uncertain
      ? [
          "Размеры взяты из проекта постановления Кабинета Министров РТ: принятие акта и окончательные размеры не проверены.",
        ]
      : []),
    ...(averageFee.derived
      ? [
          "Размер для многодетной семьи в источнике не опубликован: принят равным половине размера для обычной семьи (многодетные семьи платят половину).",
        ]
      : []),
    ...(anyAge
      ? ["Источник дает один размер для группы без деления по возрасту детей: он применен к обеим возрастным группам."]
      : []),
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
        AVERAGE_PARENTAL_FEE,
        feeEntry,
        `${formatRubles(averageFee.amount)} — группа ${hoursText(input.groupHours)}, ${AGE_BANDS[result.ageBand]}, ${FAMILY_TYPES[result.familyType]}`,
        feeUncertainty,
      ),
      reference(
        BASIC_COMPENSATION_RATES,
        ratesEntry,
        `${rates.first} % на первого, ${rates.second} % на второго, ${rates.thirdAndLater} % на третьего и последующих детей`,
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
  assumptions: string[],
): Estimate {
  return finish({
    serviceId,
    onDate,
    month: monthOf(onDate),
    outcome: "ineligible",
    amount: null,
    lines,
    reasons: reasons.map(reasonText),
    references,
    assumptions,
  });
}

function unknown(serviceId: ServiceId, onDate: IsoDate, message: string, assumptions: string[]): Estimate {
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
  message: () => string,
  serviceId: ServiceId,
  onDate: IsoDate,
  assumptions: string[],
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

const SHARE_UNCERTAINTY = [
  "Действующий акт о дополнительной компенсации и то, выплачивается ли она сейчас во всех муниципальных образованиях республики, не установлены; в Казани с 2025–2026 годов действуют собственные правила.",
  "Столбцы таблицы прочитаны как очередность рождения ребенка (первый, второй, третий и последующие).",
];

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
        MAX_FAMILY_SHARE,
        shareEntry,
        bands.map((band) => `доход до ${formatRubles(band.incomeUpTo)}: ${band.byOrder.join(" / ")} %`).join("; "),
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
        assumptions: result.mayPayInTwoSteps
          ? [
              ...assumptions,
              "При доходе до 10 000 ₽ на человека родительскую плату можно вносить в два этапа: вторую часть — после получения компенсации.",
            ]
          : assumptions,
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
  "Семья проживает в Республике Татарстан, вы — родитель (законный представитель) детей.",
  "Выбранная категория относится ко всем указанным детям; если это не так, размер будет меньше.",
  ...MEANS_ASSUMPTIONS,
  "С 1 января 2023 года семьи с детьми получают единое пособие в Отделении Социального фонда России по Республике Татарстан; этот расчет его не оценивает.",
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
        reference(SUBSISTENCE_MINIMUM, minimumEntry, `${formatRubles(threshold)} на душу населения`, []),
        reference(
          REGIONAL_CHILD_ALLOWANCE,
          allowanceEntry,
          `базовый размер ${formatRubles(params.base)} на ребенка; одинокой матери — ${params.singleMotherPercent} %, при уклонении родителя от уплаты алиментов — ${params.alimonyEvasionPercent} %, ребенку военнослужащего по призыву — ${params.conscriptPercent} % базового размера; до ${params.ageLimit} лет (до ${params.ageLimitAtSchool} лет — обучающимся в школе)`,
          allowanceEntry.uncertain
            ? [
                "Размеры пособия, установленные в Республике Татарстан, не найдены: базовый размер — демонстрационное значение, а не официальный размер.",
                "Применяет ли республика повышенные размеры по категориям, не установлено.",
              ]
            : [],
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
    () =>
      `В справочных данных портала нет прожиточного минимума или размеров пособия на ${monthName(month)}. Рассчитать пособие заранее нельзя: его определит орган социальной защиты по заявлению.`,
    serviceId,
    onDate,
    ALLOWANCE_ASSUMPTIONS,
  );
}

export { formatValidity } from "./validity";
