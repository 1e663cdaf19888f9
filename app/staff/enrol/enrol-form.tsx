"use client";

import { useActionState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { TotpField } from "../_lib/totp-field";

const LABELS = {
  password: "Новый пароль",
  passwordConfirmation: "Повторите пароль",
  code: "Код из приложения-аутентификатора",
};

export function EnrolForm({
  action,
  returnTo,
  choosePassword,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  returnTo: string;
  choosePassword: boolean;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} labels={LABELS} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {choosePassword ? (
        <fieldset className="mt-6">
          <legend className="text-lg font-semibold">Ваш пароль</legend>
          <p className="text-sm text-slate-700">
            Пароль, выданный администратором, замените своим: не менее 12 символов, строчные и заглавные латинские буквы
            и цифры.
          </p>
          <TextField
            name="password"
            label="Новый пароль"
            type="password"
            autoComplete="new-password"
            mandatory
            error={state.errors.password}
          />
          <TextField
            name="passwordConfirmation"
            label="Повторите пароль"
            type="password"
            autoComplete="new-password"
            mandatory
            error={state.errors.passwordConfirmation}
          />
        </fieldset>
      ) : null}
      <TotpField error={state.errors.code} />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
