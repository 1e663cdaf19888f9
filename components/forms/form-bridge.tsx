"use client";

import { memo, useLayoutEffect, useRef, useState } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";

// react-hook-form for an EnhancedForm (enhanced-form.tsx), loaded when the person first works in
// the form rather than with the page. It renders nothing: it holds the form's useForm and hands
// the methods and the state the form shows up to the EnhancedForm, whose fields then register in
// the same task. The fields are the same DOM elements throughout, so focus stays where it is, and
// the values start from what the form holds at that moment, so nothing typed before is lost
// (register's ref sets each field's DOM value from them).

/** What the EnhancedForm reads of react-hook-form. */
export interface BridgeState {
  form: UseFormReturn<FieldValues>;
  /** The browser's messages by field name ("children.0.firstName"). */
  errors: Record<string, string>;
  submitCount: number;
}

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

export const FormBridge = memo(function FormBridge({
  defaultValues,
  resolver,
  onChange,
}: {
  /** Read once, when the bridge mounts: the form's values at that moment. */
  defaultValues: () => Record<string, unknown>;
  resolver: Resolver<FieldValues>;
  onChange: (state: BridgeState) => void;
}) {
  const [initial] = useState(defaultValues);
  const form = useForm<FieldValues>({
    resolver,
    defaultValues: initial,
    mode: "onTouched",
    shouldUnregister: false,
    // The error summary takes focus (GOV.UK), not the first field with the summary off screen.
    shouldFocusError: false,
  });
  // Read here so that useForm re-renders the bridge when they change.
  const { errors, submitCount, touchedFields } = form.formState;
  const flat = flatten(errors);
  const handed = useRef("");
  const version = JSON.stringify([flat, submitCount, touchedFields]);
  useLayoutEffect(() => {
    if (handed.current === version) return;
    handed.current = version;
    onChange({ form, errors: flat, submitCount });
  });
  return null;
});
