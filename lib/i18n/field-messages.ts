import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";
import pagesRu from "../../messages/pages/ru.json";
import pagesTt from "../../messages/pages/tt.json";
import { fieldMessageTranslator, type FieldMessageTable } from "./field-messages-translator";
import type { Locale } from "./locales";

export type { FieldMessageTable };

// The messages a citizen sees beside a field or above a form come from the portal's zod schemas
// and the account rules (lib/validation, lib/applications, lib/benefits, lib/cabinet), which word
// them in Russian, once. They are translated the gettext way, by one table and one function for
// the application form and every other page: the Russian text is the message's identity. The
// table pairs each Russian template (with {placeholders} for what varies) with its Tatar one under
// the same key, from the catalogue: `validation.*` (messages/form: the form's and the shared
// field builders' messages) and `fieldMessages.patterns` (messages/pages: the other pages' own),
// and the words a placeholder holds (field labels and names, step titles, document kinds,
// `fieldMessages.words`): «Заполните поле «Имя»» → ««Исем» кырын тутырыгыз». The same table serves
// the server's answer (JavaScript off) and, passed to the page, the browser's check.

type Texts = Record<string, unknown>;

/** The Russian and target texts under the same keys, as pairs; nested groups are walked. */
function pairs(russian: Texts, target: Texts, into: [string, string][] = []): [string, string][] {
  for (const [key, text] of Object.entries(russian)) {
    const other = target[key];
    if (typeof text === "string" && typeof other === "string") into.push([text, other]);
    else if (text && typeof text === "object" && other && typeof other === "object")
      pairs(text as Texts, other as Texts, into);
  }
  return into;
}

/** A field as its messages name it: its message label, summary label and label, by the field's key. */
function fieldNames(fields: Texts): Texts {
  const names: Texts = {};
  for (const [table, group] of Object.entries(fields))
    for (const [name, texts] of Object.entries(group as Record<string, Record<string, string>>))
      names[`${table}.${name}`] = {
        message: texts.messageLabel ?? texts.label,
        summary: texts.summaryLabel ?? texts.label,
        label: texts.label,
      };
  return names;
}

const { labels: ruLabels, ...ruTemplates } = formRu.validation;
const { labels: ttLabels, ...ttTemplates } = formTt.validation;
const NOTICES = ["saved", "attached", "deleted", "alreadyDeleted"] as const;
const notices = (part: typeof formRu) => Object.fromEntries(NOTICES.map((key) => [key, part.form[key]]));

const TATAR: FieldMessageTable = {
  patterns: [
    ...pairs(ruTemplates, ttTemplates),
    ...pairs(notices(formRu), notices(formTt)),
    ...pairs(pagesRu.fieldMessages.patterns, pagesTt.fieldMessages.patterns),
  ],
  words: [
    ...pairs(ruLabels, ttLabels),
    ...pairs(fieldNames(formRu.fields), fieldNames(formTt.fields)),
    ...pairs(formRu.form.stepTitle, formTt.form.stepTitle),
    ...pairs(formRu.choices.attachmentSlot, formTt.choices.attachmentSlot),
    ...pairs(pagesRu.fieldMessages.words, pagesTt.fieldMessages.words),
  ],
};

const TABLES: Record<Locale, FieldMessageTable | null> = { ru: null, tt: TATAR };

/** The table for a language, for the browser's check; null for Russian, whose texts are the messages themselves. */
export function fieldMessageTable(locale: Locale): FieldMessageTable | null {
  return TABLES[locale];
}

const TRANSLATORS: Record<Locale, (text: string) => string> = {
  ru: fieldMessageTranslator(TABLES.ru),
  tt: fieldMessageTranslator(TABLES.tt),
};

/** A portal message in the page's language. */
export function translateFieldMessage(locale: Locale, text: string): string {
  return TRANSLATORS[locale](text);
}

/** Every message of a form's state (field errors keyed by name) in the page's language. */
export function translateFieldErrors(locale: Locale, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [field, translateFieldMessage(locale, text)]),
  );
}

/** A form's message (the one above the fields), when there is one. */
export function translateOptional(locale: Locale, text: string | undefined): string | undefined {
  return text === undefined ? undefined : translateFieldMessage(locale, text);
}

/** A form's whole answer (its field messages, the form's message and notice) in the page's language. */
export function formStateIn<State extends { errors: Record<string, string>; message?: string; notice?: string }>(
  locale: Locale,
  state: State,
): State {
  if (locale === "ru") return state;
  return {
    ...state,
    errors: translateFieldErrors(locale, state.errors),
    ...(state.message !== undefined ? { message: translateFieldMessage(locale, state.message) } : {}),
    ...(state.notice !== undefined ? { notice: translateFieldMessage(locale, state.notice) } : {}),
  };
}
