"use client";

import { useActionState } from "react";
import { ErrorSummary, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

const LABELS = { serviceId: "Услуга", channel: "Как поступило заявление", receivedOn: "Дата поступления" };

export function PaperStartForm({
  action,
  services,
  channels,
  today,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  services: { value: string; label: string }[];
  channels: { value: string; label: string }[];
  today: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.errors} labels={LABELS} />
      <SelectField
        name="serviceId"
        label={LABELS.serviceId}
        options={[{ value: "", label: "Выберите услугу" }, ...services]}
        defaultValue={state.values.serviceId ?? ""}
        error={state.errors.serviceId}
      />
      <RadioGroup
        name="channel"
        legend={LABELS.channel}
        options={channels}
        defaultValue={state.values.channel ?? "in_person"}
        error={state.errors.channel}
        mandatory
      />
      <TextField
        name="receivedOn"
        label={LABELS.receivedOn}
        hint="ДД.ММ.ГГГГ, по штампу или журналу регистрации"
        inputMode="numeric"
        mandatory
        defaultValue={state.values.receivedOn ?? today}
        error={state.errors.receivedOn}
      />
      <div className="mt-6">
        <SubmitButton>Начать ввод заявления</SubmitButton>
      </div>
    </form>
  );
}
