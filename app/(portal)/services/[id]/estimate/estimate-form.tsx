"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { ErrorSummary, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  CATEGORY_OPTIONS,
  ESTIMATE_FIELDS,
  ESTIMATE_FIELD_LABELS,
  ESTIMATE_FORMS,
  GROUP_HOURS_OPTIONS,
  type EstimateField,
  type EstimateFormValues,
} from "@/lib/benefits/estimate-form";
import type { ServiceId } from "@/lib/benefits/services";
import { EMPTY_FORM } from "@/lib/forms/form-state";
import type { EstimateState } from "./actions";
import { EstimateResult } from "./estimate-result";

type Action = (state: EstimateState, data: FormData) => Promise<EstimateState>;

/**
 * The form posts to the server action natively, so it works with JavaScript off. With JavaScript
 * on, react-hook-form runs the same zod schema first and shows its messages without a round trip;
 * only valid figures are sent, and the server checks them again.
 */
export function EstimateForm({ serviceId, action, incomeMonths }: { serviceId: ServiceId; action: Action; incomeMonths: string }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM as EstimateState);
  const fields = ESTIMATE_FIELDS[serviceId];
  const shown = (field: EstimateField) => fields.includes(field);
  // The schemas read the flat strings the form posts; their outputs differ per service and only
  // the server uses them, so the browser's resolver is typed by the values alone.
  const resolver = zodResolver(ESTIMATE_FORMS[serviceId]) as unknown as Resolver<EstimateFormValues>;
  const form = useForm<EstimateFormValues>({ resolver, defaultValues: state.values, mode: "onSubmit", reValidateMode: "onChange" });
  const resultRef = useRef<HTMLElement>(null);
  const { errors: clientErrors, submitCount } = form.formState;

  // Which of the browser's submissions the server's state answers (0: one sent before the page's
  // script ran). Its messages stand until the browser checks the form again.
  const [answered, setAnswered] = useState(0);
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const message = clientErrors[field]?.message ?? (submitCount <= answered ? state.errors[field] : undefined);
    if (message) errors[field] = message;
  }

  useEffect(() => {
    if (state.estimate) resultRef.current?.focus();
  }, [state.estimate]);

  // Valid in the browser: post what the form holds to the server action, as the form itself would.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      // react-hook-form counts this submission once the handler returns.
      setAnswered(form.formState.submitCount + 1);
      startTransition(() => formAction(new FormData(element)));
    })(event);
  };
  const values = state.values;

  return (
    <>
      {state.estimate ? <EstimateResult ref={resultRef} estimate={state.estimate} /> : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
        <ErrorSummary errors={errors} labels={ESTIMATE_FIELD_LABELS} message={state.message} />
        {shown("childBirthDate") ? (
          <fieldset className="mt-6">
            <legend className="text-xl font-semibold">Ребенок и детский сад</legend>
            <TextField
              {...form.register("childBirthDate")}
              label={ESTIMATE_FIELD_LABELS.childBirthDate}
              hint="Ребенка, который посещает детский сад, в формате дд.мм.гггг"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-48"
              defaultValue={values.childBirthDate}
              error={errors.childBirthDate}
            />
            <TextField
              {...form.register("childrenCount")}
              label={ESTIMATE_FIELD_LABELS.childrenCount}
              hint="Вместе с этим ребенком. Учитываются дети до 18 лет и дети от 18 до 23 лет, обучающиеся по очной форме"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childrenCount}
              error={errors.childrenCount}
            />
            <TextField
              {...form.register("childOrder")}
              label={ESTIMATE_FIELD_LABELS.childOrder}
              hint="По дате рождения среди этих детей: старший — 1"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childOrder}
              error={errors.childOrder}
            />
            <SelectField
              {...form.register("groupHours")}
              label={ESTIMATE_FIELD_LABELS.groupHours}
              hint="Сколько часов в день работает группа — указано в договоре с детским садом"
              options={[{ value: "", label: "Выберите режим" }, ...GROUP_HOURS_OPTIONS]}
              defaultValue={values.groupHours ?? ""}
              error={errors.groupHours}
            />
            <TextField
              {...form.register("fee")}
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
              {...form.register("familySize")}
              label={ESTIMATE_FIELD_LABELS.familySize}
              hint="Вы, ваш супруг (супруга) и дети до 18 лет (до 23 лет — обучающиеся по очной форме)"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.familySize}
              error={errors.familySize}
            />
            <TextField
              {...form.register("income")}
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
              {...form.register("allowanceChildren")}
              label={ESTIMATE_FIELD_LABELS.allowanceChildren}
              hint="Дети до 16 лет, а также дети до 18 лет, которые учатся в школе"
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.allowanceChildren}
              error={errors.allowanceChildren}
            />
            <SelectField
              {...form.register("category")}
              label={ESTIMATE_FIELD_LABELS.category}
              hint="Для этих категорий пособие назначается в повышенном размере"
              options={CATEGORY_OPTIONS}
              defaultValue={values.category ?? "none"}
              error={errors.category}
            />
          </fieldset>
        ) : null}
        <SubmitButton>Рассчитать</SubmitButton>
      </form>
    </>
  );
}
