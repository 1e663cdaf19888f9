import { addYears, parseCalendarDate, todayInMoscow, type IsoDate } from "../validation/calendar-date";

// Calendar arithmetic the benefit rules need: ages on a date, months of an income period, and
// working days. Dates are `yyyy-mm-dd` strings (calendar dates, no time zone), months `yyyy-mm`.

export type { IsoDate };

/** A calendar month written `yyyy-mm`: the unit fees are paid and incomes are declared in. */
export type YearMonth = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Throws unless `date` is a real `yyyy-mm-dd` day: a typo in reference data must fail loudly. */
export function assertIsoDate(date: string, what = "date"): IsoDate {
  if (!ISO_DATE.test(date) || parseCalendarDate(date) !== date) {
    throw new RangeError(`Expected the ${what} as yyyy-mm-dd, got «${date}»`);
  }
  return date;
}

function parts(date: IsoDate): [number, number, number] {
  return assertIsoDate(date).split("-").map(Number) as [number, number, number];
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

/**
 * Full years on `date`. A person is N years old from the Nth birthday itself; someone born on
 * 29 February turns N on 28 February of a common year (the term ends on the month's last day,
 * ГК РФ ст. 192 — the same rule as addYears()).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  assertIsoDate(birthDate, "birth date");
  assertIsoDate(date);
  if (date < birthDate) throw new RangeError(`${date} is before the birth date ${birthDate}`);
  let years = yearOf(date) - yearOf(birthDate);
  if (addYears(birthDate, years) > date) years -= 1;
  return years;
}

export function assertYearMonth(month: string): YearMonth {
  const match = YEAR_MONTH.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
    throw new RangeError(`Expected a month as yyyy-mm, got «${month}»`);
  return month;
}

export function monthOf(date: IsoDate): YearMonth {
  return assertIsoDate(date).slice(0, 7);
}

export function firstDayOf(month: YearMonth): IsoDate {
  return `${assertYearMonth(month)}-01`;
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  const [y, m] = assertYearMonth(month).split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The calendar date in Moscow (Tatarstan's time zone) of either a date or an instant: an
 * application sent at 23:30 UTC is registered as filed on the next Moscow day.
 */
export function moscowDate(dateOrInstant: string): IsoDate {
  if (ISO_DATE.test(dateOrInstant)) return assertIsoDate(dateOrInstant);
  const instant = new Date(dateOrInstant);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date or an ISO timestamp: «${dateOrInstant}»`);
  return todayInMoscow(instant);
}

// ---------------------------------------------------------------------------------------------
// Working days («рабочие дни»): Monday to Friday, less the holidays and moved days off of the
// production calendar, plus any Saturday a government decree makes a working day.

/** A weekday on which nobody works: a holiday, or a day off moved there by decree. */
export interface DayOff {
  date: IsoDate;
  name: string;
}

/** One year of a production calendar («производственный календарь»), as adopted for that year. */
export interface YearCalendar {
  year: number;
  /** Days off that fall Monday–Friday; holidays on a weekend change nothing and are not listed. */
  daysOff: readonly DayOff[];
  /** Saturdays or Sundays made working days by a transfer decree. */
  workingWeekendDays: readonly IsoDate[];
  source: string;
  note?: string;
}

export interface WorkingCalendar {
  name: string;
  /** Whether Tatarstan's own holidays (Закон РТ «О праздничных днях…») are days off too. */
  tatarstan: boolean;
  years: readonly YearCalendar[];
}

function fixedDays(year: number, monthDays: readonly (readonly [number, number, string])[]): DayOff[] {
  return monthDays.map(([m, d, name]) => ({
    date: `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    name,
  }));
}

/**
 * A stand-in for a year whose calendar is not loaded yet, from the statutes alone: the holidays of
 * ТК РФ ст. 112 (a non-January holiday on a weekend moves to the next weekday, ч. 2) and, for
 * Tatarstan, 30 August and 6 November (not moved: RT law gives no extra day). It cannot know the
 * January transfers or the dates of Ураза-байрам and Курбан-байрам, set by decree each year, so
 * deadlines computed with it are provisional.
 */
export function statutoryYear(year: number, tatarstan: boolean): YearCalendar {
  const january = fixedDays(
    year,
    [1, 2, 3, 4, 5, 6, 7, 8].map((d) => [1, d, "Новогодние каникулы / Рождество"] as const),
  );
  const others = fixedDays(year, [
    [2, 23, "День защитника Отечества"],
    [3, 8, "Международный женский день"],
    [5, 1, "Праздник Весны и Труда"],
    [5, 9, "День Победы"],
    [6, 12, "День России"],
    [11, 4, "День народного единства"],
  ]);
  const taken = new Set([...january, ...others].map((d) => d.date));
  const daysOff: DayOff[] = january.filter((d) => !isWeekend(d.date));
  for (const holiday of others) {
    let date = holiday.date;
    if (isWeekend(date)) {
      do {
        date = addDays(date, 1);
      } while (isWeekend(date) || taken.has(date));
      taken.add(date);
    }
    daysOff.push({ date, name: holiday.name });
  }
  if (tatarstan) {
    const regional = fixedDays(year, [
      [8, 30, "День Республики Татарстан"],
      [11, 6, "День Конституции Республики Татарстан"],
    ]);
    daysOff.push(...regional.filter((d) => !isWeekend(d.date)));
  }
  return {
    year,
    daysOff: daysOff.sort((a, b) => a.date.localeCompare(b.date)),
    workingWeekendDays: [],
    source: "ТК РФ ст. 112; Закон РТ от 19.02.1992 № 1448-XII (statutory fallback)",
    note: "Provisional: the year's transfer decree and Tatarstan's Islamic holiday dates are not loaded.",
  };
}

/** The loaded calendar of a year, or the statutory stand-in (then `provisional`). */
export function calendarYear(
  calendar: WorkingCalendar,
  year: number,
): { calendar: YearCalendar; provisional: boolean } {
  const loaded = calendar.years.find((y) => y.year === year);
  return loaded
    ? { calendar: loaded, provisional: false }
    : { calendar: statutoryYear(year, calendar.tatarstan), provisional: true };
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  const year = calendarYear(calendar, yearOf(date)).calendar;
  if (year.workingWeekendDays.includes(date)) return true;
  return !isWeekend(date) && !year.daysOff.some((d) => d.date === date);
}

/**
 * The day on which a term of `count` working days ends, counted from the day after `start`
 * (ГК РФ ст. 191: a term begins the day after the event). `count` 0 returns `start` itself.
 */
export function addWorkingDays(start: IsoDate, count: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Bad number of working days: ${count}`);
  let date = assertIsoDate(start);
  for (let left = count; left > 0;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date, calendar)) count += 1;
  return count;
}

/** Whether every year from `from` to `to` has a loaded calendar (else results are provisional). */
export function coversYears(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1)
    if (calendarYear(calendar, year).provisional) return false;
  return true;
}
