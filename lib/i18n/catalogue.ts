import ru from "../../messages/ru.json";
import tt from "../../messages/tt.json";
import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";
import pagesRu from "../../messages/pages/ru.json";
import pagesTt from "../../messages/pages/tt.json";
import type { Locale } from "./locales";

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
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
