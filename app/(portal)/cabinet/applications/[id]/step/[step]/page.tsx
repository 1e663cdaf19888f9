import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { attachmentSlotsFor } from "@/lib/applications/attachments";
import { stepNumberText } from "@/lib/applications/progress";
import { applicationAnswers, findOwnDraftForm } from "@/lib/applications/repository";
import { isStepOf, rowCount, STEP_TITLES, stepsOf } from "@/lib/applications/steps";
import { childName } from "@/lib/applications/summary";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import { kindergartensFor } from "@/lib/reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "@/lib/reference/territories";
import { saveStepAction } from "./actions";
import { ApplicationProgress } from "../../progress";
import { StepForm } from "./step-form";

type Params = { params: Promise<{ id: string; step: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  return { title: step in STEP_TITLES ? STEP_TITLES[step as keyof typeof STEP_TITLES] : "Заявление" };
}

export default async function ApplicationStepPage({ params }: Params) {
  const { id, step } = await params;
  const applicationId = Number(id);
  const { user } = await requireUser(`/cabinet/applications/${id}/step/${step}`);
  const application = await findOwnDraftForm(await prisma(), user.id, applicationId);
  if (!application || !isServiceId(application.serviceId) || !isStepOf(application.serviceId, step)) notFound();
  if (application.status !== "draft") redirect(`/cabinet/applications/${application.id}`);
  const serviceId = application.serviceId;
  const answers = applicationAnswers(application);
  const steps = stepsOf(serviceId);
  const children = answers.children ?? {};
  const territory = answers.address?.territory ?? null;

  return (
    <>
      <p className="text-sm text-slate-600">{serviceById(serviceId).title}</p>
      <h1 className="text-2xl font-bold">{STEP_TITLES[step]}</h1>
      <p className="mt-1">
        {stepNumberText(serviceId, step)}. Черновик сохраняется на каждом шаге.
      </p>
      <ApplicationProgress applicationId={application.id} serviceId={serviceId} answers={answers} current={step} completed={application.completedSteps} />
      <div className="max-w-2xl">
        <StepForm
          serviceId={serviceId}
          stepId={step}
          applicationId={application.id}
          initial={{ values: answers[step] ?? {}, errors: {} }}
          esiaFields={application.esiaFields.filter((f) => f.startsWith(`${step}.`)).map((f) => f.slice(step.length + 1))}
          isFirst={steps[0] === step}
          isLast={steps.at(-1) === step}
          territories={TATARSTAN_TERRITORIES.map((t) => ({ value: t.code, label: t.name }))}
          childOptions={Array.from({ length: rowCount(children, "children") }, (_, i) => ({ value: String(i), label: childName(children, i) }))}
          kindergartens={kindergartensFor(territory).map((k) => ({ value: k.id, label: `${k.name}, ${k.address}` }))}
          slots={attachmentSlotsFor(serviceId, answers.applicant?.role)}
          attachments={application.attachments.map((a) => ({ id: a.id, slot: a.slot, fileName: a.fileName, size: a.size }))}
          action={saveStepAction.bind(null, application.id, step)}
        />
      </div>
    </>
  );
}
