"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** The code form's texts in the page's language. */
export interface CodeFormTexts {
  code: string;
  codeHint: string;
  submit: string;
}

export function ConfirmCodeForm({ action, id, texts }: { action: Action; id: string; texts: CodeFormTexts }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={{ code: texts.code }} message={state.message} />
      <input type="hidden" name="id" value={id} />
      {/* CodeField's own label is Russian; the same field, named in the page's language. */}
      <TextField
        name="code"
        label={texts.code}
        hint={texts.codeHint}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        mandatory
        className="[&_input]:max-w-48"
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
