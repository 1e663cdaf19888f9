"use client";

import { useActionState } from "react";
import { Checkbox, ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function SearchForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate role="search" aria-label="Поиск учетной записи">
      <ErrorSummary errors={state.errors} labels={{ snils: "СНИЛС" }} message={state.message} idPrefix="search" />
      <TextField
        idPrefix="search"
        name="snils"
        label="СНИЛС посетителя"
        hint="11 цифр: XXX-XXX-XXX XX"
        inputMode="numeric"
        autoComplete="off"
        required
        defaultValue={state.values.snils ?? ""}
        error={state.errors.snils}
        className="[&_input]:max-w-60"
      />
      <SubmitButton>Найти</SubmitButton>
    </form>
  );
}

export function ConfirmForm({ action, oid }: { action: Action; oid: number }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ documentShown: "Паспорт" }}
        message={state.message}
        idPrefix="confirm"
      />
      <input type="hidden" name="oid" value={oid} />
      <Checkbox
        idPrefix="confirm"
        name="documentShown"
        label="Посетитель предъявил паспорт, его данные совпадают с данными учетной записи"
        defaultChecked={state.values.documentShown === "on"}
        error={state.errors.documentShown}
      />
      <SubmitButton>Подтвердить личность</SubmitButton>
    </form>
  );
}
