import { z } from "zod";
import "../validation/russian-messages";
import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";
import type { Locale } from "../i18n/locales";
import type { FieldSpec } from "./fields";

// The application form in the page's language (decision 0019, «The form»). The field tables
// (fields.ts) and the field schemas (lib/validation) word everything once, in Russian, and the
// Russian catalogue part messages/form/ru.json holds exactly those words (form-language.test.ts
// checks it). A message a schema gives is one of the templates of `validation` in that part;
// in Tatar it is told by the same template of messages/form/tt.json, its placeholders carried
// over, a field's name among them translated as the field table's label. The same function runs
// on the server (the action's answer) and in the browser (the schema react-hook-form runs), so a
// message reads the same with JavaScript on and off. Plain module: no React, no next-intl.

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

// --- Messages ---------------------------------------------------------------------------------------

/** Russian word → Tatar word, for what a message names: field labels, step titles, document kinds. */
function wordsOf(pick: (part: Part) => Record<string, string>[]): Map<string, string> {
  const words = new Map<string, string>();
  const russian = pick(formRu);
  const tatar = pick(formTt);
  russian.forEach((group, index) => {
    for (const [key, text] of Object.entries(group)) {
      const other = tatar[index]?.[key];
      if (other && !words.has(text)) words.set(text, other);
    }
  });
  return words;
}

/** A field as its messages name it (the label without a unit, then the label itself), by the field's key. */
function fieldNames(part: Part): Record<string, string>[] {
  const tables = Object.entries(part.fields as Record<string, Record<string, StoredTexts>>);
  return [
    Object.fromEntries(
      tables.flatMap(([table, fields]) =>
        Object.entries(fields).map(([name, texts]) => [`${table}.${name}`, texts.messageLabel ?? texts.label]),
      ),
    ),
    Object.fromEntries(
      tables.flatMap(([table, fields]) =>
        Object.entries(fields).map(([name, texts]) => [`${table}.${name}`, texts.label]),
      ),
    ),
  ];
}

const LABELS = wordsOf((part) => [part.validation.labels, ...fieldNames(part)]);
const STEP_TITLES = wordsOf((part) => [part.form.stepTitle]);
// The missing documents are named in lower case after «Прикрепите:».
const DOCUMENTS = new Map(
  [...wordsOf((part) => [part.choices.attachmentSlot])].map(([ru, tt]) => [ru.toLowerCase(), tt.toLowerCase()]),
);

/** How a placeholder's value is said in Tatar. */
const PLACEHOLDER_WORDS: Record<string, (value: string) => string | undefined> = {
  label: (value) => LABELS.get(value),
  step: (value) => STEP_TITLES.get(value),
  // «Сведения о заявителе», «Документы»: the titles in «», separated by commas.
  steps: (value) => {
    const titles = value.split(", ").map((quoted) => STEP_TITLES.get(quoted.replace(/^«|»$/g, "")));
    return titles.every(Boolean) ? titles.map((title) => `«${title}»`).join(", ") : undefined;
  },
  documents: (value) => {
    const names = value.split("; ").map((name) => DOCUMENTS.get(name));
    return names.every(Boolean) ? names.join("; ") : undefined;
  },
};

interface Template {
  pattern: RegExp;
  names: string[];
  tatar: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The messages a form step can give: the validation templates and the step's notices. */
function templates(): Template[] {
  const notices = ["saved", "attached", "deleted", "alreadyDeleted"] as const;
  const pairs: [string, string][] = [
    ...Object.entries(formRu.validation)
      .filter((entry): entry is [keyof typeof formTt.validation & string, string] => typeof entry[1] === "string")
      .map(([key, text]): [string, string] => [text, formTt.validation[key] as string]),
    ...notices.map((key): [string, string] => [formRu.form[key], formTt.form[key]]),
  ];
  return (
    pairs
      .map(([russian, tatar]) => {
        const names = [...russian.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
        const source = russian
          .split(/\{\w+\}/)
          .map(escape)
          .join("(.+?)");
        return { pattern: new RegExp(`^${source}$`, "s"), names, tatar };
      })
      // A template without placeholders is an exact text: tried before any pattern that could also read it.
      .sort((a, b) => a.names.length - b.names.length)
  );
}

const TEMPLATES = templates();

/**
 * A message of the form in the page's language. Russian is the source: it is returned as it is.
 * A message no template reads (none should: the tests make every schema's message readable) stays Russian.
 */
export function formMessage(locale: Locale, message: string): string {
  if (locale === "ru") return message;
  for (const { pattern, names, tatar } of TEMPLATES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values: Record<string, string> = {};
    let readable = true;
    names.forEach((name, index) => {
      const value = match[index + 1] as string;
      const words = PLACEHOLDER_WORDS[name];
      const said = words ? words(value) : value;
      if (said === undefined) readable = false;
      else values[name] = said;
    });
    if (readable) return fill(tatar, values);
  }
  return message;
}

/** A form's answer (its field messages, the form's message and notice) in the page's language. */
export function formStateIn<State extends { errors: Record<string, string>; message?: string; notice?: string }>(
  locale: Locale,
  state: State,
): State {
  if (locale === "ru") return state;
  return {
    ...state,
    errors: Object.fromEntries(Object.entries(state.errors).map(([name, text]) => [name, formMessage(locale, text)])),
    ...(state.message !== undefined ? { message: formMessage(locale, state.message) } : {}),
    ...(state.notice !== undefined ? { notice: formMessage(locale, state.notice) } : {}),
  };
}

/**
 * A step's schema whose messages are in the page's language: for react-hook-form in the browser.
 * The schema's own checks run unchanged; only the words of its issues are told again.
 */
export function schemaIn<Output>(
  locale: Locale,
  schema: z.ZodType<Output, Record<string, unknown>>,
): z.ZodType<Output, Record<string, unknown>> {
  if (locale === "ru") return schema;
  return z.unknown().transform((input, ctx) => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: "custom", message: formMessage(locale, issue.message), path: issue.path });
    return z.NEVER;
  }) as unknown as z.ZodType<Output, Record<string, unknown>>;
}
