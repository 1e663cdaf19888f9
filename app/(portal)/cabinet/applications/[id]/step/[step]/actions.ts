"use server";

import { formArgument, idArgument, nameArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { saveApplicantStep } from "@/lib/applications/service";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, uploadedFile, type FormState } from "@/lib/forms/form-state";
import { answeringOutage } from "@/lib/forms/outage-answer";

// One action for every step: parses the post and hands it to lib/applications/service.ts, which
// saves what was typed and does what the pressed button asks; this only goes where it says.

function stepPath(applicationId: number, step: string) {
  return `/cabinet/applications/${applicationId}/step/${step}`;
}

export async function saveStepAction(
  applicationId: number,
  step: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  applicationId = idArgument(applicationId);
  step = nameArgument(step);
  formData = formArgument(formData);
  // During a database outage the step comes back as typed, with a message (lib/forms/outage-answer.ts).
  return answeringOutage(formData, () => saveStep(applicationId, step, formData));
}

async function saveStep(applicationId: number, step: string, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(stepPath(applicationId, step));
  const post = {
    values: submittedValues(formData),
    intent: formData.get("intent"),
    slot: formData.get("slot"),
    file: await uploadedFile(formData),
  };
  const outcome = await saveApplicantStep(await prisma(), user.id, applicationId, step, post);
  switch (outcome.kind) {
    case "notFound":
      return notFound();
    case "sent":
      return redirect(`/cabinet/applications/${applicationId}`);
    case "goTo":
      return redirect(stepPath(applicationId, outcome.step));
    case "finished":
      return redirect(`/cabinet/applications/${applicationId}/review`);
    case "form": {
      const { filesChanged, ...state } = outcome.answer;
      // The list of files is part of the page: render it again with the answer.
      if (filesChanged) revalidatePath(stepPath(applicationId, step));
      return { ...state, revision: Date.now() };
    }
  }
}
