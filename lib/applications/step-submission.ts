import type { ServiceId } from "../benefits/services";
import { checkStep, type StepCheck } from "./schemas";
import { rowCount, withoutRow, withValues, type StepId, type StepValues } from "./steps";

// What a step's form post asks for, decided without the framework: the step action reads the
// pressed button, applies row changes, checks the values and stores them as they are. Whatever
// was posted, this answers with the values (nothing typed is dropped) and messages; it never throws.

export type RepeatableList = "children" | "members";

export type StepIntent =
  | { kind: "next" }
  | { kind: "back" }
  | { kind: "save" }
  | { kind: "addRow"; list: RepeatableList }
  | { kind: "removeRow"; list: RepeatableList; index: number }
  | { kind: "upload" }
  | { kind: "deleteFile"; attachmentId: string };

export const MAX_ROWS: Record<RepeatableList, number> = { children: 10, members: 10 };

/** The button's value → what to do; anything unknown is «Далее» (the form's default button). */
export function parseIntent(raw: unknown): StepIntent {
  const value = typeof raw === "string" ? raw : "";
  if (value === "back" || value === "save" || value === "upload") return { kind: value };
  const add = /^add:(children|members)$/.exec(value);
  if (add) return { kind: "addRow", list: add[1] as RepeatableList };
  const remove = /^remove:(children|members):(\d{1,2})$/.exec(value);
  if (remove) return { kind: "removeRow", list: remove[1] as RepeatableList, index: Number(remove[2]) };
  const file = /^delete:([0-9a-f-]{36})$/.exec(value);
  if (file) return { kind: "deleteFile", attachmentId: file[1]! };
  return { kind: "next" };
}

/** The posted values with a row added or removed; other intents leave them as they are. */
export function applyRowIntent(values: StepValues, intent: StepIntent): StepValues {
  if (intent.kind === "removeRow") return withoutRow(values, intent.list, intent.index);
  if (intent.kind !== "addRow") return values;
  const count = rowCount(values, intent.list, intent.list === "children" ? 1 : 0);
  if (count >= MAX_ROWS[intent.list]) return values;
  // A new child starts with the common case ticked, as prefilled ones have it; the person can untick it.
  return withValues(values, {
    [`${intent.list}.${count}.lastName`]: "",
    ...(intent.list === "children" ? { [`children.${count}.issuedInTatarstan`]: "on" } : {}),
  });
}

export interface StepSubmission {
  values: StepValues;
  check: StepCheck;
}

/** The values to store and their check. */
export function stepSubmission(
  serviceId: ServiceId,
  step: StepId,
  intent: StepIntent,
  posted: StepValues,
): StepSubmission {
  const values = applyRowIntent(posted, intent);
  return { values, check: checkStep(serviceId, step, values) };
}
