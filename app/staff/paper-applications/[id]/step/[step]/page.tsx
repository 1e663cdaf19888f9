import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StepForm } from "@/app/(portal)/cabinet/applications/[id]/step/[step]/step-form";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { attachmentSlotsFor } from "@/lib/applications/attachments";
import { applicationAnswers } from "@/lib/applications/repository";
import { isStepOf, rowCount, STEP_TITLES, stepsOf } from "@/lib/applications/steps";
import { childName } from "@/lib/applications/summary";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { openPaperDraft } from "@/lib/casework/paper";
import { CHANNEL_LABELS } from "@/lib/dashboard/figures";
import { prisma } from "@/lib/db/runtime";
import { kindergartensFor } from "@/lib/reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "@/lib/reference/territories";
import { formatRussianDate } from "@/lib/validation/calendar-date";
import { savePaperStepAction } from "./actions";

type Params = { params: Promise<{ id: string; step: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  return { title: `Заявление на бумаге: ${step in STEP_TITLES ? STEP_TITLES[step as keyof typeof STEP_TITLES] : "шаг"}` };
}

/** One step of a paper application, in the citizen's own form (same fields, schema and messages). */
export default async function PaperStepPage({ params }: Params) {
  const { id, step } = await params;
  const { staff } = await requireStaff(`/staff/paper-applications/${id}/step/${step}`);
  const draft = await openPaperDraft(await prisma(), staff, { ip: (await requestMeta()).ip }, Number(id));
  if (!draft || !isServiceId(draft.serviceId) || !isStepOf(draft.serviceId, step)) notFound();
  const serviceId = draft.serviceId;
  const answers = applicationAnswers(draft);
  const steps = stepsOf(serviceId);
  const children = answers.children ?? {};
  return (
    <>
      <p className="text-sm text-slate-600">
        Заявление на бумаге: {serviceById(serviceId).title}. {CHANNEL_LABELS[draft.channel]}, поступило {draft.receivedOn ? formatRussianDate(draft.receivedOn) : "—"}.
      </p>
      <h1 className="text-2xl font-bold">{STEP_TITLES[step]}</h1>
      <p className="mt-1">
        Шаг {steps.indexOf(step) + 1} из {steps.length}. Введите сведения из заявления.{" "}
        <Link href={`/staff/paper-applications/${draft.id}`} className="text-brand-800 underline">
          Все шаги и регистрация
        </Link>
      </p>
      <div className="max-w-2xl">
        <StepForm
          serviceId={serviceId}
          stepId={step}
          applicationId={draft.id}
          initial={{ values: answers[step] ?? {}, errors: {} }}
          esiaFields={[]}
          isFirst={steps[0] === step}
          isLast={steps.at(-1) === step}
          territories={TATARSTAN_TERRITORIES.map((t) => ({ value: t.code, label: t.name }))}
          childOptions={Array.from({ length: rowCount(children, "children") }, (_, i) => ({ value: String(i), label: childName(children, i) }))}
          kindergartens={kindergartensFor(answers.address?.territory ?? null).map((k) => ({ value: k.id, label: `${k.name}, ${k.address}` }))}
          slots={attachmentSlotsFor(serviceId, answers.applicant?.role)}
          attachments={draft.attachments.map((a) => ({ id: a.id, slot: a.slot, fileName: a.fileName, size: a.size }))}
          action={savePaperStepAction.bind(null, draft.id, step)}
          linkFiles={false}
          reviewLabel="Перейти к регистрации"
        />
      </div>
    </>
  );
}
