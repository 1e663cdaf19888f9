import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { fieldId } from "@/lib/forms/field-id";
import { stepTitle } from "@/lib/applications/form-language";
import { stepPlace } from "@/lib/applications/progress";
import { reviewDraft } from "@/lib/applications/service";
import { prisma } from "@/lib/db/runtime";
import { formatRubles } from "@/lib/benefits/money";
import { eligibilityLineText } from "@/lib/i18n/eligibility-lines";
import { parseLocale } from "@/lib/i18n/locales";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import { EsiaLevelNotice } from "../../../../_components/esia-level-notice";
import { submitApplicationAction } from "../actions";
import { ApplicationProgress } from "../progress";
import { formFrameWords } from "../form-frame-words";
import { SubmitApplicationForm } from "../submit-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

type Params = { params: Promise<{ id: string }> };

// «Проверьте заявление»: every answer with a change link, the portal's preliminary calculation,
// and the send button — or, below the required ESIA level, the way to log in through ESIA and
// come back here.
export default async function ReviewPage({ params }: Params) {
  const { id } = await params;
  const returnTo = `/cabinet/applications/${id}/review`;
  const { user } = await requireUser(returnTo);
  const level = user.esiaLink?.level;
  const locale = parseLocale(await getLocale());
  const t = await getTranslations("review");
  const tForm = await getTranslations("form");
  const tService = await getTranslations("service");
  const review = await reviewDraft(await prisma(), user.id, Number(id), level, todayInMoscow(), locale);
  if (review.kind === "notFound") notFound();
  if (review.kind === "sent") redirect(`/cabinet/applications/${review.applicationId}`);
  const { serviceId, estimate } = review;
  const stepLink = (step: string) => `/cabinet/applications/${review.applicationId}/step/${step}`;

  return (
    <>
      <p className="text-sm text-slate-600">{tService(`${serviceId}.title`)}</p>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1">{tForm("stepNumber", stepPlace(serviceId, "review"))}.</p>
      <ApplicationProgress
        applicationId={review.applicationId}
        serviceId={serviceId}
        answers={review.answers}
        current="review"
        completed={review.completedSteps}
      />

      {review.invalidSteps.length > 0 ? (
        <div role="alert" className="mt-6 max-w-2xl rounded border-4 border-red-700 p-4">
          <h2 className="text-lg font-bold">{t("incomplete")}</h2>
          <ul className="mt-2 list-disc pl-5">
            {review.invalidSteps.map((step) => (
              <li key={step}>
                <Link href={stepLink(step)} className="text-red-800 underline">
                  {t("fillStep", { step: stepTitle(locale, step) })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="mt-6 max-w-3xl space-y-6">
        {review.sections.map((section) => (
          <section
            key={section.stepId}
            aria-labelledby={`review-${section.stepId}`}
            className="rounded border border-slate-300 p-4"
          >
            <h2 id={`review-${section.stepId}`} className="text-xl font-semibold">
              {section.title}
            </h2>
            {section.rows.length === 0 ? (
              <p className="mt-2">
                {t("notFilled")}{" "}
                <Link href={stepLink(section.stepId)} className="text-brand-800 underline">
                  {t("fill")}
                  <span className="sr-only">{t("fillStepHidden", { step: section.title })}</span>
                </Link>
              </p>
            ) : null}
            {/* One «Изменить» per answer (GOV.UK's summary list), leading to that very field. */}
            <dl className="mt-2 divide-y divide-slate-200">
              {section.rows.map((row) => (
                <div
                  key={row.field}
                  className="grid grid-cols-1 gap-x-4 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]"
                >
                  <dt className="text-slate-700">{row.label}</dt>
                  <dd className="font-semibold [overflow-wrap:anywhere]">
                    {row.value}
                    {row.fromEsia ? (
                      <span className="ml-2 inline-block rounded bg-brand-50 px-1 text-sm font-normal text-brand-800">
                        {t("fromEsia")}
                      </span>
                    ) : null}
                  </dd>
                  <dd>
                    <Link
                      href={`${stepLink(section.stepId)}#${fieldId(row.field)}`}
                      className="text-brand-800 underline"
                    >
                      {t("change")}
                      <span className="sr-only">: {row.label}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section aria-labelledby="review-attachments" className="rounded border border-slate-300 p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="review-attachments" className="text-xl font-semibold">
              {stepTitle(locale, "attachments")}
            </h2>
            <Link href={stepLink("attachments")} className="text-brand-800 underline">
              {t("change")}
              <span className="sr-only">: {stepTitle(locale, "attachments")}</span>
            </Link>
          </div>
          {review.attachments.length ? (
            <ul className="mt-2 list-disc pl-5">
              {review.attachments.map((file) => (
                <li key={file.id}>
                  {file.label}: {file.fileName}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t("noFiles")}</p>
          )}
        </section>

        {estimate ? (
          <section aria-labelledby="estimate" className="rounded bg-brand-50 p-4">
            <h2 id="estimate" className="text-xl font-semibold">
              {t("estimate")}
            </h2>
            <p className="mt-2 font-semibold">
              {estimate.eligible === null
                ? t("byCaseworker")
                : estimate.eligible
                  ? t("eligible", { amount: formatRubles(estimate.amountKopecks ?? 0) })
                  : t("notEligible")}
            </p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {estimate.lines
                .map((line) => eligibilityLineText(locale, line))
                .map((text) => (
                  <li key={text}>{text}</li>
                ))}
            </ul>
            <p className="mt-2 text-sm text-slate-700">{t("estimateNote")}</p>
          </section>
        ) : null}

        <section aria-labelledby="send" className="rounded border-2 border-brand-700 p-4">
          <h2 id="send" className="text-xl font-semibold">
            {t("send")}
          </h2>
          {!review.levelMet ? (
            <EsiaLevelNotice level={level} returnTo={returnTo} />
          ) : review.invalidSteps.length === 0 ? (
            <>
              <p className="mt-2">{t("sendNote")}</p>
              <SubmitApplicationForm
                action={submitApplicationAction.bind(null, review.applicationId)}
                label={t("submit")}
                frame={formFrameWords(tForm)}
              />
            </>
          ) : (
            <p className="mt-2">{t("fillAll")}</p>
          )}
        </section>
      </div>
    </>
  );
}
