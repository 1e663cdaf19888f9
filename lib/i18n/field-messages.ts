import ru from "../../messages/pages/ru.json";
import tt from "../../messages/pages/tt.json";
import { fieldMessageTranslator, type FieldMessageTable } from "./field-messages-translator";
import type { Locale } from "./locales";

export type { FieldMessageTable };

// The messages a citizen sees beside a field or above a form come from the portal's zod schemas
// and from the account rules (lib/validation, lib/cabinet), which word them in Russian. They are
// translated the gettext way: the Russian text is the message's identity. `fieldMessages.patterns`
// pairs each Russian wording (with {placeholders} for the parts that vary) with its Tatar one
// under the same key; a placeholder's value is translated too when it is a known word or field
// label (`fieldMessages.words`): «Заполните поле «Имя»» → ««Исем» кырын тутырыгыз». The same table
// serves the server action (JavaScript off) and, passed to the page, the browser's check.

const TABLES: Record<Locale, FieldMessageTable | null> = {
  ru: null,
  tt: { ...ru.fieldMessages, target: tt.fieldMessages },
};

/** The table for a language; null for Russian, whose texts are the messages themselves. */
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
