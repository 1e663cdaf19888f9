import { checkStep } from "./schemas";
import { stepsOf, type Answers, type StepId } from "./steps";
import type { ServiceId } from "../benefits/services";

// The step list beside the form: «Шаг N из M» counts the check-your-answers page as the last
// step (the list shows it), and a step is «заполнен» only when its answers pass its schema now,
// not just because it was once left with «Далее» (a child removed later breaks the kindergarten
// step's answer).

export type StepStatus = "done" | "errors" | "notStarted";

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

/** The page's place in the same list: «Шаг {number} из {total}» in the form's catalogue. */
export function stepPlace(serviceId: ServiceId, step: StepId | "review"): { number: number; total: number } {
  const steps = stepsOf(serviceId);
  const total = steps.length + 1;
  return { number: step === "review" ? total : steps.indexOf(step) + 1, total };
}

/** «Шаг 3 из 8» in Russian (the staff's pages). */
export function stepNumberText(serviceId: ServiceId, step: StepId | "review"): string {
  const { number, total } = stepPlace(serviceId, step);
  return `Шаг ${number} из ${total}`;
}
