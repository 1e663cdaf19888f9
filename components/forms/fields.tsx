"use client";

import { fieldId } from "@/lib/forms/field-id";
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

// Form controls that show their label, hint and error beside the field, wired for screen readers
// (aria-describedby, aria-invalid). They are uncontrolled and take defaultValue from the form
// state, so a re-rendered form keeps everything the person typed.
//
// Inside an EnhancedForm (components/forms/enhanced-form.tsx) they also register with
// react-hook-form, which checks them in the browser with the server's own zod schema; without
// JavaScript they are plain inputs and the server action answers the same messages.

export interface FieldEnhancement {
  register: (name: string) => Record<string, unknown>;
  /** The message to show: the browser's check once it has run for the field, else the server's. */
  error: (name: string, serverError: string | undefined) => string | undefined;
}

export const FieldEnhancementContext = createContext<FieldEnhancement | null>(null);

function useEnhancement(
  name: string,
  serverError: string | undefined,
): { props: Record<string, unknown>; error: string | undefined } {
  const enhancement = useContext(FieldEnhancementContext);
  if (!enhancement) return { props: {}, error: serverError };
  return { props: enhancement.register(name), error: enhancement.error(name, serverError) };
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /**
   * Marks the field required as on the leaflet: a * drawn by CSS (so the label still names the
   * field exactly, «Имя», and screen readers hear "required" from the attribute, not "star").
   * Forms are noValidate: the server action decides what is really missing.
   */
  mandatory?: boolean;
  idPrefix?: string;
}

/**
 * The words the form frame itself says (the hidden «Ошибка: » before a message, the error
 * summary's title), in the page's language: the root layout provides them from the catalogue
 * (`form.errorPrefix`, `form.summaryTitle`, `form.failedTitle`), a form step its own.
 */
export interface FormFrameWords {
  errorPrefix: string;
  summaryTitle: string;
  failedTitle: string;
}

export const FormFrameWordsContext = createContext<FormFrameWords | null>(null);

export function FormFrameWordsProvider({ words, children }: { words: FormFrameWords; children: ReactNode }) {
  return <FormFrameWordsContext.Provider value={words}>{children}</FormFrameWordsContext.Provider>;
}

export function useFormFrameWords(): FormFrameWords {
  const words = useContext(FormFrameWordsContext);
  if (!words) throw new Error("FormFrameWordsProvider is missing above the form");
  return words;
}

/** The message beside a field; its id is what the field's aria-describedby names. */
function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  const words = useFormFrameWords();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">{words.errorPrefix}</span>
      {error}
    </p>
  );
}

/** The leaflet's * after a mandatory field's label, with empty alternative text for screen readers. */
const STAR = "after:content-['*'_/_'']";

/** Label, hint and error above a control, with the ids its aria-describedby names. */
function FieldHead({
  id,
  label,
  hint,
  error,
  mandatory,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  mandatory?: boolean | undefined;
}) {
  return (
    <>
      <label htmlFor={id} className={`block font-semibold ${mandatory ? STAR : ""}`}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export { fieldId };

export function TextField({
  name,
  label,
  hint,
  error: serverError,
  mandatory,
  idPrefix,
  className,
  ...input
}: TextFieldProps) {
  const id = fieldId(name, idPrefix);
  const { props, error } = useEnhancement(name, serverError);
  return (
    <div className={`mt-4 ${className ?? ""}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} mandatory={mandatory} />
      <input
        id={id}
        name={name}
        required={mandatory || input.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`mt-1 block w-full max-w-md rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...input}
        {...props}
      />
    </div>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  mandatory?: boolean;
  idPrefix?: string;
}

/** Several lines of text (a comment, a message to the applicant), wired like TextField. */
export function TextAreaField({
  name,
  label,
  hint,
  error: serverError,
  mandatory,
  idPrefix,
  ...textarea
}: TextAreaFieldProps) {
  const id = fieldId(name, idPrefix);
  const { props, error } = useEnhancement(name, serverError);
  return (
    <div className="mt-4">
      <FieldHead id={id} label={label} hint={hint} error={error} mandatory={mandatory} />
      <textarea
        id={id}
        name={name}
        rows={3}
        required={mandatory}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`mt-1 block w-full max-w-2xl rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...textarea}
        {...props}
      />
    </div>
  );
}

/** «Код подтверждения»: the one-time code from an SMS, e-mail or letter, in every code form. */
export function CodeField({
  label,
  hint,
  maxLength,
  defaultValue,
  error,
  idPrefix,
}: {
  /** «Код подтверждения», in the page's language. */
  label: string;
  hint: ReactNode;
  maxLength: number;
  defaultValue?: string | undefined;
  error?: string | undefined;
  idPrefix?: string;
}) {
  return (
    <TextField
      idPrefix={idPrefix}
      name="code"
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={maxLength}
      mandatory
      className="[&_input]:max-w-48"
      defaultValue={defaultValue}
      error={error}
    />
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  error?: string;
  /** A required choice: the same * as TextField's. */
  mandatory?: boolean;
  idPrefix?: string;
}

/** A drop-down list wired like TextField; uncontrolled, so a re-rendered form keeps the choice. */
export function SelectField({
  name,
  label,
  options,
  hint,
  error: serverError,
  mandatory,
  idPrefix,
  className,
  ...select
}: SelectFieldProps) {
  const id = fieldId(name, idPrefix);
  const { props, error } = useEnhancement(name, serverError);
  return (
    <div className={`mt-4 ${className ?? ""}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} mandatory={mandatory} />
      <select
        id={id}
        name={name}
        required={mandatory}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...select}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type"> {
  name: string;
  label: ReactNode;
  error?: string;
  idPrefix?: string;
}

export function Checkbox({ name, label, error: serverError, idPrefix, ...input }: CheckboxProps) {
  const id = fieldId(name, idPrefix);
  const { props, error } = useEnhancement(name, serverError);
  // With an error the box and its message share a red left border (GOV.UK): the message sits
  // with its own box, not between two boxes where it reads as the one above's.
  return (
    <div className={`mt-4 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <FieldError id={id} error={error} />
      <label htmlFor={id} className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="on"
          className="mt-1 h-5 w-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...input}
          {...props}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}

interface ChoiceProps {
  name: string;
  legend: string;
  /** Shown under the legend, e.g. the «Заполнено из ЕСИА» mark: never part of the legend itself. */
  hint?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  mandatory?: boolean;
  idPrefix?: string;
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
  defaultValue,
  error: serverError,
  mandatory,
  idPrefix,
}: ChoiceProps) {
  const id = fieldId(name, idPrefix);
  const { props, error } = useEnhancement(name, serverError);
  return (
    <fieldset className="mt-4" aria-describedby={describedBy(id, hint, error)}>
      <legend className={`font-semibold ${mandatory ? STAR : ""}`}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              id={index === 0 ? id : undefined}
              className="h-5 w-5"
              {...props}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The errors in the order their fields stand on the page: `order` lists the form's field names
 * top to bottom (the form's elements in the browser, the posted names on the server); names not
 * in it keep their place after the others.
 */
export function inPageOrder(errors: Record<string, string>, order: readonly string[]): [string, string][] {
  const position = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return Object.entries(errors)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => position(a.entry[0]) - position(b.entry[0]) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * The summary's errors in page order. Without an explicit order the labels' own order stands for
 * the page's: the forms list their labels top to bottom.
 */
export function summaryEntries(
  errors: Record<string, string>,
  labels: Record<string, string> | undefined,
  order: readonly string[],
): [string, string][] {
  return inPageOrder(errors, order.length > 0 ? order : Object.keys(labels ?? {}));
}

/**
 * The list of problems at the top of a form, each a link to its field (GOV.UK's error summary).
 * It takes focus when it appears — autoFocus, so even the server-rendered page of a form posted
 * without JavaScript opens on it — and the page title starts with «Ошибка: ».
 */
export function ErrorSummary({
  errors,
  labels,
  message,
  idPrefix,
  order = [],
  focusKey,
  prefixTitle = true,
}: {
  errors: Record<string, string>;
  labels?: Record<string, string>;
  message?: string | undefined;
  idPrefix?: string;
  /** Field names in page order (the labels' order when not given). */
  order?: readonly string[];
  /** Changes with every failed submit, so the summary takes focus again after each one. */
  focusKey?: number | string;
  /** False when the page renders its own <title> with the prefix (EnhancedForm's `pageTitle`). */
  prefixTitle?: boolean;
}) {
  const words = useFormFrameWords();
  const prefix = words.errorPrefix;
  const entries = summaryEntries(errors, labels, order);
  const shown = entries.length > 0 || Boolean(message);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shown) return;
    box.current?.focus();
    if (!prefixTitle) return;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
    // Without a focusKey the errors object itself marks a new answer of the server.
  }, [shown, focusKey ?? errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!shown) return null;
  return (
    <div
      ref={box}
      role="alert"
      aria-labelledby={`${idPrefix ?? ""}error-summary-title`}
      className="mt-4 rounded border-4 border-red-700 p-4 focus:outline-4 focus:outline-offset-2 focus:outline-yellow-400"
      tabIndex={-1}
      autoFocus
      data-error-summary=""
    >
      <h2 id={`${idPrefix ?? ""}error-summary-title`} className="text-lg font-bold">
        {entries.length ? words.summaryTitle : words.failedTitle}
      </h2>
      {message ? <p className="mt-2">{message}</p> : null}
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5">
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#${fieldId(name, idPrefix)}`} className="text-red-800 underline">
                {labels?.[name] ? `${labels[name]}: ` : ""}
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
