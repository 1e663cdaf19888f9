"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ResetRequestForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ login: "Электронная почта или мобильный телефон" }}
        message={state.message}
      />
      <TextField
        name="login"
        label="Электронная почта или мобильный телефон"
        hint="Те, что указаны в личном кабинете"
        mandatory
        autoComplete="username"
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <SubmitButton>Получить код</SubmitButton>
    </form>
  );
}
