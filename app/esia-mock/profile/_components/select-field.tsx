import type { SelectHTMLAttributes } from "react";
import { fieldId } from "@/components/forms/fields";

// A drop-down list wired like the shared TextField: label, hint and error beside it, for screen
// readers too (aria-describedby, aria-invalid). Uncontrolled, so a re-rendered form keeps the choice.

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  error?: string;
  idPrefix?: string;
}

export function SelectField({ name, label, options, hint, error, idPrefix, className, ...select }: SelectFieldProps) {
  const id = fieldId(name, idPrefix);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mt-4 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
          <span className="sr-only">Ошибка: </span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...select}
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
