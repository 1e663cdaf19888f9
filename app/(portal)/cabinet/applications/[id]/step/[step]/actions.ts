"use server";

import { formArgument, idArgument, nameArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { ATTACHMENT_MESSAGES, ATTACHMENT_SLOTS, type AttachmentSlot } from "@/lib/applications/attachments";
import { attachFile, findOwnDraftForm, missingAttachments, removeAttachment, saveStep, applicationAnswers } from "@/lib/applications/repository";
import { parseIntent, stepSubmission } from "@/lib/applications/step-submission";
import { isStepOf, nextStep, previousStep, type StepValues } from "@/lib/applications/steps";
import { isServiceId } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, type FormState } from "@/lib/forms/form-state";
import { logger } from "@/lib/logging/logger";

// One action for every step: saves what was typed into the draft (always, so nothing is lost),
// then does what the pressed button asks — next, back, save, add or remove a row, attach or
// remove a file. Checks run on the server whatever the browser did.

function stepPath(applicationId: number, step: string) {
  return `/cabinet/applications/${applicationId}/step/${step}`;
}

export async function saveStepAction(applicationId: number, step: string, _previous: FormState, formData: FormData): Promise<FormState> {
  applicationId = idArgument(applicationId);
  step = nameArgument(step);
  formData = formArgument(formData);
  const { user } = await requireUser(stepPath(applicationId, step));
  const db = await prisma();
  const application = await findOwnDraftForm(db, user.id, applicationId);
  if (!application || !isServiceId(application.serviceId) || !isStepOf(application.serviceId, step)) notFound();
  if (application.status !== "draft") redirect(`/cabinet/applications/${applicationId}`);
  const serviceId = application.serviceId;

  const intent = parseIntent(formData.get("intent"));
  const posted: StepValues = step === "attachments" ? {} : submittedValues(formData);
  delete posted.intent;
  const revision = Date.now();
  const errors: Record<string, string> = {};

  if (intent.kind === "upload") {
    const file = formData.get("file");
    const slot = String(formData.get("slot") ?? "");
    let notice: string | undefined;
    if (!(slot in ATTACHMENT_SLOTS) || slot === "requested") errors.slot = "Выберите вид документа";
    else if (!(file instanceof File) || file.size === 0) errors.file = ATTACHMENT_MESSAGES.empty;
    else {
      const stored = await attachFile(db, user.id, applicationId, slot as AttachmentSlot, file.name, new Uint8Array(await file.arrayBuffer()));
      if (stored.ok) notice = `Файл «${file.name}» прикреплен`;
      else if (stored.reason === "notFound" || stored.reason === "notAllowed") notFound();
      else errors.file = ATTACHMENT_MESSAGES[stored.reason];
      logger.info({ applicationId, slot, outcome: stored.ok ? "stored" : stored.reason }, "attachment upload");
    }
    // The list of files is part of the page: render it again with the answer.
    if (notice) revalidatePath(stepPath(applicationId, step));
    return { values: { slot }, errors, revision, ...(notice ? { notice } : {}) };
  }
  if (intent.kind === "deleteFile") {
    const removed = await removeAttachment(db, user.id, applicationId, intent.attachmentId);
    revalidatePath(stepPath(applicationId, step));
    return { values: {}, errors: {}, revision, notice: removed ? "Файл удален" : "Файл уже удален" };
  }

  const { values, check } = stepSubmission(serviceId, step, intent, posted);
  let complete = check.ok;
  if (step === "attachments") {
    const role = applicationAnswers(application).applicant?.role;
    const missing = missingAttachments(serviceId, role, application.attachments);
    if (missing.length) {
      complete = false;
      if (intent.kind === "next") errors.file = `Прикрепите: ${missing.map((slot) => ATTACHMENT_SLOTS[slot].toLowerCase()).join("; ")}`;
    }
  }
  const saved = await saveStep(db, user.id, applicationId, step, values, complete);
  if (!saved.ok) redirect(`/cabinet/applications/${applicationId}`);

  if (intent.kind === "back") redirect(stepPath(applicationId, previousStep(serviceId, step) ?? step));
  if (intent.kind === "next") {
    if (!check.ok) return { values, errors: check.errors, revision };
    if (Object.keys(errors).length) return { values, errors, revision };
    const next = nextStep(serviceId, step);
    redirect(next ? stepPath(applicationId, next) : `/cabinet/applications/${applicationId}/review`);
  }
  const notice = intent.kind === "save" ? "Черновик сохранен. Вы можете вернуться к нему в разделе «Мои заявления»." : undefined;
  return { values, errors: {}, revision, ...(notice ? { notice } : {}) };
}
