"use client";

import { useActionState, useState } from "react";
import { ErrorSummary, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";
import { PASSWORD_RULES, unmetPasswordRules } from "@/lib/validation/password";

const LABELS = { password: "Пароль", passwordRepeat: "Повторите пароль" };

/**
 * The password, twice, with ESIA's policy listed under the first field. With JavaScript the list
 * ticks off the rules as the person types; without it, it is the same list, and the server says
 * which rules are unmet. Passwords are never sent back to the page.
 */
export function PasswordForm({
  action,
  id,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const [typed, setTyped] = useState<string | null>(null);
  const unmet = typed === null ? null : new Set(unmetPasswordRules(typed));
  const policy = (
    <>
      Пароль должен содержать:
      {PASSWORD_RULES.map(({ rule, label }) => {
        const met = unmet !== null && !unmet.has(rule);
        return (
          <span key={rule} className={`block ${met ? "text-green-800" : ""}`}>
            <span aria-hidden="true">{met ? "✓ " : "• "}</span>
            {label}
            {met ? <span className="sr-only"> — выполнено</span> : null}
          </span>
        );
      })}
    </>
  );
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} labels={LABELS} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <TextField
        name="password"
        label={LABELS.password}
        type="password"
        autoComplete="new-password"
        required
        hint={policy}
        error={state.errors.password}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      <TextField
        name="passwordRepeat"
        label={LABELS.passwordRepeat}
        type="password"
        autoComplete="new-password"
        required
        error={state.errors.passwordRepeat}
      />
      <SubmitButton>Сохранить</SubmitButton>
    </form>
  );
}
