"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { TextField } from "@/components/forms/fields";
import { PASSWORD_RULES, unmetPasswordRules } from "@/lib/validation/password";
import type ru from "@/messages/pages/ru.json";

/** The checklist's texts in the page's language: `registration.policy` of the catalogue. */
export type PasswordPolicyTexts = typeof ru.registration.policy;

// A new-password field with the password policy as its hint (PASSWORD_RULES). Without JavaScript
// the rules are a plain list; with it, each rule is ticked off as the person types. The password
// itself is never sent back by the server: after an error React resets the form, and the checklist
// starts over with it.

interface NewPasswordFieldProps {
  name?: string;
  label: string;
  error?: string | undefined;
  idPrefix?: string;
  texts: PasswordPolicyTexts;
}

export function NewPasswordField({ name = "password", label, error, idPrefix, texts }: NewPasswordFieldProps) {
  const [password, setPassword] = useState("");
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = wrapper.current?.querySelector("input")?.form;
    if (!form) return;
    const clear = () => setPassword("");
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);
  const unmet = new Set(unmetPasswordRules(password));
  const typed = password !== "";
  return (
    <div ref={wrapper}>
      <TextField
        name={name}
        label={label}
        type="password"
        autoComplete="new-password"
        mandatory
        idPrefix={idPrefix}
        error={error}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setPassword(event.target.value)}
        hint={
          <>
            <span className="block">{texts.title}</span>
            {PASSWORD_RULES.map(({ rule }) => {
              const met = typed && !unmet.has(rule);
              return (
                <span
                  key={rule}
                  className={`block ${met ? "text-green-800" : ""}`}
                  data-rule={rule}
                  data-met={met ? "true" : "false"}
                >
                  <span aria-hidden="true">{met ? "✓ " : "• "}</span>
                  {texts[rule]}
                  {typed ? <span className="sr-only">{met ? texts.met : texts.unmet}</span> : null}
                </span>
              );
            })}
          </>
        }
      />
    </div>
  );
}

/** The new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields({
  labels,
  errors,
  texts,
}: {
  labels: { password: string; passwordConfirmation: string };
  errors: Partial<Record<"password" | "passwordConfirmation", string>>;
  texts: PasswordPolicyTexts;
}) {
  return (
    <>
      <NewPasswordField label={labels.password} error={errors.password} texts={texts} />
      <TextField
        name="passwordConfirmation"
        label={labels.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        mandatory
        error={errors.passwordConfirmation}
      />
    </>
  );
}
