import type { EstimateFigure } from "../benefits/estimate";
import { message } from "./catalogue";
import { figuresText } from "./estimate-lines";
import type { Locale } from "./locales";

// The lines of how the portal computed an application's eligibility (lib/applications/eligibility.ts)
// in a language: the words are the catalogue's («review.lines» in messages/form), the figures are
// written as the estimate writes them (lib/i18n/estimate-lines.ts).

/** One line of the computation in the language. */
export function eligibilityLineText(
  locale: Locale,
  line: { key: string; values?: Record<string, EstimateFigure> },
): string {
  return message(locale, `review.lines.${line.key}`, figuresText(locale, line.values));
}
