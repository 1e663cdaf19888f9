"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { forgetPending, pendingFromCookie } from "@/app/_lib/esia";
import { knownDeviceUserIds, requestMeta, safeReturnTo, signInUser } from "@/app/_lib/auth";
import { logInAndLink, registerFromEsia } from "@/lib/cabinet/accounts";
import { esiaRegistrationForm, loginForm } from "@/lib/cabinet/forms";
import { prisma } from "@/lib/db/runtime";
import { inPageLanguage } from "@/app/_lib/page-locale";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";

function valuesWithoutPasswords(formData: FormData) {
  const { password: _p, passwordConfirmation: _c, ...values } = submittedValues(formData);
  return values;
}

/** «Войти в существующий личный кабинет» and link it to this ESIA account. */
export async function logInAndLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = valuesWithoutPasswords(formData);
  const parsed = loginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return inPageLanguage(withErrors(values, fieldErrors(parsed.error)));
  const pendingId = await pendingFromCookie();
  if (!pendingId) redirect("/esia/problem?reason=state_mismatch");
  const outcome = await logInAndLink(
    await prisma(),
    pendingId,
    parsed.data.login,
    parsed.data.password,
    (await requestMeta()).ip,
    new Date(),
    await knownDeviceUserIds(),
  );
  if (!outcome.ok) return inPageLanguage(withErrors(values, {}, outcome.message));
  await forgetPending();
  await signInUser(outcome.value.userId);
  redirect(
    outcome.value.pendingId
      ? `/esia/differences?p=${encodeURIComponent(outcome.value.pendingId)}`
      : safeReturnTo(outcome.value.returnTo, "/cabinet/settings/esia?linked=1"),
  );
}

/** «Зарегистрировать новый личный кабинет», linked to this ESIA account. */
export async function registerFromEsiaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = valuesWithoutPasswords(formData);
  const parsed = esiaRegistrationForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return inPageLanguage(withErrors(values, fieldErrors(parsed.error)));
  const pendingId = await pendingFromCookie();
  if (!pendingId) redirect("/esia/problem?reason=state_mismatch");
  const outcome = await registerFromEsia(await prisma(), pendingId, parsed.data, (await requestMeta()).ip);
  if (!outcome.ok)
    return inPageLanguage(
      withErrors(
        values,
        outcome.field ? { [outcome.field]: outcome.message } : {},
        outcome.field ? undefined : outcome.message,
      ),
    );
  await forgetPending();
  await signInUser(outcome.value.userId);
  redirect(safeReturnTo(outcome.value.returnTo, "/cabinet"));
}
