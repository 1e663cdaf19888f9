"use client";

import { useActionState } from "react";
import { CodeField, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { NewPasswordField } from "../../register/password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const LABELS = { code: "Код подтверждения", password: "Новый пароль", passwordConfirmation: "Повторите новый пароль" };

export function ResetPasswordForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={LABELS} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <CodeField hint="6 цифр из сообщения" maxLength={6} defaultValue={state.values.code} error={state.errors.code} />
      <NewPasswordField label="Новый пароль" error={state.errors.password} />
      <TextField
        name="passwordConfirmation"
        label="Повторите новый пароль"
        type="password"
        autoComplete="new-password"
        mandatory
        error={state.errors.passwordConfirmation}
      />
      <SubmitButton>Сохранить</SubmitButton>
    </form>
  );
}
