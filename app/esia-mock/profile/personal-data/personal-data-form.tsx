"use client";

import { useActionState } from "react";
import { ErrorSummary, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

export const PERSONAL_DATA_LABELS = {
  lastName: "Фамилия",
  firstName: "Имя",
  middleName: "Отчество (если есть)",
  gender: "Пол",
  birthDate: "Дата рождения",
  birthPlace: "Место рождения",
  snils: "СНИЛС",
  citizenship: "Гражданство",
  passportSeries: "Серия",
  passportNumber: "Номер",
  passportIssueDate: "Дата выдачи",
  passportIssueId: "Код подразделения",
  passportIssuedBy: "Кем выдан",
} as const;

const L = PERSONAL_DATA_LABELS;

/**
 * «Заполните личные данные» (seed 000 section 3, seed 004): ФИО, пол, дата и место рождения, СНИЛС,
 * гражданство, паспорт; «Продолжить» starts the checks. Starts from `draft` (the account, or the
 * failed submission) and, after an error, from what was typed.
 */
export function PersonalDataForm({
  action,
  draft,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  draft: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, { errors: {}, values: draft });
  const { values, errors } = state;
  const text = (name: keyof typeof L, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name]} defaultValue={values[name] ?? ""} error={errors[name]} {...extra} />
  );
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} labels={L} message={state.message} />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Заполните личные данные</legend>
        {text("lastName", { autoComplete: "family-name", required: true })}
        {text("firstName", { autoComplete: "given-name", required: true })}
        {text("middleName", { autoComplete: "additional-name" })}
        <RadioGroup
          name="gender"
          legend={L.gender}
          options={[
            { value: "M", label: "Мужской" },
            { value: "F", label: "Женский" },
          ]}
          defaultValue={values.gender}
          error={errors.gender}
        />
        {text("birthDate", {
          hint: "дд.мм.гггг, например 14.03.1990",
          inputMode: "numeric",
          autoComplete: "bday",
          required: true,
          className: "[&_input]:max-w-48",
        })}
        {text("birthPlace", { hint: "Как в паспорте, например г. Казань", required: true })}
        {text("snils", {
          hint: "11 цифр: XXX-XXX-XXX XX",
          inputMode: "numeric",
          required: true,
          className: "[&_input]:max-w-60",
        })}
        <SelectField
          name="citizenship"
          label={L.citizenship}
          defaultValue={values.citizenship ?? "RUS"}
          error={errors.citizenship}
          options={[
            { value: "RUS", label: "Российская Федерация" },
            { value: "OTHER", label: "Другое государство" },
          ]}
        />
      </fieldset>

      <fieldset className="mt-8">
        <legend className="text-lg font-semibold">
          Документ, удостоверяющий личность: паспорт гражданина Российской Федерации
        </legend>
        <div className="flex flex-wrap gap-x-6">
          {text("passportSeries", {
            hint: "4 цифры",
            inputMode: "numeric",
            required: true,
            className: "[&_input]:max-w-32",
          })}
          {text("passportNumber", {
            hint: "6 цифр",
            inputMode: "numeric",
            required: true,
            className: "[&_input]:max-w-40",
          })}
        </div>
        {text("passportIssueDate", {
          hint: "дд.мм.гггг",
          inputMode: "numeric",
          required: true,
          className: "[&_input]:max-w-48",
        })}
        {text("passportIssueId", {
          hint: "6 цифр, например 160-005",
          inputMode: "numeric",
          required: true,
          className: "[&_input]:max-w-40",
        })}
        {text("passportIssuedBy", { hint: "Как написано в паспорте", required: true })}
      </fieldset>
      <SubmitButton>Продолжить</SubmitButton>
    </form>
  );
}
