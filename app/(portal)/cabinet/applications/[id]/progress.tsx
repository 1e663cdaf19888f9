import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { applicationProgress } from "@/lib/applications/progress";
import type { Answers, StepId } from "@/lib/applications/steps";
import type { ServiceId } from "@/lib/benefits/services";

/**
 * The steps as a list: done steps link back, each says its status in words (the ✓ and the
 * colours are only a picture of it), and the current one is marked for screen readers.
 */
export async function ApplicationProgress({
  applicationId,
  serviceId,
  answers,
  current,
  completed,
}: {
  applicationId: number;
  serviceId: ServiceId;
  answers: Answers;
  current: StepId | "review";
  completed: readonly string[];
}) {
  const { items } = applicationProgress(serviceId, answers, completed);
  const t = await getTranslations("form");
  return (
    <nav aria-label={t("progressLabel")} className="mt-4">
      <ol className="flex flex-wrap gap-2 text-sm">
        {items.map(({ step, number, status }) => {
          const title = t(`stepTitle.${step}`);
          const isCurrent = step === current;
          const mark = status === "done" ? " ✓" : status === "errors" ? " !" : "";
          const style = isCurrent
            ? "border-brand-700 bg-brand-700 text-white"
            : status === "done"
              ? "border-green-700 text-green-900"
              : status === "errors"
                ? "border-red-700 text-red-800"
                : "border-slate-400 text-slate-700";
          const label = (
            <>
              {number}. {title}
              <span aria-hidden="true">{mark}</span>
              <span className="sr-only">
                {" "}
                — {isCurrent ? t("stepStatus.current") : step === "review" ? "" : t(`stepStatus.${status}`)}
              </span>
            </>
          );
          return (
            <li
              key={step}
              className={`rounded border-2 px-2 py-1 ${style}`}
              aria-current={isCurrent ? "step" : undefined}
              data-status={status}
            >
              {!isCurrent && (status !== "notStarted" || step === "review") ? (
                <Link
                  href={
                    step === "review"
                      ? `/cabinet/applications/${applicationId}/review`
                      : `/cabinet/applications/${applicationId}/step/${step}`
                  }
                  className="underline"
                >
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
