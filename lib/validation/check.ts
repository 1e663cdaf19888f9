// Validators return the normalised value or a reason code; fields.ts turns reasons into the Russian
// messages a form shows, so the rules stay free of wording and the wording free of rules.
export type Check<Value, Reason extends string> = { ok: true; value: Value } | { ok: false; reason: Reason };

export function accept<Value>(value: Value): { ok: true; value: Value } {
  return { ok: true, value };
}

export function refuse<Reason extends string>(reason: Reason): { ok: false; reason: Reason } {
  return { ok: false, reason };
}
