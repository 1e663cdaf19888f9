"use client";

import { useActionState } from "react";
import { ErrorSummary, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

const LABELS = {
  login: "Логин",
  fullName: "Фамилия, имя, отчество",
  role: "Роль",
  territoryId: "Территориальный орган",
  password: "Временный пароль",
  passwordConfirmation: "Повторите пароль",
};

export function NewStaffForm({
  action,
  roles,
  territories,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  roles: { value: string; label: string }[];
  territories: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} message={state.message} labels={LABELS} />
      <TextField
        name="login"
        label={LABELS.login}
        hint="Строчные латинские буквы, цифры и знаки . _ -, например kazan.ivanova"
        autoCapitalize="none"
        spellCheck={false}
        mandatory
        defaultValue={state.values.login}
        error={state.errors.login}
      />
      <TextField
        name="fullName"
        label={LABELS.fullName}
        mandatory
        defaultValue={state.values.fullName}
        error={state.errors.fullName}
      />
      <SelectField
        name="role"
        label={LABELS.role}
        options={roles}
        defaultValue={state.values.role ?? "caseworker"}
        error={state.errors.role}
      />
      <SelectField
        name="territoryId"
        label={LABELS.territoryId}
        hint="Для специалиста и руководителя — обязательно; у администратора не заполняется"
        options={[{ value: "", label: "— не выбран —" }, ...territories]}
        defaultValue={state.values.territoryId ?? ""}
        error={state.errors.territoryId}
      />
      <TextField
        name="password"
        label={LABELS.password}
        hint="Не менее 12 символов: строчные и заглавные латинские буквы и цифры. Сообщите его сотруднику лично; при первом входе он заменит пароль своим."
        type="password"
        autoComplete="new-password"
        mandatory
        error={state.errors.password}
      />
      <TextField
        name="passwordConfirmation"
        label={LABELS.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        mandatory
        error={state.errors.passwordConfirmation}
      />
      <SubmitButton>Создать учетную запись</SubmitButton>
    </form>
  );
}
