"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

/** The code screen's form (registration and recovery): the code from the message, «Подтвердить». */
export function CodeForm({ action, id, hint }: { action: (state: FormState, data: FormData) => Promise<FormState>; id: string; hint: ReactNode }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ code: "Код подтверждения" }} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <TextField
        name="code"
        label="Код подтверждения"
        hint={hint}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        required
        className="[&_input]:max-w-48"
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
