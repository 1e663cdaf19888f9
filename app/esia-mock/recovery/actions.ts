"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { completeRecovery, confirmCode, startRecovery } from "@/lib/esia-mock/accounts";
import { codeForm, passwordForm, recoveryForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { mockDb } from "../_lib/mock";
import { passwordFormErrors, verificationId } from "../registration/_components/steps";

// «Не удается войти?»: login → code → new password twice → back to sign in. Every login gets the
// same answer (the code page); for a login with no account the code simply never arrives.

const RECOVERY = `${MOCK_PATH}/recovery`;

export async function startRecoveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const parsed = recoveryForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const id = await startRecovery(await mockDb(), parsed.data.login);
  redirect(`${RECOVERY}/confirm?id=${encodeURIComponent(id)}`);
}

export async function confirmRecoveryCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const id = verificationId(formData.get("id"));
  if (!id) redirect(RECOVERY);
  const parsed = codeForm.safeParse({ id, code: formData.get("code") ?? "" });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await confirmCode(await mockDb(), id, "recovery", parsed.data.code);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  redirect(`${RECOVERY}/password?id=${encodeURIComponent(id)}`);
}

export async function setRecoveryPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  delete values.password; // never sent back to the page
  delete values.passwordRepeat;
  const id = verificationId(formData.get("id"));
  if (!id) redirect(RECOVERY);
  const password = String(formData.get("password") ?? "");
  const parsed = passwordForm.safeParse({ id, password, passwordRepeat: formData.get("passwordRepeat") ?? "" });
  if (!parsed.success) return withErrors(values, passwordFormErrors(parsed.error, password));
  const outcome = await completeRecovery(await mockDb(), id, parsed.data.password);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  redirect(`${RECOVERY}/done`);
}
