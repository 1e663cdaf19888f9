"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { TotpField } from "../_lib/totp-field";

export function SecondFactorForm({
  action,
  returnTo,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  returnTo: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        message={state.message}
        labels={{ code: "Код из приложения-аутентификатора" }}
      />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TotpField error={state.errors.code} />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}
