import type { Locale } from "./locales";

/**
 * Numbers, dates and money in each language's conventions, through Intl. Node's full ICU
 * knows "tt" (CLDR Tatar): «1 декабрь, 2026 ел», «12 345,50 ₽»; the portal's time is Moscow's.
 */
const TIME_ZONE = "Europe/Moscow";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

const ICU_LOCALE: Record<Locale, string> = { ru: "ru-RU", tt: "tt-RU" };

/** 01.12.2026, 15:30 */
export function formatDateTime(locale: Locale, date: Date | string): string {
  return cached(
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(ICU_LOCALE[locale], {
        timeZone: TIME_ZONE,
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
  ).format(new Date(date));
}

/** 01.12.2026 */
export function formatDate(locale: Locale, date: Date | string): string {
  return cached(
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(ICU_LOCALE[locale], {
        timeZone: TIME_ZONE,
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
      }),
  ).format(new Date(date));
}

/** «1 декабря 2026 г. в 15:30» / «1 декабрь, 2026 ел 15:30 сәгатьтә» */
export function formatLongDateTime(locale: Locale, date: Date | string): string {
  return cached(
    `ldt:${locale}`,
    () => new Intl.DateTimeFormat(ICU_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE }),
  ).format(new Date(date));
}

/** «12 345,50 ₽» in both languages; whole roubles without kopecks. */
export function formatMoney(locale: Locale, roubles: number): string {
  const whole = Number.isInteger(roubles);
  return cached(
    `m:${locale}:${whole}`,
    () =>
      new Intl.NumberFormat(ICU_LOCALE[locale], {
        style: "currency",
        currency: "RUB",
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  ).format(roubles);
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(ICU_LOCALE[locale])).format(value);
}

/** «1 920,00 ₽»: an amount of a computation, always with its kopecks (the figures are exact). */
export function formatKopecks(locale: Locale, kopecks: number): string {
  return cached(
    `k:${locale}`,
    () =>
      new Intl.NumberFormat(ICU_LOCALE[locale], {
        style: "currency",
        currency: "RUB",
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  ).format(kopecks / 100);
}
