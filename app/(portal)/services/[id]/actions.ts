"use server";

import { nameArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { startDraft } from "@/lib/applications/repository";
import { resumeStep } from "@/lib/applications/steps";
import { isServiceId } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import type { EsiaPerson } from "@/lib/esia/person";

/** «Заполнить заявление»: the open draft of this service, or a new one filled in from ESIA. */
export async function startApplicationAction(serviceId: string): Promise<void> {
  serviceId = nameArgument(serviceId);
  if (!isServiceId(serviceId)) notFound();
  const { user } = await requireUser(`/services/${serviceId}`);
  const person = (user.esiaLink?.person ?? null) as EsiaPerson | null;
  const { application } = await startDraft(await prisma(), user.id, serviceId, person, user);
  const step = resumeStep(serviceId, application.completedSteps);
  redirect(
    step ? `/cabinet/applications/${application.id}/step/${step}` : `/cabinet/applications/${application.id}/review`,
  );
}
