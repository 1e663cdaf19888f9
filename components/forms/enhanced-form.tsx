"use client";

import { startTransition, useMemo, useRef, useState, type ReactNode } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary, FieldEnhancementContext, useFormFrameWords, type FieldEnhancement } from "./fields";

// A server-action form that react-hook-form checks in the browser first, with the same zod
// schema the server action uses. Without JavaScript the form posts as it is and the server
// answers with the same messages. Only the buttons that move on (validateIntents) are checked
// here: «Сохранить черновик», «Назад» and adding a row save what is typed, whatever it is.
//
// The schema (and zod and its resolver with it) is loaded when the person first works in the form, not with the
// page: it is most of a form's JavaScript, and the server checks everything again anyway.

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

export type FormSchema = z.ZodType<unknown, Record<string, unknown>>;

interface EnhancedFormProps {
  /** The form's zod schema, loaded on first use: `() => import("…").then((m) => m.schema)`. */
  loadSchema: () => Promise<FormSchema>;
  /** The posted flat names as the schema reads them ("children.0.name" into lists, for instance). */
  nest?: (values: Record<string, string>) => Record<string, unknown>;
  state: FormState;
  action: (formData: FormData) => void;
  /** Submit-button values (name="intent") that need valid input; without it, every submit does. */
  validateIntents?: readonly string[];
  labels?: Record<string, string>;
  encType?: "multipart/form-data";
  className?: string;
  /**
   * The page's whole title, when its metadata has none (`title: null`): the form renders the
   * `<title>` (React 19 puts it into `<head>`), «Ошибка: » first while the error summary is
   * shown, so the page the server answers a post without JavaScript with is titled so too.
   */
  pageTitle?: string;
  children: ReactNode;
}

const flat = (values: Record<string, string>) => values;

export function EnhancedForm({
  loadSchema,
  nest = flat,
  state,
  action,
  validateIntents,
  labels,
  encType,
  className,
  pageTitle,
  children,
}: EnhancedFormProps) {
  const words = useFormFrameWords();
  const defaultValues = useMemo(() => nest(state.values), [nest, state.values]);
  const schema = useRef<Promise<[typeof import("@hookform/resolvers/zod"), FormSchema]> | null>(null);
  const load = () =>
    (schema.current ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).catch((error: unknown) => {
      schema.current = null; // tried again next time
      throw error;
    }));
  const resolver: Resolver<FieldValues> = async (values, context, options) => {
    let loaded: [typeof import("@hookform/resolvers/zod"), FormSchema];
    try {
      loaded = await load();
    } catch {
      // No schema (the network went away): the form goes to the server, which checks it.
      return { values, errors: {} };
    }
    const [{ zodResolver }, loadedSchema] = loaded;
    return (zodResolver(loadedSchema as never) as unknown as Resolver<FieldValues>)(values, context, options);
  };
  const form = useForm<FieldValues>({
    resolver,
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
  const failed = Object.keys(summary).length > 0 || Boolean(state.message);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    readOrder(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (validateIntents && (!submitter || !validateIntents.includes(submitter.value))) return;
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
      <form
        action={action}
        onSubmit={onSubmit}
        onFocus={() => void load().catch(() => undefined)}
        onBlur={(event) => readOrder(event.currentTarget)}
        noValidate
        encType={encType}
        className={className}
      >
        {pageTitle !== undefined ? <title>{`${failed ? words.errorPrefix : ""}${pageTitle}`}</title> : null}
        <ErrorSummary
          errors={summary}
          labels={labels}
          message={state.message}
          order={order}
          focusKey={failedChecks}
          prefixTitle={pageTitle === undefined}
        />
        {children}
      </form>
    </FieldEnhancementContext.Provider>
  );
}
