import { checkStep } from "./schemas";
import { stepsOf, type Answers, type StepId } from "./steps";
import type { ServiceId } from "../benefits/services";

// The step list beside the form: «Шаг N из M» counts the check-your-answers page as the last
// step (the list shows it), and a step is «заполнен» only when its answers pass its schema now,
// not just because it was once left with «Далее» (a child removed later breaks the kindergarten
// step's answer).

export type StepStatus = "done" | "errors" | "notStarted";

export const STEP_STATUS_TEXT: Record<StepStatus | "current", string> = {
  done: "заполнен",
  errors: "есть ошибки",
  notStarted: "не заполнен",
  current: "текущий шаг",
};

export interface ProgressItem {
  step: StepId | "review";
  number: number;
  status: StepStatus;
}

export function applicationProgress(
  serviceId: ServiceId,
  answers: Answers,
  completed: readonly string[],
): { items: ProgressItem[]; total: number } {
  const steps = stepsOf(serviceId);
  const items: ProgressItem[] = steps.map((step, index) => {
    const valid = checkStep(serviceId, step, answers[step] ?? {}).ok;
    const status: StepStatus = completed.includes(step) ? (valid ? "done" : "errors") : "notStarted";
    return { step, number: index + 1, status };
  });
  items.push({ step: "review", number: steps.length + 1, status: "notStarted" });
  return { items, total: items.length };
}

/** «Шаг 3 из 8»: the page's place in the same list. */
export function stepNumberText(serviceId: ServiceId, step: StepId | "review"): string {
  const steps = stepsOf(serviceId);
  const total = steps.length + 1;
  const number = step === "review" ? total : steps.indexOf(step) + 1;
  return `Шаг ${number} из ${total}`;
}
