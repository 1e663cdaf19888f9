"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { NewPasswordField } from "../../register/password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const LABELS = {
  currentPassword: "Текущий пароль",
  password: "Новый пароль",
  passwordConfirmation: "Повторите новый пароль",
};

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={LABELS} message={state.message} />
      <TextField
        name="currentPassword"
        label="Текущий пароль"
        type="password"
        autoComplete="current-password"
        mandatory
        error={state.errors.currentPassword}
      />
      <NewPasswordField label="Новый пароль" error={state.errors.password} />
      <TextField
        name="passwordConfirmation"
        label="Повторите новый пароль"
        type="password"
        autoComplete="new-password"
        mandatory
        error={state.errors.passwordConfirmation}
      />
      <SubmitButton>Изменить пароль</SubmitButton>
    </form>
  );
}
