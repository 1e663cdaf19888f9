"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { NewPasswordFields, type PasswordPolicyTexts } from "../../register/password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** The form's texts in the page's language. */
export interface ChangePasswordTexts {
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
  submit: string;
  policy: PasswordPolicyTexts;
}

export function ChangePasswordForm({ action, texts: t }: { action: Action; texts: ChangePasswordTexts }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const labels = {
    currentPassword: t.currentPassword,
    password: t.password,
    passwordConfirmation: t.passwordConfirmation,
  };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={labels} message={state.message} />
      <TextField
        name="currentPassword"
        label={t.currentPassword}
        type="password"
        autoComplete="current-password"
        mandatory
        error={state.errors.currentPassword}
      />
      <NewPasswordFields labels={t} errors={state.errors} texts={t.policy} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
