import ru from "../../messages/ru.json";
import tt from "../../messages/tt.json";
import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";
import pagesRu from "../../messages/pages/ru.json";
import pagesTt from "../../messages/pages/tt.json";
import type { Locale } from "./locales";
import { fillPlaceholders } from "./words";

// One catalogue per language, kept in parts so that the texts of one area live together: the
// portal's frame and cabinet (messages/*.json), the application form (messages/form/), the
// other citizen pages (messages/pages/). Each part owns its top-level keys; none repeats another's.
export const CATALOGUE_PARTS: Record<Locale, Record<string, object>[]> = {
  ru: [ru, formRu, pagesRu],
  tt: [tt, formTt, pagesTt],
};

export type Messages = typeof ru & typeof formRu & typeof pagesRu;
const CATALOGUES: Record<Locale, Messages> = {
  ru: Object.assign({}, ...CATALOGUE_PARTS.ru) as Messages,
  tt: Object.assign({}, ...CATALOGUE_PARTS.tt) as Messages,
};

/** The whole catalogue of one language, its parts put together. */
export function catalogue(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/**
 * A message outside React (e-mail and SMS templates, the PDF receipt): a dotted key, with
 * {name} placeholders filled in. Pages use next-intl's getTranslations/useTranslations instead.
 */
export function message(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = CATALOGUES[locale];
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No message ${key} in ${locale}`);
  return fillPlaceholders(node, values);
}

/**
 * The sections of messages/form/ a form step's client components say (labels, hints, choices and
 * the form's own texts): the step page hands them over as data, and the browser fills their
 * {name} placeholders (lib/i18n/words.ts); the validation messages come with the schema instead.
 */
export const FORM_WORD_SECTIONS = ["fields", "choices", "form"] as const;
export type FormWords = Pick<Messages, (typeof FORM_WORD_SECTIONS)[number]>;

/** The form step's words in one language. */
export function formWords(locale: Locale): FormWords {
  const all = CATALOGUES[locale];
  return { fields: all.fields, choices: all.choices, form: all.form };
}
