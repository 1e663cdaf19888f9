"use client";

import { useActionState } from "react";
import { CodeField, ErrorSummary, RadioGroup, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

// The confirmation page's forms. Each has its own idPrefix: several can be on the page at once.

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function MailOrderForm({ action, address, again }: { action: Action; address: string; again: boolean }) {
  const [state, formAction] = useActionState(action, { errors: {}, values: { address } });
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ address: "Почтовый адрес" }}
        message={state.message}
        idPrefix="mail-order"
      />
      <TextField
        idPrefix="mail-order"
        name="address"
        label="Почтовый адрес"
        hint="Индекс, регион, город или населенный пункт, улица, дом и квартира — куда доставить заказное письмо"
        autoComplete="street-address"
        required
        defaultValue={state.values.address ?? ""}
        error={state.errors.address}
        className="[&_input]:max-w-none"
      />
      <SubmitButton variant={again ? "secondary" : "primary"}>
        {again ? "Отправить письмо еще раз" : "Получить код письмом"}
      </SubmitButton>
    </form>
  );
}

export function MailCodeForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ code: "Код подтверждения" }}
        message={state.message}
        idPrefix="mail-code"
      />
      <CodeField
        label="Код подтверждения"
        idPrefix="mail-code"
        hint="8 цифр из заказного письма"
        maxLength={12}
        defaultValue={state.values.code ?? ""}
        error={state.errors.code}
      />
      <SubmitButton>Подтвердить</SubmitButton>
    </form>
  );
}

export function SignatureForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={state.errors}
        labels={{ means: "Средство подписи" }}
        message={state.message}
        idPrefix="signature"
      />
      <RadioGroup
        idPrefix="signature"
        name="means"
        legend="Средство подписи"
        options={[
          { value: "qes", label: "Квалифицированная электронная подпись (КЭП)" },
          { value: "uec", label: "Универсальная электронная карта (УЭК)" },
        ]}
        defaultValue={state.values.means}
        error={state.errors.means}
      />
      <SubmitButton>Подписать (имитация) и подтвердить личность</SubmitButton>
    </form>
  );
}
