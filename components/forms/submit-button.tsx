"use client";

import { useFormStatus } from "react-dom";

/** A submit button that says it is working while its form's action runs (with JavaScript on). */
export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
}: {
  children: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  const style =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`mt-6 rounded px-5 py-2.5 font-semibold ${style} disabled:opacity-60`}
    >
      {children}
    </button>
  );
}
