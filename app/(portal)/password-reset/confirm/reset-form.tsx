"use client";

import { useActionState } from "react";
import { CodeField, ErrorSummary } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { NewPasswordFields, type PasswordPolicyTexts } from "../../register/password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** The form's texts in the page's language. */
export interface ResetFormTexts {
  code: string;
  codeHint: string;
  password: string;
  passwordConfirmation: string;
  submit: string;
  policy: PasswordPolicyTexts;
}

export function ResetPasswordForm({ action, id, texts: t }: { action: Action; id: string; texts: ResetFormTexts }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const labels = { code: t.code, password: t.password, passwordConfirmation: t.passwordConfirmation };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={labels} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <CodeField
        label={t.code}
        hint={t.codeHint}
        maxLength={6}
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <NewPasswordFields labels={t} errors={state.errors} texts={t.policy} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
