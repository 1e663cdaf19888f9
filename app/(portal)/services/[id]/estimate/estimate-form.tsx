"use client";

import { useActionState, useEffect, useRef } from "react";
import { EnhancedForm, type FormSchema } from "@/components/forms/enhanced-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  CATEGORY_OPTIONS,
  ESTIMATE_FIELDS,
  ESTIMATE_FIELD_LABELS,
  ESTIMATE_FORMS,
  GROUP_HOURS_OPTIONS,
  type EstimateField,
} from "@/lib/benefits/estimate-form";
import type { ServiceId } from "@/lib/benefits/services";
import { EMPTY_FORM } from "@/lib/forms/form-state";
import type { EstimateState } from "./actions";
import { EstimateResult } from "./estimate-result";

type Action = (state: EstimateState, data: FormData) => Promise<EstimateState>;

/**
 * The form posts to the server action natively, so it works with JavaScript off. With JavaScript
 * on, EnhancedForm runs the same zod schema first and shows its messages without a round trip;
 * only valid figures are sent, and the server checks them again. The figures are flat names.
 */
export function EstimateForm({
  serviceId,
  action,
  incomeMonths,
}: {
  serviceId: ServiceId;
  action: Action;
  incomeMonths: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM as EstimateState);
  const fields = ESTIMATE_FIELDS[serviceId];
  const shown = (field: EstimateField) => fields.includes(field);
  const resultRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (state.estimate) resultRef.current?.focus();
  }, [state.estimate]);
  const { values, errors } = state;

  return (
    <>
      {state.estimate ? <EstimateResult ref={resultRef} estimate={state.estimate} /> : null}
      <EnhancedForm
        key={state.revision ?? 0}
        // The schemas' outputs differ per service and only the server uses them; the browser checks input.
        loadSchema={() => Promise.resolve(ESTIMATE_FORMS[serviceId] as unknown as FormSchema)}
        state={state}
        action={formAction}
        labels={ESTIMATE_FIELD_LABELS}
        className="mt-6"
      >
        {shown("childBirthDate") ? (
          <fieldset className="mt-6">
            <legend className="text-xl font-semibold">Ребенок и детский сад</legend>
            <TextField
              name="childBirthDate"
              label={ESTIMATE_FIELD_LABELS.childBirthDate}
              hint="Ребенка, который посещает детский сад, в формате дд.мм.гггг"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-48"
              defaultValue={values.childBirthDate}
              error={errors.childBirthDate}
            />
            <TextField
              name="childrenCount"
              label={ESTIMATE_FIELD_LABELS.childrenCount}
              hint="Вместе с этим ребенком. Учитываются дети до 18 лет и дети от 18 до 23 лет, обучающиеся по очной форме"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childrenCount}
              error={errors.childrenCount}
            />
            <TextField
              name="childOrder"
              label={ESTIMATE_FIELD_LABELS.childOrder}
              hint="По дате рождения среди этих детей: старший — 1"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childOrder}
              error={errors.childOrder}
            />
            <SelectField
              name="groupHours"
              label={ESTIMATE_FIELD_LABELS.groupHours}
              hint="Сколько часов в день работает группа — указано в договоре с детским садом"
              options={[{ value: "", label: "Выберите режим" }, ...GROUP_HOURS_OPTIONS]}
              defaultValue={values.groupHours ?? ""}
              error={errors.groupHours}
            />
            <TextField
              name="fee"
              label={ESTIMATE_FIELD_LABELS.fee}
              hint="Сколько детский сад начисляет за месяц, например 2 500 или 2 500,50"
              mandatory
              inputMode="decimal"
              className="[&_input]:max-w-48"
              defaultValue={values.fee}
              error={errors.fee}
            />
          </fieldset>
        ) : null}
        {shown("familySize") ? (
          <fieldset className="mt-6">
            <legend className="text-xl font-semibold">Семья и доходы</legend>
            <TextField
              name="familySize"
              label={ESTIMATE_FIELD_LABELS.familySize}
              hint="Вы, ваш супруг (супруга) и дети до 18 лет (до 23 лет — обучающиеся по очной форме)"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.familySize}
              error={errors.familySize}
            />
            <TextField
              name="income"
              label={ESTIMATE_FIELD_LABELS.income}
              hint={`Общий доход всех членов семьи за ${incomeMonths}: заработная плата, пенсии, пособия, стипендии, алименты и иные доходы`}
              mandatory
              inputMode="decimal"
              className="[&_input]:max-w-48"
              defaultValue={values.income}
              error={errors.income}
            />
          </fieldset>
        ) : null}
        {shown("allowanceChildren") ? (
          <fieldset className="mt-6">
            <legend className="text-xl font-semibold">Дети</legend>
            <TextField
              name="allowanceChildren"
              label={ESTIMATE_FIELD_LABELS.allowanceChildren}
              hint="Дети до 16 лет, а также дети до 18 лет, которые учатся в школе"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.allowanceChildren}
              error={errors.allowanceChildren}
            />
            <SelectField
              name="category"
              label={ESTIMATE_FIELD_LABELS.category}
              hint="Для этих категорий пособие назначается в повышенном размере"
              options={CATEGORY_OPTIONS}
              defaultValue={values.category ?? "none"}
              error={errors.category}
            />
          </fieldset>
        ) : null}
        <SubmitButton>Рассчитать</SubmitButton>
      </EnhancedForm>
    </>
  );
}
