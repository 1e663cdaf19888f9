import type { z } from "zod";
import { passwordProblems } from "@/lib/esia-mock/accounts";
import { fieldErrors } from "@/lib/forms/form-state";

// Server-side helpers shared by the registration and recovery steps.

/** The pending-verification id carried in a hidden field or `?id=`: short, URL-safe, or nothing. */
export function verificationId(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : undefined;
}

/**
 * Errors of the password form, with every unmet rule of the policy in one message beside the
 * field («Пароль должен содержать: …»), not just the first.
 */
export function passwordFormErrors(error: z.ZodError, password: string): Record<string, string> {
  const errors = fieldErrors(error);
  const problems = passwordProblems(password);
  if (errors.password && password !== "" && problems.length)
    errors.password = `Пароль должен содержать: ${problems.join(", ")}.`;
  return errors;
}
