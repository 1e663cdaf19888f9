import { notFound } from "next/navigation";
import { cleanFormData } from "@/lib/forms/clean-text";

// Server actions can be called by anyone with any arguments (an id of "1 OR 1=1", {} instead of
// a form). Each action checks its arguments first with these: a wrong type is answered 404, as
// for a missing record, never a 500; the text of a form is cleaned (lib/forms/clean-text.ts)
// before any of it reaches the database.

/** The submitted form, with NUL and lone surrogates removed from its text. */
export function formArgument(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return cleanFormData(value);
}

/** A record id bound into the form: a positive whole number, nothing else. */
export function idArgument(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) notFound();
  return value;
}

/** A version counter bound into the form: a whole number from 0. */
export function versionArgument(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) notFound();
  return value;
}

/** A short name bound into the form (a service id, a step): letters, digits, dashes. */
export function nameArgument(value: unknown): string {
  if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) notFound();
  return value;
}
