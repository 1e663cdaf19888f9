import ru from "../../messages/ru.json";
import tt from "../../messages/tt.json";
import type { Locale } from "./locales";

export type Messages = typeof ru;
const CATALOGUES: Record<Locale, Messages> = { ru, tt };

/** The whole catalogue of one language (messages/ru.json, messages/tt.json). */
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
