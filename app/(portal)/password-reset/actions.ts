"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta } from "@/app/_lib/auth";
import { completePasswordReset, startPasswordReset } from "@/lib/cabinet/accounts";
import { passwordResetForm, passwordResetRequestForm } from "@/lib/cabinet/forms";
import { prisma } from "@/lib/db/runtime";
import { getTranslations } from "next-intl/server";
import { inPageLanguage } from "@/app/_lib/page-locale";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";

/** «Получить код»: the same answer whether or not such a cabinet exists. */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const parsed = passwordResetRequestForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return inPageLanguage(withErrors(values, fieldErrors(parsed.error)));
  const started = await startPasswordReset(await prisma(), parsed.data.login);
  if (!started.ok) return inPageLanguage(withErrors(values, {}, started.message));
  redirect(`/password-reset/confirm?id=${encodeURIComponent(started.value)}`);
}

/** «Сохранить»: the code and the new password; every session of the cabinet ends, then a new login. */
export async function completePasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { password: _password, passwordConfirmation: _confirmation, ...values } = submittedValues(formData);
  const parsed = passwordResetForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const { id: missingId, ...errors } = fieldErrors(parsed.error);
    const incomplete = (await getTranslations("reset"))("incompleteAgain");
    return inPageLanguage(withErrors(values, errors, missingId ? incomplete : undefined));
  }
  const outcome = await completePasswordReset(
    await prisma(),
    parsed.data.id,
    parsed.data.code,
    parsed.data.password,
    (await requestMeta()).ip,
  );
  if (!outcome.ok)
    return inPageLanguage(
      outcome.field
        ? withErrors(values, { [outcome.field]: outcome.message })
        : withErrors(values, {}, outcome.message),
    );
  redirect("/login?reset=1");
}
