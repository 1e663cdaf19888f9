import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";

/**
 * The form's words for its client components (step-form.tsx, step-fields.tsx): the field
 * labels, choices and the form's own texts of messages/form/, in the page's language, as data in
 * the page rather than in the JavaScript. The validation messages are not among them: the server
 * sends its answer already translated, and the browser's check loads them with the schema.
 */
export async function FormMessages({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const { errorPage, fields, choices, form } = await getMessages();
  return (
    <NextIntlClientProvider locale={locale} messages={{ errorPage, fields, choices, form }}>
      {children}
    </NextIntlClientProvider>
  );
}
