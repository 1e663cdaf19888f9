"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Checkbox, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { NewPasswordField } from "./password-policy";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const LABELS: Record<string, string> = {
  lastName: "Фамилия",
  firstName: "Имя",
  middleName: "Отчество",
  email: "Электронная почта",
  phone: "Мобильный телефон",
  password: "Пароль",
  passwordConfirmation: "Повторите пароль",
  consent: "Согласие",
};

export function RegistrationForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const { errors, values } = state;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} labels={LABELS} message={state.message} />
      <TextField
        name="lastName"
        label="Фамилия"
        mandatory
        autoComplete="family-name"
        defaultValue={values.lastName}
        error={errors.lastName}
      />
      <TextField
        name="firstName"
        label="Имя"
        mandatory
        autoComplete="given-name"
        defaultValue={values.firstName}
        error={errors.firstName}
      />
      <TextField
        name="middleName"
        label="Отчество"
        autoComplete="additional-name"
        hint="Если есть"
        defaultValue={values.middleName}
        error={errors.middleName}
      />

      <fieldset className="mt-6">
        <legend className="font-semibold">Контакты</legend>
        <p className="text-sm text-slate-600">
          Укажите электронную почту, мобильный телефон или оба. На почту (если она указана) или на телефон придет код
          подтверждения; любой из них потом можно использовать для входа.
        </p>
        <TextField
          name="email"
          label="Электронная почта"
          type="email"
          autoComplete="email"
          inputMode="email"
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          label="Мобильный телефон"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          hint="Например, +7 917 000-00-01"
          defaultValue={values.phone}
          error={errors.phone}
        />
      </fieldset>

      <NewPasswordField label="Пароль" error={errors.password} />
      <TextField
        name="passwordConfirmation"
        label="Повторите пароль"
        type="password"
        autoComplete="new-password"
        mandatory
        error={errors.passwordConfirmation}
      />

      <Checkbox
        name="consent"
        defaultChecked={values.consent === "on"}
        error={errors.consent}
        label="Даю согласие на обработку моих персональных данных для регистрации и работы личного кабинета (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»)"
      />
      <SubmitButton>Зарегистрироваться</SubmitButton>
      <p className="mt-4">
        Уже есть личный кабинет?{" "}
        <Link href="/login" className="text-brand-800 underline">
          Войдите
        </Link>
      </p>
    </form>
  );
}
