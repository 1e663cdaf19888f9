"use client";

import Link from "@/components/link";
import { useActionState } from "react";
import { Checkbox, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import type ru from "@/messages/pages/ru.json";
import { NewPasswordFields } from "./password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** The «registration» texts of the page's language (the page reads them from the catalogue). */
export type RegistrationTexts = typeof ru.registration;

export function RegistrationForm({ action, texts: t }: { action: Action; texts: RegistrationTexts }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const { errors, values } = state;
  const labels: Record<string, string> = {
    lastName: t.lastName,
    firstName: t.firstName,
    middleName: t.middleName,
    email: t.email,
    phone: t.phone,
    password: t.password,
    passwordConfirmation: t.passwordConfirmation,
    consent: t.consentLabel,
  };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} labels={labels} message={state.message} />
      <TextField
        name="lastName"
        label={t.lastName}
        mandatory
        autoComplete="family-name"
        defaultValue={values.lastName}
        error={errors.lastName}
      />
      <TextField
        name="firstName"
        label={t.firstName}
        mandatory
        autoComplete="given-name"
        defaultValue={values.firstName}
        error={errors.firstName}
      />
      <TextField
        name="middleName"
        label={t.middleName}
        autoComplete="additional-name"
        hint={t.middleNameHint}
        defaultValue={values.middleName}
        error={errors.middleName}
      />

      <fieldset className="mt-6">
        <legend className="font-semibold">{t.contacts}</legend>
        <p className="text-sm text-slate-600">{t.contactsHint}</p>
        <TextField
          name="email"
          label={t.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          label={t.phone}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          hint={t.phoneHint}
          defaultValue={values.phone}
          error={errors.phone}
        />
      </fieldset>

      <NewPasswordFields labels={t} errors={errors} texts={t.policy} />

      <Checkbox name="consent" defaultChecked={values.consent === "on"} error={errors.consent} label={t.consent} />
      <SubmitButton>{t.submit}</SubmitButton>
      <p className="mt-4">
        {t.haveCabinet}{" "}
        <Link href="/login" className="text-brand-800 underline">
          {t.logIn}
        </Link>
      </p>
    </form>
  );
}
