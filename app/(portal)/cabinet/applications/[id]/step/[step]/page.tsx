import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { stepTitle } from "@/lib/applications/form-language";
import { stepPlace } from "@/lib/applications/progress";
import { openStep } from "@/lib/applications/service";
import { STEP_TITLES } from "@/lib/applications/steps";
import { prisma } from "@/lib/db/runtime";
import { formWords } from "@/lib/i18n/catalogue";
import { fieldMessageTable, formStateIn } from "@/lib/i18n/field-messages";
import { parseLocale } from "@/lib/i18n/locales";
import { saveStepAction } from "./actions";
import { ApplicationProgress } from "../../progress";
import { StepForm } from "./step-form";

type Params = { params: Promise<{ id: string; step: string }> };

// A step's <title> is rendered by its form (EnhancedForm's `pageTitle`), so a form posted without
// JavaScript comes back titled «Ошибка: …»: metadata cannot see the action's answer, and a second,
// metadata <title> would be the one the browser shows.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations("form");
  return { title: step in STEP_TITLES ? null : t("defaultTitle") };
}

export default async function ApplicationStepPage({ params }: Params) {
  const { id, step } = await params;
  const { user } = await requireUser(`/cabinet/applications/${id}/step/${step}`);
  const view = await openStep(await prisma(), user.id, Number(id), step);
  if (view.kind === "notFound") notFound();
  if (view.kind === "sent") redirect(`/cabinet/applications/${view.applicationId}`);
  const locale = parseLocale(await getLocale());
  const t = await getTranslations("form");
  const tService = await getTranslations("service");
  const tPortal = await getTranslations("portal");

  return (
    <>
      <p className="text-sm text-slate-600">{tService(`${view.serviceId}.title`)}</p>
      <h1 className="text-2xl font-bold">{stepTitle(locale, view.step)}</h1>
      <p className="mt-1">
        {t("stepNumber", stepPlace(view.serviceId, view.step))}. {t("draftNote")}
      </p>
      <ApplicationProgress
        applicationId={view.applicationId}
        serviceId={view.serviceId}
        answers={view.answers}
        current={view.step}
        completed={view.completedSteps}
      />
      <div className="max-w-2xl">
        <StepForm
          {...view.form}
          initial={formStateIn(locale, view.form.initial)}
          messages={fieldMessageTable(locale)}
          words={formWords(locale)}
          language={locale}
          pageTitle={`${stepTitle(locale, view.step)} — ${tPortal("name")}`}
          action={saveStepAction.bind(null, view.applicationId, view.step)}
        />
      </div>
    </>
  );
}
