"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ConfirmCodeForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ code: "Код подтверждения" }} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <TextField
        name="code"
        label="Код подтверждения"
        hint="6 цифр из сообщения"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        mandatory className="[&_input]:max-w-[12rem]"
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
