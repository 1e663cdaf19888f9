import type { Estimate, EstimateFigure, EstimateLine, EstimateText, ReferenceUsed } from "../benefits/estimate";
import type { IsoDate } from "../benefits/calendar";
import { message } from "./catalogue";
import { formatDate, formatKopecks, formatNumber } from "./format";
import type { Locale } from "./locales";
import { monthNameIn, periodNameIn } from "./period";

// The computation lines of «Предварительный расчет» in the page's language. lib/benefits/estimate.ts
// computes and names each line by a key with its figures; the words are the catalogue's
// («estimate.computed» in messages/pages), and the figures are written through Intl: money with its
// kopecks, numbers, months and periods, the plural of a counted noun by the language's rules.
// Formulas («50 % × 1 920,00 ₽ = 960,00 ₽») are the same in both languages and are written here.
// The other texts of the estimate (reasons, assumptions, the reference data and its uncertainty)
// are keys with figures too, under «estimate.texts»; a reason's words are the catalogue's «reasons».

/** A line as the applicant reads it. */
export interface EstimateLineText {
  label: string;
  value: string;
}

/** A dated figure of the reference data as the applicant reads it. */
export interface ReferenceText {
  name: string;
  value: string;
  /** «Действует с 01.01.2026 по 31.12.2028»; null for a rule without dates. */
  validity: string | null;
  uncertain: boolean;
  uncertainty: string[];
  links: string[];
}

/**
 * The estimate in one language, as the result page shows it: its lines, reasons, assumptions and
 * reference data, and its amount, day and month (the browser may lack Tatar month names, so the
 * server writes them).
 */
export type EstimateInLanguage = Omit<Estimate, "lines" | "reasons" | "assumptions" | "references"> & {
  lines: EstimateLineText[];
  reasons: string[];
  assumptions: string[];
  references: ReferenceText[];
  amountText: string | null;
  onDateText: string;
  monthText: string;
};

const PLURALS: Record<Locale, Intl.PluralRules> = {
  ru: new Intl.PluralRules("ru-RU"),
  tt: new Intl.PluralRules("tt-RU"),
};

const words = (locale: Locale, key: string, values: Record<string, string | number> = {}) =>
  message(locale, `estimate.computed.${key}`, values);

function ordinal(locale: Locale, order: number, genitive: boolean): string {
  const list = genitive ? "ordinalGenitive" : "ordinal";
  return order >= 1 && order <= 10
    ? words(locale, `${list}.${order}`)
    : words(locale, `${list}.more`, { number: order });
}

/** A calendar day: noon, so that the day is the same in Moscow whatever the offset. */
const dayText = (locale: Locale, date: IsoDate) => formatDate(locale, `${date}T12:00:00Z`);

/** One figure written in the language. */
export function figureText(locale: Locale, figure: EstimateFigure): string {
  if ("reason" in figure) return message(locale, `reasons.${figure.reason}`);
  if ("act" in figure) return message(locale, `estimate.texts.acts.${figure.act ?? "none"}`);
  if ("numbers" in figure) return figure.numbers.map((number) => formatNumber(locale, number)).join(", ");
  if ("date" in figure) return dayText(locale, figure.date);
  if ("name" in figure) return figure.name;
  if ("relation" in figure) return message(locale, `review.lines.relation.${figure.relation}`);
  if ("relations" in figure)
    return figure.relations.map((relation) => message(locale, `review.lines.relation.${relation}`)).join(", ");
  if ("money" in figure) return formatKopecks(locale, figure.money);
  if ("month" in figure) return monthNameIn(locale, figure.month);
  if ("period" in figure) return periodNameIn(locale, figure.period);
  if ("number" in figure) return formatNumber(locale, figure.number);
  if ("ordinal" in figure) return ordinal(locale, figure.ordinal, figure.genitive === true);
  if ("count" in figure) {
    const form = PLURALS[locale].select(figure.count);
    return `${formatNumber(locale, figure.count)} ${words(locale, `nouns.${figure.noun}.${form}`)}`;
  }
  if ("hours" in figure) return message(locale, "estimate.form.hours", { hours: formatNumber(locale, figure.hours) });
  if ("ageBand" in figure) return words(locale, `ageBand.${figure.ageBand}`);
  if ("familyType" in figure) return words(locale, `familyTypeName.${figure.familyType}`);
  const category = message(locale, `estimate.categories.${figure.category}`);
  return category.toLocaleLowerCase(locale === "tt" ? "tt-RU" : "ru-RU");
}

/** The figures of a text or a line, each written in the language. */
export const figuresText = (locale: Locale, values: Record<string, EstimateFigure> = {}) =>
  Object.fromEntries(Object.entries(values).map(([name, figure]) => [name, figureText(locale, figure)]));

/** The value of a line that is a formula or a bare figure, the same in both languages. */
function formula(line: EstimateLine, text: Record<string, string>): string | null {
  const f = (name: string) => text[name] ?? "";
  switch (line.key) {
    case "month":
      return f("month");
    case "basic":
      return `${f("percent")} % × ${f("fee")} = ${f("amount")}`;
    case "additional":
      return line.variant === "none" ? null : `${f("fee")} × ${f("rest")} % − ${f("basic")} = ${f("amount")}`;
    case "familyPays":
      return `${f("fee")} − ${f("basic")} − ${f("amount")} = ${f("pays")}`;
    case "subsistence":
      return f("amount");
    case "perChild":
      return line.variant === "category"
        ? `${f("percent")} % × ${f("base")} = ${f("perChild")} (${f("category")})`
        : null;
    case "children":
      return `${f("count")} × ${f("perChild")} = ${f("total")}`;
    default:
      return null;
  }
}

/** A computation line in the page's language. */
export function estimateLineText(locale: Locale, line: EstimateLine): EstimateLineText {
  const text = figuresText(locale, line.values);
  return {
    label: words(locale, `${line.key}.label`, text),
    value: formula(line, text) ?? words(locale, `${line.key}.${line.variant ?? "value"}`, text),
  };
}

/** A reason, an assumption or a note on the reference data in the page's language. */
export function estimateTextIn(locale: Locale, text: EstimateText): string {
  return message(locale, `estimate.texts.${text.key}`, figuresText(locale, text.values));
}

/** «Действует с 01.01.2026 по 31.12.2028», or null for a rule without dates. */
export function validityText(locale: Locale, reference: Pick<ReferenceUsed, "validFrom" | "validTo">): string | null {
  const { validFrom, validTo } = reference;
  if (!validFrom) return null;
  const from = dayText(locale, validFrom);
  return validTo
    ? message(locale, "estimate.texts.validity.fromTo", { from, to: dayText(locale, validTo) })
    : message(locale, "estimate.texts.validity.from", { from });
}

/** A reference the estimate used, in the page's language. */
export function referenceText(locale: Locale, reference: ReferenceUsed): ReferenceText {
  return {
    name: message(locale, `estimate.texts.references.${reference.table}.name`),
    value: reference.value.map((part) => estimateTextIn(locale, part)).join("; "),
    validity: validityText(locale, reference),
    uncertain: reference.uncertain,
    uncertainty: reference.uncertainty.map((text) => estimateTextIn(locale, text)),
    links: reference.links,
  };
}

/** The estimate with every text in the page's language. */
export function estimateIn(locale: Locale, estimate: Estimate): EstimateInLanguage {
  return {
    ...estimate,
    lines: estimate.lines.map((line) => estimateLineText(locale, line)),
    reasons: estimate.reasons.map((text) => estimateTextIn(locale, text)),
    assumptions: estimate.assumptions.map((text) => estimateTextIn(locale, text)),
    references: estimate.references.map((reference) => referenceText(locale, reference)),
    amountText: estimate.amount === null ? null : formatKopecks(locale, estimate.amount),
    onDateText: dayText(locale, estimate.onDate),
    monthText: monthNameIn(locale, estimate.month),
  };
}
