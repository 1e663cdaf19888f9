"use server";

import { formArgument, idArgument, nameArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { saveDraftStep, type StepVoice } from "@/lib/applications/service";
import { openPaperDraft } from "@/lib/casework/paper";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, uploadedFile, type FormState } from "@/lib/forms/form-state";

// The citizen's step use case (lib/applications/service.ts saveDraftStep) for a caseworker
// entering a paper application: the same schemas and checks, with the caseworker as the draft's
// owner, a caseworker's words, and the staff pages as the way back and forth.

function stepPath(applicationId: number, step: string) {
  return `/staff/paper-applications/${applicationId}/step/${step}`;
}

const STAFF_VOICE: StepVoice = {
  attached: (fileName) => `Скан «${fileName}» прикреплен`,
  missing: "Прикрепите сканы",
  saved: "Введенное сохранено. Продолжить можно со страницы «Заявление на бумаге».",
};

export async function savePaperStepAction(
  applicationId: number,
  step: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  applicationId = idArgument(applicationId);
  step = nameArgument(step);
  formData = formArgument(formData);
  const { staff } = await requireStaff(stepPath(applicationId, step));
  const db = await prisma();
  const draft = await openPaperDraft(db, staff, { ip: (await requestMeta()).ip }, applicationId);
  if (!draft) notFound();
  const post = {
    values: submittedValues(formData),
    intent: formData.get("intent"),
    slot: formData.get("slot"),
    file: await uploadedFile(formData),
  };
  const outcome = await saveDraftStep(db, { staffId: staff.id }, draft, step, post, STAFF_VOICE);
  switch (outcome.kind) {
    case "notFound":
    case "sent":
      return notFound();
    case "goTo":
      return redirect(stepPath(applicationId, outcome.step));
    case "finished":
      return redirect(`/staff/paper-applications/${applicationId}`);
    case "form": {
      const { filesChanged, ...state } = outcome.answer;
      if (filesChanged) revalidatePath(stepPath(applicationId, step));
      return { ...state, revision: Date.now() };
    }
  }
}
