import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { StepForm } from "@/app/(portal)/cabinet/applications/[id]/step/[step]/step-form";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { stepView } from "@/lib/applications/service";
import { formWords } from "@/lib/i18n/catalogue";
import { STEP_TITLES, stepsOf } from "@/lib/applications/steps";
import { openPaperDraft } from "@/lib/casework/paper";
import { CHANNEL_LABELS } from "@/lib/dashboard/figures";
import { prisma } from "@/lib/db/runtime";
import { formatRussianDate } from "@/lib/validation/calendar-date";
import { savePaperStepAction } from "./actions";

type Params = { params: Promise<{ id: string; step: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  return {
    title: `Заявление на бумаге: ${step in STEP_TITLES ? STEP_TITLES[step as keyof typeof STEP_TITLES] : "шаг"}`,
  };
}

/** One step of a paper application, in the citizen's own form (same fields, schema and messages). */
export default async function PaperStepPage({ params }: Params) {
  const { id, step } = await params;
  const { staff } = await requireStaff(`/staff/paper-applications/${id}/step/${step}`);
  const draft = await openPaperDraft(await prisma(), staff, { ip: (await requestMeta()).ip }, Number(id));
  const view = draft ? stepView(draft, step) : null;
  if (!draft || !view) notFound();
  const steps = stepsOf(view.serviceId);
  return (
    <>
      <p className="text-sm text-slate-600">
        Заявление на бумаге: {view.serviceTitle}. {CHANNEL_LABELS[draft.channel]}, поступило{" "}
        {draft.receivedOn ? formatRussianDate(draft.receivedOn) : "—"}.
      </p>
      <h1 className="text-2xl font-bold">{view.stepTitle}</h1>
      <p className="mt-1">
        Шаг {steps.indexOf(view.step) + 1} из {steps.length}. Введите сведения из заявления.{" "}
        <Link href={`/staff/paper-applications/${draft.id}`} className="text-brand-800 underline">
          Все шаги и регистрация
        </Link>
      </p>
      <div className="max-w-2xl">
        {/* Staff pages are Russian: the form's Russian words. */}
        <StepForm
          {...view.form}
          words={formWords("ru")}
          action={savePaperStepAction.bind(null, view.applicationId, view.step)}
          linkFiles={false}
          reviewLabel="Перейти к регистрации"
        />
      </div>
    </>
  );
}
