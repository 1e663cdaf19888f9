import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { stepNumberText } from "@/lib/applications/progress";
import { openStep } from "@/lib/applications/service";
import { STEP_TITLES } from "@/lib/applications/steps";
import { prisma } from "@/lib/db/runtime";
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
  const { user } = await requireUser(`/cabinet/applications/${id}/step/${step}`);
  const view = await openStep(await prisma(), user.id, Number(id), step);
  if (view.kind === "notFound") notFound();
  if (view.kind === "sent") redirect(`/cabinet/applications/${view.applicationId}`);

  return (
    <>
      <p className="text-sm text-slate-600">{view.serviceTitle}</p>
      <h1 className="text-2xl font-bold">{view.stepTitle}</h1>
      <p className="mt-1">{stepNumberText(view.serviceId, view.step)}. Черновик сохраняется на каждом шаге.</p>
      <ApplicationProgress
        applicationId={view.applicationId}
        serviceId={view.serviceId}
        answers={view.answers}
        current={view.step}
        completed={view.completedSteps}
      />
      <div className="max-w-2xl">
        <StepForm {...view.form} action={saveStepAction.bind(null, view.applicationId, view.step)} />
      </div>
    </>
  );
}
