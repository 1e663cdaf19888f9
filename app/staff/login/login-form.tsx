"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

export function StaffLoginForm({
  action,
  returnTo,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  returnTo: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} labels={{ login: "Логин", password: "Пароль" }} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        name="login"
        label="Логин"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        mandatory
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        name="password"
        label="Пароль"
        type="password"
        autoComplete="current-password"
        mandatory
        error={state.errors.password}
      />
      <SubmitButton>Войти</SubmitButton>
    </form>
  );
}
