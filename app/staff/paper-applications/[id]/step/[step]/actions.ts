"use server";

import { formArgument, idArgument, nameArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { ATTACHMENT_MESSAGES, ATTACHMENT_SLOTS, type AttachmentSlot } from "@/lib/applications/attachments";
import { applicationAnswers, attachFile, missingAttachments, removeAttachment, saveStep } from "@/lib/applications/repository";
import { parseIntent, stepSubmission } from "@/lib/applications/step-submission";
import { isStepOf, nextStep, previousStep, type StepValues } from "@/lib/applications/steps";
import { isServiceId } from "@/lib/benefits/services";
import { openPaperDraft } from "@/lib/casework/paper";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, type FormState } from "@/lib/forms/form-state";

// The citizen's step action (app/(portal)/cabinet/applications/[id]/step/[step]/actions.ts) for a
// caseworker entering a paper application: the same lib functions, schemas and checks, with the
// caseworker as the draft's owner and the staff pages as the way back and forth.

function stepPath(applicationId: number, step: string) {
  return `/staff/paper-applications/${applicationId}/step/${step}`;
}

export async function savePaperStepAction(applicationId: number, step: string, _previous: FormState, formData: FormData): Promise<FormState> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  applicationId = idArgument(applicationId);
  step = nameArgument(step);
  formData = formArgument(formData);
  const { staff } = await requireStaff(stepPath(applicationId, step));
  const db = await prisma();
  const draft = await openPaperDraft(db, staff, { ip: (await requestMeta()).ip }, applicationId);
  if (!draft || !isServiceId(draft.serviceId) || !isStepOf(draft.serviceId, step)) notFound();
  const serviceId = draft.serviceId;
  const owner = { staffId: staff.id };

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
      const stored = await attachFile(db, owner, applicationId, slot as AttachmentSlot, file.name, new Uint8Array(await file.arrayBuffer()));
      if (stored.ok) notice = `Скан «${file.name}» прикреплен`;
      else if (stored.reason === "notFound" || stored.reason === "notAllowed") notFound();
      else errors.file = ATTACHMENT_MESSAGES[stored.reason];
    }
    if (notice) revalidatePath(stepPath(applicationId, step));
    return { values: { slot }, errors, revision, ...(notice ? { notice } : {}) };
  }
  if (intent.kind === "deleteFile") {
    const removed = await removeAttachment(db, owner, applicationId, intent.attachmentId);
    revalidatePath(stepPath(applicationId, step));
    return { values: {}, errors: {}, revision, notice: removed ? "Файл удален" : "Файл уже удален" };
  }

  const { values, check } = stepSubmission(serviceId, step, intent, posted);
  let complete = check.ok;
  if (step === "attachments") {
    const missing = missingAttachments(serviceId, applicationAnswers(draft).applicant?.role, draft.attachments);
    if (missing.length) {
      complete = false;
      if (intent.kind === "next") errors.file = `Прикрепите сканы: ${missing.map((slot) => ATTACHMENT_SLOTS[slot].toLowerCase()).join("; ")}`;
    }
  }
  const saved = await saveStep(db, owner, applicationId, step, values, complete);
  if (!saved.ok) notFound();

  if (intent.kind === "back") redirect(stepPath(applicationId, previousStep(serviceId, step) ?? step));
  if (intent.kind === "next") {
    if (!check.ok) return { values, errors: check.errors, revision };
    if (Object.keys(errors).length) return { values, errors, revision };
    const next = nextStep(serviceId, step);
    redirect(next ? stepPath(applicationId, next) : `/staff/paper-applications/${applicationId}`);
  }
  const notice = intent.kind === "save" ? "Введенное сохранено. Продолжить можно со страницы «Заявление на бумаге»." : undefined;
  return { values, errors: {}, revision, ...(notice ? { notice } : {}) };
}
