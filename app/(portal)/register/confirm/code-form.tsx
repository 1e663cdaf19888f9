"use client";

import { useActionState } from "react";
import { CodeField, ErrorSummary } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ConfirmCodeForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ code: "Код подтверждения" }} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <CodeField hint="6 цифр из сообщения" maxLength={6} defaultValue={state.values.code} error={state.errors.code} />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
