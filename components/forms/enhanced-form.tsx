"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useMemo, useState, type ReactNode } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { nestValues } from "@/lib/applications/steps";
import { ErrorSummary, FieldEnhancementContext, type FieldEnhancement } from "./fields";

// A server-action form that react-hook-form checks in the browser first, with the same zod
// schema the server action uses. Without JavaScript the form posts as it is and the server
// answers with the same messages. Only the buttons that move on (validateIntents) are checked
// here: «Сохранить черновик», «Назад» and adding a row save what is typed, whatever it is.

function flatten(errors: FieldErrors, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string" && (value as { message: string }).message) {
      flat[path] = (value as { message: string }).message;
    } else {
      Object.assign(flat, flatten(value as FieldErrors, path));
    }
  }
  return flat;
}

/** The form's field names top to bottom. */
function fieldOrder(form: HTMLFormElement): string[] {
  return [...new Set(Array.from(form.elements, (element) => (element as HTMLInputElement).name).filter(Boolean))];
}

interface EnhancedFormProps {
  schema: z.ZodType<unknown, Record<string, unknown>>;
  state: FormState;
  action: (formData: FormData) => void;
  /** Submit-button values (name="intent") that need valid input. */
  validateIntents: readonly string[];
  labels?: Record<string, string>;
  encType?: "multipart/form-data";
  children: ReactNode;
}

export function EnhancedForm({ schema, state, action, validateIntents, labels, encType, children }: EnhancedFormProps) {
  const defaultValues = useMemo(() => nestValues(state.values), [state.values]);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues,
    mode: "onTouched",
    shouldUnregister: false,
    // The error summary takes focus (GOV.UK), not the first field with the summary off screen.
    shouldFocusError: false,
  });
  const [failedChecks, setFailedChecks] = useState(0);
  // The page order of the fields for the summary: the posted names (page order too) until the
  // form is used, then the form's own elements, read in its event handlers.
  const [order, setOrder] = useState(() => Object.keys(state.values));
  const readOrder = (form: HTMLFormElement) => {
    const names = fieldOrder(form);
    if (names.join() !== order.join()) setOrder(names);
  };
  const clientErrors = flatten(form.formState.errors);
  const checkedAll = form.formState.submitCount > 0 || Object.keys(clientErrors).length > 0;

  const enhancement: FieldEnhancement = {
    register: (name) => form.register(name),
    error: (name, serverError) => clientErrors[name] ?? (form.getFieldState(name).isTouched ? undefined : serverError),
  };
  const summary = checkedAll ? clientErrors : { ...state.errors, ...clientErrors };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    readOrder(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter || !validateIntents.includes(submitter.value)) return;
    // Checked here first; when it passes, the same data (with the pressed button) goes to the action.
    const element = event.currentTarget;
    event.preventDefault();
    void form.handleSubmit(
      () => {
        const data = new FormData(element, submitter);
        startTransition(() => action(data));
      },
      () => setFailedChecks((count) => count + 1),
    )();
  }

  return (
    <FieldEnhancementContext.Provider value={enhancement}>
      <form action={action} onSubmit={onSubmit} onBlur={(event) => readOrder(event.currentTarget)} noValidate encType={encType}>
        <ErrorSummary errors={summary} labels={labels} message={state.message} order={order} focusKey={failedChecks} />
        {children}
      </form>
    </FieldEnhancementContext.Provider>
  );
}
