"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

const LOGIN_LABEL = "Телефон / Email / СНИЛС";

export function RecoveryForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ login: LOGIN_LABEL }} message={state.message} />
      <TextField
        name="login"
        label={LOGIN_LABEL}
        hint="Мобильный телефон, адрес электронной почты или СНИЛС, указанные в учетной записи"
        autoComplete="username"
        required
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <SubmitButton>Продолжить</SubmitButton>
    </form>
  );
}
