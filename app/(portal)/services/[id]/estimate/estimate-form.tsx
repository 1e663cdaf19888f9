"use client";

import { useActionState, useEffect, useRef } from "react";
import type { z } from "zod";
import { EnhancedForm, type FormSchema } from "@/components/forms/enhanced-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ESTIMATE_FIELDS, type EstimateField } from "@/lib/benefits/estimate-fields";
import type { ServiceId } from "@/lib/benefits/services";
import { EMPTY_FORM } from "@/lib/forms/form-state";
import type { FieldMessageTable } from "@/lib/i18n/field-messages-translator";
import type ru from "@/messages/pages/ru.json";
import type { EstimateState } from "./actions";
import { EstimateResult } from "./estimate-result";

type Action = (state: EstimateState, data: FormData) => Promise<EstimateState>;
type Option = { value: string; label: string };

/** The texts of the form and its result in the page's language (the page reads the catalogue). */
export interface EstimateTexts {
  labels: Record<EstimateField, string>;
  form: Record<keyof typeof ru.estimate.form, string>;
  hoursOptions: Option[];
  categoryOptions: Option[];
  result: Record<keyof typeof ru.estimate.result, string>;
}

/**
 * The form posts to the server action natively, so it works with JavaScript off. With JavaScript
 * on, EnhancedForm runs the same zod schema first and shows its messages without a round trip;
 * only valid figures are sent, and the server checks them again. The figures are flat names.
 */
export function EstimateForm({
  serviceId,
  action,
  texts,
  messages,
}: {
  serviceId: ServiceId;
  action: Action;
  texts: EstimateTexts;
  /** The table that puts the schema's messages into the page's language; null in Russian. */
  messages: FieldMessageTable | null;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM as EstimateState);
  const fields = ESTIMATE_FIELDS[serviceId];
  const shown = (field: EstimateField) => fields.includes(field);
  const resultRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (state.estimate) resultRef.current?.focus();
  }, [state.estimate]);
  const { values, errors } = state;
  // The schemas (and zod with them) load when the person first works in the form, as a step's do.
  const loadSchema = () =>
    Promise.all([
      import("@/lib/benefits/estimate-form"),
      import("@/lib/forms/translated-schema"),
      import("@/lib/i18n/field-messages-translator"),
    ]).then(
      ([{ ESTIMATE_FORMS }, { translatedSchema }, { fieldMessageTranslator }]) =>
        translatedSchema(
          ESTIMATE_FORMS[serviceId] as z.ZodType<unknown>,
          fieldMessageTranslator(messages),
        ) as unknown as FormSchema,
    );
  const L = texts.labels;
  const f = texts.form;

  return (
    <>
      {state.estimate ? <EstimateResult ref={resultRef} estimate={state.estimate} texts={texts.result} /> : null}
      <EnhancedForm
        key={state.revision ?? 0}
        // The schemas' outputs differ per service and only the server uses them; the browser checks input.
        loadSchema={loadSchema}
        state={state}
        action={formAction}
        labels={L}
        className="mt-6"
      >
        {shown("childBirthDate") ? (
          <fieldset className="mt-6">
            <legend className="text-xl font-semibold">{f.childSection}</legend>
            <TextField
              name="childBirthDate"
              label={L.childBirthDate}
              hint={f.childBirthDateHint}
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-48"
              defaultValue={values.childBirthDate}
              error={errors.childBirthDate}
            />
            <TextField
              name="childrenCount"
              label={L.childrenCount}
              hint={f.childrenCountHint}
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childrenCount}
              error={errors.childrenCount}
            />
            <TextField
              name="childOrder"
              label={L.childOrder}
              hint={f.childOrderHint}
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.childOrder}
              error={errors.childOrder}
            />
            <SelectField
              name="groupHours"
              label={L.groupHours}
              hint={f.groupHoursHint}
              options={[{ value: "", label: f.chooseHours }, ...texts.hoursOptions]}
              defaultValue={values.groupHours ?? ""}
              error={errors.groupHours}
            />
            <TextField
              name="fee"
              label={L.fee}
              hint={f.feeHint}
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
            <legend className="text-xl font-semibold">{f.familySection}</legend>
            <TextField
              name="familySize"
              label={L.familySize}
              hint={f.familySizeHint}
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.familySize}
              error={errors.familySize}
            />
            <TextField
              name="income"
              label={L.income}
              hint={f.incomeHint}
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
            <legend className="text-xl font-semibold">{f.childrenSection}</legend>
            <TextField
              name="allowanceChildren"
              label={L.allowanceChildren}
              hint={f.allowanceChildrenHint}
              mandatory
              inputMode="numeric"
              className="[&_input]:max-w-24"
              defaultValue={values.allowanceChildren}
              error={errors.allowanceChildren}
            />
            <SelectField
              name="category"
              label={L.category}
              hint={f.categoryHint}
              options={texts.categoryOptions}
              defaultValue={values.category ?? "none"}
              error={errors.category}
            />
          </fieldset>
        ) : null}
        <SubmitButton>{f.submit}</SubmitButton>
      </EnhancedForm>
    </>
  );
}
