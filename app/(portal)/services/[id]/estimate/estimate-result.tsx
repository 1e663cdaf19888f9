import type { Ref } from "react";
import { formatValidity, monthName, type Estimate, type EstimateOutcome } from "@/lib/benefits/estimate";
import { formatRubles } from "@/lib/benefits/money";
import { formatRussianDate } from "@/lib/validation/calendar-date";

const VERDICTS: Record<EstimateOutcome, string> = {
  eligible: "Вероятно, вы имеете право на выплату",
  ineligible: "Вероятно, права на выплату нет",
  unknown: "Рассчитать выплату заранее нельзя",
};

function hostOf(link: string): string {
  try {
    return new URL(link).hostname;
  } catch {
    return link;
  }
}

/** The estimate, its computation line by line and the dated reference data it used. */
export function EstimateResult({ estimate, ref }: { estimate: Estimate; ref?: Ref<HTMLElement> }) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="estimate-result"
      className="mt-6 rounded border-4 border-brand-700 p-4"
      data-testid="estimate-result"
    >
      <h2 id="estimate-result" className="text-xl font-bold">
        Результат предварительного расчета
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Расчет на {monthName(estimate.month)} по данным на {formatRussianDate(estimate.onDate)}
      </p>
      <p className="mt-3 text-lg font-semibold">{VERDICTS[estimate.outcome]}</p>
      {estimate.amount !== null ? (
        <p className="mt-2 text-lg">
          Ориентировочный размер: <strong>{formatRubles(estimate.amount)} в месяц</strong>
        </p>
      ) : null}
      {estimate.reasons.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {estimate.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 rounded bg-amber-50 p-3">
        <strong>Это предварительная оценка, а не решение.</strong> Право на выплату и ее размер определяет орган
        социальной защиты по вашему заявлению и документам.
        {estimate.uncertain ? " Часть справочных данных, использованных в расчете, неточна — это отмечено ниже." : ""}
      </p>

      {estimate.lines.length ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">Как рассчитано</h3>
          <dl className="mt-2 space-y-2">
            {estimate.lines.map((line) => (
              <div key={line.label}>
                <dt className="font-semibold">{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {estimate.references.length ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">Какие справочные данные использованы</h3>
          <ul className="mt-2 space-y-3">
            {estimate.references.map((reference) => {
              const validity = formatValidity(reference);
              return (
                <li key={reference.name}>
                  <p className="font-semibold">{reference.name}</p>
                  <p>{reference.value}</p>
                  {validity ? (
                    <p className="text-sm text-slate-700">{validity.charAt(0).toUpperCase() + validity.slice(1)}</p>
                  ) : null}
                  {reference.uncertain ? (
                    <div className="mt-1 text-sm">
                      <p className="font-semibold text-amber-900">Данные неточные:</p>
                      <ul className="list-disc pl-5">
                        {reference.uncertainty.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {reference.links.length ? (
                    <p className="text-sm">
                      Источник:{" "}
                      {reference.links.map((link, index) => (
                        <span key={link}>
                          {index > 0 ? ", " : ""}
                          <a href={link} className="break-all text-brand-800 underline" rel="noreferrer">
                            {hostOf(link)}
                          </a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      <h3 className="mt-5 text-lg font-semibold">Что расчет предполагает</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {estimate.assumptions.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
