import type { ServiceId } from "../benefits/services";

// The steps of the application forms (research/benefits.md §8), in the order the portal asks
// them. Each service uses the steps its rules need: the kindergarten block only for (a) and (b),
// family and income only where the service is means-tested (b, c).

export type StepId =
  "applicant" | "address" | "children" | "kindergarten" | "family" | "payment" | "attachments" | "consent";

export const STEP_TITLES: Record<StepId, string> = {
  applicant: "Сведения о заявителе",
  address: "Адрес регистрации",
  children: "Сведения о детях",
  kindergarten: "Детский сад",
  family: "Состав семьи и доходы",
  payment: "Способ получения выплаты",
  attachments: "Документы",
  consent: "Согласие и подтверждение",
};

export const SERVICE_STEPS: Record<ServiceId, readonly StepId[]> = {
  "kindergarten-basic": ["applicant", "address", "children", "kindergarten", "payment", "attachments", "consent"],
  "kindergarten-additional": [
    "applicant",
    "address",
    "children",
    "kindergarten",
    "family",
    "payment",
    "attachments",
    "consent",
  ],
  "child-allowance": ["applicant", "address", "children", "family", "payment", "attachments", "consent"],
};

export function stepsOf(serviceId: ServiceId): readonly StepId[] {
  return SERVICE_STEPS[serviceId];
}

export function isStepOf(serviceId: ServiceId, step: string): step is StepId {
  return (SERVICE_STEPS[serviceId] as readonly string[]).includes(step);
}

/** The step after `step`, or null after the last one (then comes the check-your-answers page). */
export function nextStep(serviceId: ServiceId, step: StepId): StepId | null {
  const steps = SERVICE_STEPS[serviceId];
  return steps[steps.indexOf(step) + 1] ?? null;
}

export function previousStep(serviceId: ServiceId, step: StepId): StepId | null {
  const steps = SERVICE_STEPS[serviceId];
  return steps[steps.indexOf(step) - 1] ?? null;
}

/** The first step not yet completed: where «Продолжить» on a draft leads. */
export function resumeStep(serviceId: ServiceId, completed: readonly string[]): StepId | null {
  return SERVICE_STEPS[serviceId].find((step) => !completed.includes(step)) ?? null;
}

/** The answers as typed, per step: flat names, repeatable rows as "children.0.lastName". */
export type StepValues = Record<string, string>;
export type Answers = Partial<Record<StepId, StepValues>>;

/** Reads the stored JSON defensively: anything that is not a string value is dropped. */
export function answersFrom(json: unknown): Answers {
  const answers: Answers = {};
  if (typeof json !== "object" || json === null) return answers;
  for (const [step, values] of Object.entries(json as Record<string, unknown>)) {
    if (typeof values !== "object" || values === null) continue;
    answers[step as StepId] = stringValues(values);
  }
  return answers;
}

/** A stored flat record of strings (one step's values, ESIA's originals), read the same defensive way. */
export function stringValues(json: unknown): StepValues {
  const clean: StepValues = {};
  if (typeof json !== "object" || json === null) return clean;
  for (const [name, value] of Object.entries(json as Record<string, unknown>))
    if (typeof value === "string") clean[name] = value;
  return clean;
}

/**
 * Flat form values → the nested object a step schema parses: "children.1.lastName" becomes
 * children[1].lastName. Rows are kept in index order; gaps (a removed row) are closed up.
 */
export function nestValues(values: StepValues): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  const rows: Record<string, Record<number, Record<string, string>>> = {};
  for (const [name, value] of Object.entries(values)) {
    const match = /^([a-zA-Z]+)\.(\d{1,2})\.([a-zA-Z]+)$/.exec(name);
    if (match) {
      const [, list, index, field] = match as unknown as [string, string, string, string];
      ((rows[list] ??= {})[Number(index)] ??= {})[field] = value;
    } else if (!name.includes(".")) {
      nested[name] = value;
    }
  }
  for (const [list, byIndex] of Object.entries(rows)) {
    nested[list] = Object.keys(byIndex)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => byIndex[index]);
  }
  return nested;
}

/** How many rows of a repeatable list the values hold ("children.3.x" → 4), at least `minimum`. */
export function rowCount(values: StepValues, list: string, minimum = 1): number {
  let count = minimum;
  for (const name of Object.keys(values)) {
    const match = new RegExp(`^${list}\\.(\\d{1,2})\\.`).exec(name);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

/** Sets a value under any name, "__proto__" included: posted names are data, not object keys. */
function put(values: StepValues, name: string, value: string): void {
  Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
}

/** The values without row `index` of `list`, later rows moved up by one. */
export function withoutRow(values: StepValues, list: string, index: number): StepValues {
  const result: StepValues = {};
  for (const [name, value] of Object.entries(values)) {
    const match = new RegExp(`^${list}\\.(\\d{1,2})\\.(.+)$`).exec(name);
    if (!match || Number(match[1]) < index) put(result, name, value);
    else if (Number(match[1]) > index) put(result, `${list}.${Number(match[1]) - 1}.${match[2]}`, value);
  }
  return result;
}

/** The values with more entries, set the same safe way. */
export function withValues(values: StepValues, more: StepValues): StepValues {
  const result: StepValues = {};
  for (const [name, value] of [...Object.entries(values), ...Object.entries(more)]) put(result, name, value);
  return result;
}
