"use client";

import { useActionState } from "react";
import { CodeField, ErrorSummary } from "@/components/forms/fields";
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
      <CodeField
        label={texts.code}
        hint={texts.codeHint}
        maxLength={6}
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}
