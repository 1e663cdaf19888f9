"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { completeRegistration, confirmCode, resendCode, startRegistration } from "@/lib/esia-mock/accounts";
import { codeForm, passwordForm, registrationForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { cookies } from "next/headers";
import { mockDb, setSessionCookie } from "../_lib/mock";
import { passwordFormErrors, verificationId } from "./_components/steps";

// Registration as the seeds show it: the form («Зарегистрироваться») → the code from the SMS or
// e-mail («Подтвердить») → the password twice («Сохранить») → a simplified account, signed in.
// The pending verification's id travels between the steps in `?id=` and a hidden field.

const REGISTRATION = `${MOCK_PATH}/registration`;

// A registration started from a system's login («Зарегистрируйтесь» with ?request=) goes back to
// that system's consent screen at the end, as ESIA does; the request id waits in a cookie.
const RETURN_COOKIE = "esia_mock_registration_request";

const FIELD_ORDER = ["lastName", "firstName", "mobile", "email", "agreement"];

/** The error summary lists problems in the order of the fields on the page. */
function inFormOrder(errors: Record<string, string>): Record<string, string> {
  const rank = (name: string) => (FIELD_ORDER.includes(name) ? FIELD_ORDER.indexOf(name) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const parsed = registrationForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, inFormOrder(fieldErrors(parsed.error)));
  const outcome = await startRegistration(await mockDb(), parsed.data);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  const request = formData.get("request");
  if (typeof request === "string" && /^[A-Za-z0-9_-]{10,64}$/.test(request)) {
    (await cookies()).set(RETURN_COOKIE, request, { httpOnly: true, sameSite: "lax", path: MOCK_PATH, maxAge: 1800 });
  }
  redirect(`${REGISTRATION}/confirm?id=${encodeURIComponent(outcome.value)}`);
}

export async function confirmRegistrationCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const id = verificationId(formData.get("id"));
  if (!id) redirect(`${REGISTRATION}?expired=1`);
  const parsed = codeForm.safeParse({ id, code: formData.get("code") ?? "" });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await confirmCode(await mockDb(), id, "registration", parsed.data.code);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  redirect(`${REGISTRATION}/password?id=${encodeURIComponent(id)}`);
}

/** «Получить новый код»: the old code stops working, a new one is sent to the same contact. */
export async function resendRegistrationCodeAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const id = verificationId(formData.get("id"));
  const outcome = id ? await resendCode(await mockDb(), id, "registration") : null;
  if (id && outcome && !outcome.ok && outcome.field === "code")
    redirect(`${REGISTRATION}/confirm?id=${encodeURIComponent(id)}&limited=1`);
  if (!outcome?.ok) redirect(`${REGISTRATION}?expired=1`);
  redirect(`${REGISTRATION}/confirm?id=${encodeURIComponent(outcome.value)}&resent=1`);
}

export async function setRegistrationPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  delete values.password; // never sent back to the page
  delete values.passwordRepeat;
  const id = verificationId(formData.get("id"));
  if (!id) redirect(`${REGISTRATION}?expired=1`);
  const password = String(formData.get("password") ?? "");
  const parsed = passwordForm.safeParse({ id, password, passwordRepeat: formData.get("passwordRepeat") ?? "" });
  if (!parsed.success) return withErrors(values, passwordFormErrors(parsed.error, password));
  const outcome = await completeRegistration(await mockDb(), id, parsed.data.password);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  await setSessionCookie(outcome.value.ticket);
  const jar = await cookies();
  const request = jar.get(RETURN_COOKIE)?.value;
  jar.delete({ name: RETURN_COOKIE, path: MOCK_PATH });
  redirect(request ? `${MOCK_PATH}/consent?request=${encodeURIComponent(request)}` : `${MOCK_PATH}/profile`);
}
