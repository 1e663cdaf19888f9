import type { Ref } from "react";
import type { EstimateInLanguage } from "@/lib/i18n/estimate-lines";
import type { EstimateTexts } from "./estimate-form";

/** A text of the catalogue with its {placeholders} filled in. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function hostOf(link: string): string {
  try {
    return new URL(link).hostname;
  } catch {
    return link;
  }
}

/** The estimate, its computation line by line and the dated reference data it used. */
export function EstimateResult({
  estimate,
  texts: t,
  ref,
}: {
  /** Written by the server in the page's language. */
  estimate: EstimateInLanguage;
  texts: EstimateTexts["result"];
  ref?: Ref<HTMLElement>;
}) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="estimate-result"
      className="mt-6 rounded border-4 border-brand-700 p-4"
      data-testid="estimate-result"
    >
      <h2 id="estimate-result" className="text-xl font-bold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {fill(t.basis, { month: estimate.monthText, date: estimate.onDateText })}
      </p>
      <p className="mt-3 text-lg font-semibold">{t[estimate.outcome]}</p>
      {estimate.amountText !== null ? (
        <p className="mt-2 text-lg">
          {t.amount}
          <strong>{fill(t.perMonth, { amount: estimate.amountText })}</strong>
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
        <strong>{t.notDecision}</strong> {t.decidedBy}
        {estimate.uncertain ? ` ${t.uncertain}` : ""}
      </p>

      {estimate.lines.length ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">{t.how}</h3>
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
          <h3 className="mt-5 text-lg font-semibold">{t.references}</h3>
          <ul className="mt-2 space-y-3">
            {estimate.references.map((reference) => {
              return (
                <li key={reference.name}>
                  <p className="font-semibold">{reference.name}</p>
                  <p>{reference.value}</p>
                  {reference.validity ? <p className="text-sm text-slate-700">{reference.validity}</p> : null}
                  {reference.uncertain ? (
                    <div className="mt-1 text-sm">
                      <p className="font-semibold text-amber-900">{t.inexact}</p>
                      <ul className="list-disc pl-5">
                        {reference.uncertainty.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {reference.links.length ? (
                    <p className="text-sm">
                      {t.source}{" "}
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

      <h3 className="mt-5 text-lg font-semibold">{t.assumptions}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {estimate.assumptions.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
