import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";
import type { Locale } from "../i18n/locales";
import type { FieldSpec } from "./fields";

// The application form in the page's language (decision 0019, «The form»). The field tables
// (fields.ts) and the field schemas (lib/validation) word everything once, in Russian, and the
// Russian catalogue part messages/form/ru.json holds exactly those words (form-language.test.ts
// checks it). A message a schema gives is one of the templates of `validation` in that part;
// in Tatar it is told by the same template of messages/form/tt.json, its placeholders carried
// over, a field's name among them translated as the field table's label, by the portal's one
// message translator (lib/i18n/field-messages.ts). Plain module: no React, no next-intl.

type Part = typeof formRu;
const PARTS: Record<Locale, Part> = { ru: formRu, tt: formTt };

export interface FieldTexts {
  label: string;
  hint?: string;
  summaryLabel: string;
  messageLabel: string;
}

interface StoredTexts {
  label: string;
  hint?: string;
  summaryLabel?: string;
  messageLabel?: string;
}

function stored(locale: Locale, key: string): StoredTexts | undefined {
  const [table, name] = key.split(".") as [string, string];
  return (PARTS[locale].fields as Record<string, Record<string, StoredTexts>>)[table]?.[name];
}

/** A field's label, hint and its shorter names in one language, by the field's stable key. */
export function fieldTexts(locale: Locale, field: Pick<FieldSpec, "key">): FieldTexts {
  const texts = stored(locale, field.key);
  if (!texts) throw new Error(`No texts for the field ${field.key} in ${locale}`);
  return {
    label: texts.label,
    ...(texts.hint ? { hint: texts.hint } : {}),
    summaryLabel: texts.summaryLabel ?? texts.label,
    messageLabel: texts.messageLabel ?? texts.label,
  };
}

/** A choice's words ("gender", "M" → «Мужской» | «Ир-ат»); the value itself when it is not a known choice. */
export function choiceText(locale: Locale, list: keyof Part["choices"], value: string): string {
  const texts = PARTS[locale].choices[list] as unknown;
  if (typeof texts !== "object" || texts === null || !Object.hasOwn(texts, value)) return value;
  const text = (texts as Record<string, unknown>)[value];
  return typeof text === "string" ? text : value;
}

/** A step's title in one language. */
export function stepTitle(locale: Locale, step: keyof Part["form"]["stepTitle"]): string {
  return PARTS[locale].form.stepTitle[step];
}

/** "{name}" placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
