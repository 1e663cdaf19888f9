"use client";

import Link from "@/components/link";
import { useActionState } from "react";
import { Checkbox, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

export function LoginForm({
  action,
  request,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  request?: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} />
      {request ? <input type="hidden" name="request" value={request} /> : null}
      <TextField
        name="login"
        label="Телефон / Email / СНИЛС"
        autoComplete="username"
        required
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        name="password"
        label="Пароль"
        type="password"
        autoComplete="current-password"
        required
        error={state.errors.password}
      />
      <Checkbox name="remember" label="Запомнить меня" defaultChecked={state.values.remember === "on"} />
      <SubmitButton>Войти</SubmitButton>
      <p className="mt-4">
        <Link href="/esia-mock/recovery" className="text-[#0d4cd3] underline">
          Не удается войти?
        </Link>
      </p>
    </form>
  );
}
