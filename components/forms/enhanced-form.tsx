"use client";

import { startTransition, useRef, useState, type ReactNode } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { submittedValues, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary, FieldEnhancementContext, useFormFrameWords, type FieldEnhancement } from "./fields";
import type { BridgeState } from "./form-bridge";

// A server-action form that react-hook-form checks in the browser first, with the same zod
// schema the server action uses. Without JavaScript the form posts as it is and the server
// answers with the same messages. Only the buttons that move on (validateIntents) are checked
// here: «Сохранить черновик», «Назад» and adding a row save what is typed, whatever it is.
//
// react-hook-form, the schema, zod and its resolver are loaded when the person first works in the
// form (focus, input or a submit), not with the page: they are most of a form's JavaScript, and
// the server checks everything again anyway. Until they have arrived the form is a plain form:
// a submit goes to the server action as without JavaScript. When they arrive, the fields stay the
// same elements (the form bridge renders nothing and hands react-hook-form up), so focus stays
// where it is and the values start from what the form holds then.

/** The form's field names top to bottom. */
function fieldOrder(form: HTMLFormElement): string[] {
  return [...new Set(Array.from(form.elements, (element) => (element as HTMLInputElement).name).filter(Boolean))];
}

export type FormSchema = z.ZodType<unknown, Record<string, unknown>>;

type Bridge = typeof import("./form-bridge").FormBridge;
type ZodResolverModule = typeof import("@hookform/resolvers/zod");

/** One import of the bridge for every form of the page; a failed one is tried again next time. */
let loadedBridge: Bridge | null = null;
let bridgeImport: Promise<Bridge> | null = null;
function importBridge(): Promise<Bridge> {
  return (bridgeImport ??= import("./form-bridge").then(
    (module) => (loadedBridge = module.FormBridge),
    (error: unknown) => {
      bridgeImport = null;
      throw error;
    },
  ));
}

/** The schema's check for react-hook-form, its modules loaded on the first `load`. */
function schemaCheck(loadSchema: () => Promise<FormSchema>) {
  let loading: Promise<[ZodResolverModule, FormSchema]> | null = null;
  const load = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).catch((error: unknown) => {
      loading = null; // tried again next time
      throw error;
    }));
  const resolver: Resolver<FieldValues> = async (values, context, options) => {
    let loaded: [ZodResolverModule, FormSchema];
    try {
      loaded = await load();
    } catch {
      // No schema (the network went away): the form goes to the server, which checks it.
      return { values, errors: {} };
    }
    const [{ zodResolver }, schema] = loaded;
    return (zodResolver(schema as never) as unknown as Resolver<FieldValues>)(values, context, options);
  };
  return { load, resolver };
}

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
  const formRef = useRef<HTMLFormElement>(null);
  // A form is mounted afresh for each answer of the server (its key), so what it is given first stands.
  const [check] = useState(() => schemaCheck(loadSchema));
  // react-hook-form's values to start from: what the form holds when the bridge arrives (typed
  // before it did), or the answer's values when the bridge is there with the form's first render.
  const [startValues] = useState(
    () => () => nest(formRef.current ? submittedValues(new FormData(formRef.current)) : state.values),
  );
  const [FormBridge, setFormBridge] = useState<Bridge | null>(() => loadedBridge);
  const [hookForm, setHookForm] = useState<BridgeState | null>(null);
  const enhance = () => {
    void check.load().catch(() => undefined);
    if (!FormBridge)
      void importBridge().then(
        (bridge) => setFormBridge(() => bridge),
        () => undefined,
      );
  };

  const [failedChecks, setFailedChecks] = useState(0);
  // The page order of the fields for the summary: the posted names (page order too) until the
  // form is used, then the form's own elements, read in its event handlers.
  const [order, setOrder] = useState(() => Object.keys(state.values));
  const readOrder = (form: HTMLFormElement) => {
    const names = fieldOrder(form);
    if (names.join() !== order.join()) setOrder(names);
  };
  const clientErrors = hookForm?.errors ?? {};
  const checkedAll = hookForm !== null && (hookForm.submitCount > 0 || Object.keys(clientErrors).length > 0);

  const enhancement: FieldEnhancement = {
    register: (name) => (hookForm ? hookForm.form.register(name) : {}),
    error: (name, serverError) =>
      clientErrors[name] ?? (hookForm?.form.getFieldState(name).isTouched ? undefined : serverError),
  };
  const summary = checkedAll ? clientErrors : { ...state.errors, ...clientErrors };
  const failed = Object.keys(summary).length > 0 || Boolean(state.message);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    readOrder(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (validateIntents && (!submitter || !validateIntents.includes(submitter.value))) return;
    // Before react-hook-form has arrived the form goes to the server action, as without JavaScript.
    if (!hookForm) {
      enhance();
      return;
    }
    // Checked here first; when it passes, the same data (with the pressed button) goes to the action.
    const element = event.currentTarget;
    event.preventDefault();
    void hookForm.form.handleSubmit(
      () => {
        const data = new FormData(element, submitter);
        startTransition(() => action(data));
      },
      () => setFailedChecks((count) => count + 1),
    )();
  }

  return (
    <FieldEnhancementContext.Provider value={enhancement}>
      {FormBridge ? <FormBridge defaultValues={startValues} resolver={check.resolver} onChange={setHookForm} /> : null}
      <form
        ref={formRef}
        action={action}
        onSubmit={onSubmit}
        onFocus={enhance}
        onInput={enhance}
        onBlur={(event) => readOrder(event.currentTarget)}
        noValidate
        encType={encType}
        className={className}
        // Marks a form whose browser checks run (react-hook-form has arrived); the e2e tests wait for it.
        data-enhanced={hookForm ? "" : undefined}
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
