"use client";

import { useActionState, type ReactNode } from "react";
import { CodeField, ErrorSummary } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

/** The code screen's form (registration and recovery): the code from the message, «Подтвердить». */
export function CodeForm({
  action,
  id,
  hint,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
  hint: ReactNode;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ code: "Код подтверждения" }} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <CodeField
        label="Код подтверждения"
        hint={hint}
        maxLength={8}
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
