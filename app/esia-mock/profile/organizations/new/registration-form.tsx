"use client";

import { useActionState } from "react";
import { ErrorSummary, RadioGroup, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

export const ORGANIZATION_LABELS = {
  type: "Кого вы регистрируете",
  ogrn: "ОГРН или ОГРНИП",
  inn: "ИНН",
  kpp: "КПП (для юридического лица)",
  fullName: "Полное наименование",
  shortName: "Сокращенное наименование",
  zipCode: "Почтовый индекс",
  legalAddress: "Адрес места нахождения",
  phone: "Телефон организации",
  email: "Электронная почта организации",
  position: "Ваша должность",
} as const;

const L = ORGANIZATION_LABELS;

/**
 * «Регистрация учетной записи юридического лица»: the head of a company (or an entrepreneur)
 * enters the state numbers and names; after an error the form starts from what was typed.
 */
export function OrganizationRegistrationForm({
  action,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, {
    errors: {},
    values: { type: "LEGAL", position: "Генеральный директор" },
  });
  const { values, errors } = state;
  const text = (name: Exclude<keyof typeof L, "type">, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name]} defaultValue={values[name] ?? ""} error={errors[name]} {...extra} />
  );
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} labels={L} message={state.message} order={Object.keys(L)} />
      <RadioGroup
        name="type"
        legend={L.type}
        options={[
          { value: "LEGAL", label: "Юридическое лицо" },
          { value: "BUSINESS", label: "Индивидуальный предприниматель" },
        ]}
        defaultValue={values.type}
        error={errors.type}
      />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Сведения из ЕГРЮЛ или ЕГРИП</legend>
        {text("ogrn", {
          hint: "13 цифр ОГРН или 15 цифр ОГРНИП",
          inputMode: "numeric",
          required: true,
          className: "[&_input]:max-w-60",
        })}
        {text("inn", {
          hint: "10 цифр для организации, 12 для предпринимателя",
          inputMode: "numeric",
          required: true,
          className: "[&_input]:max-w-60",
        })}
        {text("kpp", { hint: "9 знаков, предприниматель КПП не имеет", className: "[&_input]:max-w-48" })}
        {text("fullName", { hint: "Например: Общество с ограниченной ответственностью «Ромашка»", required: true })}
        {text("shortName", { hint: "Например: ООО «Ромашка»", required: true })}
        {text("zipCode", { inputMode: "numeric", autoComplete: "postal-code", className: "[&_input]:max-w-32" })}
        {text("legalAddress", {
          hint: "Как в выписке, например: Республика Татарстан, г. Казань, ул. Баумана, д. 19",
          required: true,
        })}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Контакты и ваша должность</legend>
        {text("phone", { hint: "Мобильный, например +7 917 000-00-01", inputMode: "tel", autoComplete: "tel" })}
        {text("email", { inputMode: "email", autoComplete: "email" })}
        {text("position", { hint: "Вы станете руководителем организации в ЕСИА", required: true })}
      </fieldset>
      <SubmitButton>Зарегистрировать</SubmitButton>
    </form>
  );
}
