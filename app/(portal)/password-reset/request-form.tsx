"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ResetRequestForm({
  action,
  texts,
}: {
  action: Action;
  texts: { login: string; loginHint: string; submit: string };
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ login: texts.login }} message={state.message} />
      <TextField
        name="login"
        label={texts.login}
        hint={texts.loginHint}
        mandatory
        autoComplete="username"
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
