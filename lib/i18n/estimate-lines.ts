import type { Estimate, EstimateFigure, EstimateLine } from "../benefits/estimate";
import { message } from "./catalogue";
import { formatDate, formatKopecks, formatNumber } from "./format";
import type { Locale } from "./locales";
import { monthNameIn, periodNameIn } from "./period";

// The computation lines of «Предварительный расчет» in the page's language. lib/benefits/estimate.ts
// computes and names each line by a key with its figures; the words are the catalogue's
// («estimate.computed» in messages/pages), and the figures are written through Intl: money with its
// kopecks, numbers, months and periods, the plural of a counted noun by the language's rules.
// Formulas («50 % × 1 920,00 ₽ = 960,00 ₽») are the same in both languages and are written here.

/** A line as the applicant reads it. */
export interface EstimateLineText {
  label: string;
  value: string;
}

/**
 * The estimate with its lines in one language, as the result page shows it, and its amount, day
 * and month written there (the browser may lack Tatar month names, so the server writes them).
 */
export type EstimateInLanguage = Omit<Estimate, "lines"> & {
  lines: EstimateLineText[];
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

/** One figure written in the language. */
export function figureText(locale: Locale, figure: EstimateFigure): string {
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
  const text = Object.fromEntries(
    Object.entries(line.values).map(([name, figure]) => [name, figureText(locale, figure)]),
  );
  return {
    label: words(locale, `${line.key}.label`, text),
    value: formula(line, text) ?? words(locale, `${line.key}.${line.variant ?? "value"}`, text),
  };
}

/** The estimate with its computation lines in the page's language. */
export function estimateIn(locale: Locale, estimate: Estimate): EstimateInLanguage {
  return {
    ...estimate,
    lines: estimate.lines.map((line) => estimateLineText(locale, line)),
    amountText: estimate.amount === null ? null : formatKopecks(locale, estimate.amount),
    // Noon: the calendar day is the same in Moscow whatever the offset.
    onDateText: formatDate(locale, `${estimate.onDate}T12:00:00Z`),
    monthText: monthNameIn(locale, estimate.month),
  };
}
