// Dates on forms are calendar dates, not instants: kept as `yyyy-mm-dd` strings, which compare
// correctly as strings and never shift with the server's time zone.

/** A calendar date written `yyyy-mm-dd`. */
export type IsoDate = string;

/** The portal serves Tatarstan, which keeps Moscow time: «today» is the date there. */
const PORTAL_TIME_ZONE = "Europe/Moscow";

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads `dd.mm.yyyy` (how people and ESIA write dates; day and month may have one digit) or
 * `yyyy-mm-dd` (an HTML date input's value). Returns null for other shapes and for days that do not
 * exist, such as 31.04 or 29.02 of a common year.
 */
export function parseCalendarDate(input: string): IsoDate | null {
  const text = input.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** `dd.mm.yyyy`, as Russian forms and ESIA show a date. */
export function formatRussianDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}.${month}.${year}`;
}

/**
 * The same day `years` later. A 29 February lands on 28 February in a common year: a term counted
 * in years ends on the last day of the month when that month has no such day (ГК РФ ст. 192).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const targetYear = year + years;
  return isoDate(targetYear, month, Math.min(day, daysInMonth(targetYear, month)));
}

/** Today's date in Moscow time. */
export function todayInMoscow(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: PORTAL_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part("year"), part("month"), part("day"));
}
