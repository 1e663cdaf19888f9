/**
 * The portal's two languages, the two state languages of the Republic of Tatarstan
 * (decision 0019). Russian is the default; the chosen one lives in a cookie and, for a
 * signed-in person, on the user (User.locale), which also picks the language of notices.
 */
export const LOCALES = ["ru", "tt"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ru";
export const LOCALE_COOKIE = "lang";
/** A year: the choice outlives the session, like the person's settings. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** The names on the switch are each language's own name for itself. */
export const LOCALE_NAMES: Record<Locale, string> = { ru: "Русский", tt: "Татарча" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Anything else (missing, forged, an old value) falls back to Russian. */
export function parseLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Staff pages and the mock ESIA (a federal system) stay Russian whatever the citizen chose. */
const RUSSIAN_ONLY = /^\/(staff|esia-mock)(\/|\?|$)/;

/** The language of a page: the chosen one, except on the Russian-only parts of the site. */
export function localeForPath(path: string | null, chosen: unknown): Locale {
  return path && RUSSIAN_ONLY.test(path) ? DEFAULT_LOCALE : parseLocale(chosen);
}
