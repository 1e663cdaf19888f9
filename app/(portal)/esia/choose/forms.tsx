"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ExistingCabinetForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate aria-label="Вход в существующий личный кабинет">
      <ErrorSummary errors={state.errors} message={state.message} idPrefix="existing" />
      <TextField
        idPrefix="existing"
        name="login"
        label="Электронная почта или мобильный телефон"
        autoComplete="username"
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        idPrefix="existing"
        name="password"
        label="Пароль"
        type="password"
        autoComplete="current-password"
        error={state.errors.password}
      />
      <SubmitButton>Войти и привязать</SubmitButton>
    </form>
  );
}

export function NewCabinetForm({
  action,
  email,
  phone,
  passwordRules,
}: {
  action: Action;
  email: string;
  phone: string;
  passwordRules: string;
}) {
  const [state, formAction] = useActionState(action, { ...EMPTY_FORM, values: { email, phone } });
  return (
    <form action={formAction} noValidate aria-label="Регистрация нового личного кабинета">
      <ErrorSummary errors={state.errors} message={state.message} idPrefix="new" />
      <TextField
        idPrefix="new"
        name="email"
        label="Электронная почта"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.errors.email}
        hint="Из ЕСИА; можно изменить"
      />
      <TextField
        idPrefix="new"
        name="phone"
        label="Мобильный телефон"
        type="tel"
        autoComplete="tel"
        defaultValue={state.values.phone}
        error={state.errors.phone}
        hint="Из ЕСИА; можно изменить"
      />
      <TextField
        idPrefix="new"
        name="password"
        label="Пароль"
        type="password"
        autoComplete="new-password"
        error={state.errors.password}
        hint={`Пароль для входа без ЕСИА: ${passwordRules}.`}
      />
      <TextField
        idPrefix="new"
        name="passwordConfirmation"
        label="Повторите пароль"
        type="password"
        autoComplete="new-password"
        error={state.errors.passwordConfirmation}
      />
      <SubmitButton>Зарегистрировать личный кабинет</SubmitButton>
    </form>
  );
}
