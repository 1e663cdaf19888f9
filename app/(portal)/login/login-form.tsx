"use client";

import Link from "@/components/link";
import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

export function LoginForm({
  action,
  returnTo,
  texts,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  returnTo?: string;
  texts: { login: string; password: string; submit: string; forgot: string };
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="login"
        label={texts.login}
        autoComplete="username"
        required
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        name="password"
        label={texts.password}
        type="password"
        autoComplete="current-password"
        required
        error={state.errors.password}
      />
      <SubmitButton>{texts.submit}</SubmitButton>
      <p className="mt-4">
        <Link href="/password-reset" className="text-brand-800 underline">
          {texts.forgot}
        </Link>
      </p>
    </form>
  );
}
