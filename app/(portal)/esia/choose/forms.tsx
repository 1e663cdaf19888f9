"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import type ru from "@/messages/pages/ru.json";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** The «linking.choose» texts of the page's language (the page reads them from the catalogue). */
export type ChooseTexts = typeof ru.linking.choose;

export function ExistingCabinetForm({ action, texts: t }: { action: Action; texts: ChooseTexts }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate aria-label={t.existingForm}>
      <ErrorSummary errors={state.errors} message={state.message} idPrefix="existing" />
      <TextField
        idPrefix="existing"
        name="login"
        label={t.login}
        autoComplete="username"
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        idPrefix="existing"
        name="password"
        label={t.password}
        type="password"
        autoComplete="current-password"
        error={state.errors.password}
      />
      <SubmitButton>{t.logInAndLink}</SubmitButton>
    </form>
  );
}

export function NewCabinetForm({
  action,
  email,
  phone,
  texts: t,
}: {
  action: Action;
  email: string;
  phone: string;
  /** With the password hint filled in (the rules, in the page's language). */
  texts: ChooseTexts;
}) {
  const [state, formAction] = useActionState(action, { ...EMPTY_FORM, values: { email, phone } });
  return (
    <form action={formAction} noValidate aria-label={t.newForm}>
      <ErrorSummary errors={state.errors} message={state.message} idPrefix="new" />
      <TextField
        idPrefix="new"
        name="email"
        label={t.email}
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.errors.email}
        hint={t.fromEsia}
      />
      <TextField
        idPrefix="new"
        name="phone"
        label={t.phone}
        type="tel"
        autoComplete="tel"
        defaultValue={state.values.phone}
        error={state.errors.phone}
        hint={t.fromEsia}
      />
      <TextField
        idPrefix="new"
        name="password"
        label={t.password}
        type="password"
        autoComplete="new-password"
        error={state.errors.password}
        hint={t.passwordHint}
      />
      <TextField
        idPrefix="new"
        name="passwordConfirmation"
        label={t.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        error={state.errors.passwordConfirmation}
      />
      <SubmitButton>{t.register}</SubmitButton>
    </form>
  );
}
