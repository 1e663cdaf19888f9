import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { translateFieldErrors, translateOptional } from "@/lib/i18n/field-messages";
import { parseLocale, type Locale } from "@/lib/i18n/locales";

/** The language of the page being answered (the person's choice, decision 0019). */
export async function pageLocale(): Promise<Locale> {
  return parseLocale(await getLocale());
}

/**
 * A form's answer with its messages in the page's language: the schemas and the account rules
 * word them in Russian, lib/i18n/field-messages.ts translates them (what was typed is untouched).
 */
export async function inPageLanguage<State extends FormState>(state: State): Promise<State> {
  const locale = await pageLocale();
  const message = translateOptional(locale, state.message);
  return { ...state, errors: translateFieldErrors(locale, state.errors), ...(message ? { message } : {}) };
}
