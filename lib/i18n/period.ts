import { monthName, periodName } from "../benefits/estimate";
import type { YearMonth } from "../benefits/calendar";
import type { Locale } from "./locales";

// Month and period names of the estimate in the page's language. Russian keeps the wording of
// lib/benefits/estimate.ts («август — октябрь 2026 г.»); Tatar takes CLDR's through Intl
// («2026 ел, август»), as the other dates of the portal do (decision 0019).

const monthOf = (month: YearMonth) => new Date(`${month}-01T00:00:00Z`);
const tatar = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("tt", { ...options, timeZone: "UTC" });

/** «ноябрь 2026 г.» / «2026 ел, ноябрь». */
export function monthNameIn(locale: Locale, month: YearMonth): string {
  return locale === "ru" ? monthName(month) : tatar({ month: "long", year: "numeric" }).format(monthOf(month));
}

/** «август — октябрь 2026 г.» / «2026 ел, август — октябрь». */
export function periodNameIn(locale: Locale, months: readonly YearMonth[]): string {
  if (locale === "ru") return periodName(months);
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return "";
  if (first === last) return monthNameIn(locale, first);
  if (first.slice(0, 4) === last.slice(0, 4))
    return `${first.slice(0, 4)} ел, ${tatar({ month: "long" }).format(monthOf(first))} — ${tatar({ month: "long" }).format(monthOf(last))}`;
  return `${monthNameIn(locale, first)} — ${monthNameIn(locale, last)}`;
}
