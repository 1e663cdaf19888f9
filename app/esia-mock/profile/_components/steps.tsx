// «Заполнение и проверка личных данных»: the three steps of seed 004's screens, the current one marked.

const STEPS = ["Ввод личных данных", "Проверка личных данных", "Подтверждение личности"] as const;

export function DataSteps({ current }: { current: 1 | 2 | 3 }) {
  return (
    <nav aria-label="Заполнение и проверка личных данных" className="mt-4">
      <ol className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {STEPS.map((title, index) => {
          const step = index + 1;
          const state = step < current ? "done" : step === current ? "current" : "next";
          return (
            <li
              key={title}
              aria-current={state === "current" ? "step" : undefined}
              className={`flex items-center gap-2 rounded border-2 px-3 py-2 text-sm ${
                state === "current" ? "border-[#0d4cd3] font-semibold" : state === "done" ? "border-green-700" : "border-slate-300 text-slate-700"
              }`}
            >
              <span aria-hidden="true" className="font-bold">
                {state === "done" ? "✓" : step}
              </span>
              {title}
              {state === "done" ? <span className="sr-only"> — пройден</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
