import Link from "next/link";
import { STEP_TITLES, type StepId } from "@/lib/applications/steps";

/** «Шаг N из M» as a list: done steps link back, the current one is marked for screen readers. */
export function ApplicationProgress({ applicationId, steps, current, completed }: { applicationId: number; steps: readonly StepId[]; current: StepId | "review"; completed: readonly string[] }) {
  return (
    <nav aria-label="Этапы заполнения заявления" className="mt-4">
      <ol className="flex flex-wrap gap-2 text-sm">
        {[...steps, "review" as const].map((step, index) => {
          const title = step === "review" ? "Проверка и отправка" : STEP_TITLES[step];
          const done = step !== "review" && completed.includes(step);
          const label = `${index + 1}. ${title}${done ? " ✓" : ""}`;
          const style = step === current ? "border-brand-700 bg-brand-700 text-white" : done ? "border-green-700 text-green-900" : "border-slate-400 text-slate-700";
          return (
            <li key={step} className={`rounded border-2 px-2 py-1 ${style}`} aria-current={step === current ? "step" : undefined}>
              {step !== current && (done || step === "review") ? (
                <Link href={step === "review" ? `/cabinet/applications/${applicationId}/review` : `/cabinet/applications/${applicationId}/step/${step}`} className="underline">
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
