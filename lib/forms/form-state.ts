import type { z } from "zod";

// What a form's server action returns: the values as typed (so nothing is lost on an error), one
// message per field, and an optional message for the whole form. Pages render it with or without
// JavaScript.

export interface FormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
  /** A confirmation that is not an error («Черновик сохранен»). */
  notice?: string;
  /** Changes with every answer of the server, so a form can start afresh from the returned values. */
  revision?: number;
}

export const EMPTY_FORM: FormState = { errors: {}, values: {} };

/** The submitted text fields (files and unnamed entries are skipped). */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    // defineProperty: a field named "__proto__" is data like any other, not the object's prototype.
    if (typeof value === "string" && !name.startsWith("$ACTION"))
      Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return values;
}

/** The file posted under `name` with its bytes; null when none was chosen (browsers post an empty one). */
export async function uploadedFile(
  formData: FormData,
  name = "file",
): Promise<{ name: string; content: Uint8Array } | null> {
  const file = formData.get(name);
  return file instanceof File && file.size > 0
    ? { name: file.name, content: new Uint8Array(await file.arrayBuffer()) }
    : null;
}

/** The first message for each field, keyed by the field's name ("children.0.name" for nested). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export function withErrors(
  values: Record<string, string>,
  errors: Record<string, string>,
  message?: string,
): FormState {
  return { values, errors, ...(message ? { message } : {}) };
}
