"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta, signInUser } from "@/app/_lib/auth";
import { confirmRegistration, resendRegistrationCode, startRegistration } from "@/lib/cabinet/accounts";
import { codeForm, registrationForm } from "@/lib/cabinet/forms";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { translateFieldErrors, translateFieldMessage } from "@/lib/i18n/field-messages";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/app/_lib/page-locale";

/** What was typed, minus the passwords: they are never sent back to the browser. */
function valuesWithoutPasswords(formData: FormData) {
  const { password: _password, passwordConfirmation: _confirmation, ...values } = submittedValues(formData);
  return values;
}

/** The form's fields in page order, so the error summary lists them as the person meets them. */
const FIELD_ORDER = [
  "lastName",
  "firstName",
  "middleName",
  "email",
  "phone",
  "password",
  "passwordConfirmation",
  "consent",
];

function inPageOrder(errors: Record<string, string>): Record<string, string> {
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A refusal from the domain: beside its field when it names one, otherwise for the whole form. */
function refusal(
  locale: Locale,
  values: Record<string, string>,
  outcome: { message: string; field?: string },
): FormState {
  const message = translateFieldMessage(locale, outcome.message);
  return outcome.field ? withErrors(values, { [outcome.field]: message }) : withErrors(values, {}, message);
}

/** «Зарегистрироваться»: checks the form, sends a code to the e-mail (or phone), on to the code page. */
export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = valuesWithoutPasswords(formData);
  const locale = await pageLocale();
  const parsed = registrationForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, translateFieldErrors(locale, inPageOrder(fieldErrors(parsed.error))));
  const { lastName, firstName, middleName, email, phone, password } = parsed.data;
  const outcome = await startRegistration(await prisma(), { lastName, firstName, middleName, email, phone, password });
  if (!outcome.ok) return refusal(locale, values, outcome);
  redirect(`/register/confirm?id=${encodeURIComponent(outcome.value)}`);
}

/** «Подтвердить»: the code creates the cabinet, and the person is signed in to it. */
export async function confirmRegistrationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const locale = await pageLocale();
  const parsed = codeForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const { id: missingId, ...errors } = fieldErrors(parsed.error);
    const incomplete = (await getTranslations("fieldMessages.patterns"))("incompleteLink");
    return withErrors(values, translateFieldErrors(locale, errors), missingId ? incomplete : undefined);
  }
  const db = await prisma();
  const outcome = await confirmRegistration(db, parsed.data.id, parsed.data.code, (await requestMeta()).ip);
  if (!outcome.ok) return refusal(locale, values, outcome);
  await signInUser(outcome.value);
  redirect("/cabinet");
}

/** «Отправить код еще раз»: a new code for the same registration, nothing to type again. */
export async function resendRegistrationCodeAction(formData: FormData): Promise<void> {
  const id = formArgument(formData).get("id");
  // A registration id is an opaque base64url token; anything else is not one of ours.
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) redirect("/register");
  const outcome = await resendRegistrationCode(await prisma(), id);
  redirect(`/register/confirm?id=${encodeURIComponent(id)}&${outcome.ok ? "resent=1" : "resend=refused"}`);
}
