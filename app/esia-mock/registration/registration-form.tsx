"use client";

import Link from "@/components/link";
import { useActionState } from "react";
import { Checkbox, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

const LABELS = {
  lastName: "Фамилия",
  firstName: "Имя",
  mobile: "Мобильный телефон",
  email: "Электронная почта",
  agreement: "Согласие с условиями",
};

/**
 * The registration form of seed 004, step 1. «У меня нет мобильного телефона» swaps the phone field
 * for the e-mail one in CSS alone (`:has(:checked)`), so it works the same with JavaScript off.
 */
export function RegistrationForm({
  action,
  request,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  request?: string | undefined;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const { values, errors } = state;
  return (
    <form action={formAction} noValidate className="group">
      {request ? <input type="hidden" name="request" value={request} /> : null}
      <ErrorSummary errors={errors} labels={LABELS} message={state.message} />
      <TextField
        name="lastName"
        label={LABELS.lastName}
        autoComplete="family-name"
        required
        defaultValue={values.lastName}
        error={errors.lastName}
      />
      <TextField
        name="firstName"
        label={LABELS.firstName}
        autoComplete="given-name"
        required
        defaultValue={values.firstName}
        error={errors.firstName}
      />
      <div className="group-has-[#field-noMobile:checked]:hidden">
        <TextField
          name="mobile"
          label={LABELS.mobile}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint="Например, +7 917 000-00-01. На него придет SMS с кодом подтверждения."
          defaultValue={values.mobile}
          error={errors.mobile}
        />
      </div>
      <Checkbox
        name="noMobile"
        label="У меня нет мобильного телефона"
        defaultChecked={values.noMobile === "on"}
        aria-controls="contact-email"
      />
      <div id="contact-email" className="hidden group-has-[#field-noMobile:checked]:block">
        <TextField
          name="email"
          label={LABELS.email}
          type="email"
          autoComplete="email"
          hint="На нее придет письмо с кодом подтверждения."
          defaultValue={values.email}
          error={errors.email}
        />
      </div>
      <Checkbox
        name="agreement"
        label="Я соглашаюсь с Условиями использования и Политикой конфиденциальности"
        className="mt-1 h-5 w-5 shrink-0"
        defaultChecked={values.agreement === "on"}
        error={errors.agreement}
      />
      <p className="mt-1 pl-7 text-sm">
        <Link href="/esia-mock/registration/terms" className="text-[#0d4cd3] underline">
          Условия использования и Политика конфиденциальности
        </Link>
      </p>
      <SubmitButton>Зарегистрироваться</SubmitButton>
    </form>
  );
}
