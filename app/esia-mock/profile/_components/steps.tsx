// «Заполнение и проверка личных данных»: the three steps of seed 004's screens, the current one
// marked. The check step says «пройден» only when the latest check passed: after a failed one it
// says «не пройден», on every page, the confirmation page included.

const STEPS = ["Ввод личных данных", "Проверка личных данных", "Подтверждение личности"] as const;

export type CheckState = "passed" | "failed" | "verifying" | null;

export function DataSteps({ current, check }: { current: 1 | 2 | 3; check: CheckState }) {
  return (
    <nav aria-label="Заполнение и проверка личных данных" className="mt-4">
      <ol className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {STEPS.map((title, index) => {
          const step = index + 1;
          const failed = step === 2 && check === "failed";
          const done = !failed && step < current && (step !== 2 || check === "passed");
          const state = step === current ? "current" : failed ? "failed" : done ? "done" : "next";
          return (
            <li
              key={title}
              aria-current={state === "current" ? "step" : undefined}
              className={`flex items-center gap-2 rounded border-2 px-3 py-2 text-sm ${
                state === "current"
                  ? "border-[#0d4cd3] font-semibold"
                  : state === "done"
                    ? "border-green-700"
                    : state === "failed"
                      ? "border-red-700"
                      : "border-slate-300 text-slate-700"
              }`}
            >
              <span aria-hidden="true" className="font-bold">
                {state === "done" ? "✓" : state === "failed" ? "✗" : step}
              </span>
              {title}
              {state === "done" ? <span className="sr-only"> — пройден</span> : null}
              {state === "failed" || (state === "current" && failed) ? (
                <span className="sr-only"> — не пройден</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
