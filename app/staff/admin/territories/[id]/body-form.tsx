"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

export function BodyNameForm({
  action,
  territoryId,
  name,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  territoryId: number;
  name: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} labels={{ name: "Наименование органа" }} />
      <input type="hidden" name="territoryId" value={territoryId} />
      <TextField
        name="name"
        label="Наименование органа"
        mandatory
        className="[&_input]:max-w-none"
        defaultValue={state.values.name ?? name}
        error={state.errors.name}
      />
      <SubmitButton>Сохранить</SubmitButton>
    </form>
  );
}
