"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { ATTACHMENT_MESSAGES, ATTACHMENT_SLOTS, type AttachmentSlot } from "@/lib/applications/attachments";
import { attachFile, findOwnApplication, missingAttachments, removeAttachment, saveStep, applicationAnswers } from "@/lib/applications/repository";
import { checkStep } from "@/lib/applications/schemas";
import { isStepOf, nextStep, previousStep, rowCount, withoutRow, type StepValues } from "@/lib/applications/steps";
import { isServiceId } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, type FormState } from "@/lib/forms/form-state";
import { logger } from "@/lib/logging/logger";

// One action for every step: saves what was typed into the draft (always, so nothing is lost),
// then does what the pressed button asks — next, back, save, add or remove a row, attach or
// remove a file. Checks run on the server whatever the browser did.

const MAX_ROWS = { children: 10, members: 10 } as const;

function stepPath(applicationId: number, step: string) {
  return `/cabinet/applications/${applicationId}/step/${step}`;
}

export async function saveStepAction(applicationId: number, step: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(stepPath(applicationId, step));
  const db = await prisma();
  const application = await findOwnApplication(db, user.id, applicationId);
  if (!application || !isServiceId(application.serviceId) || !isStepOf(application.serviceId, step)) notFound();
  if (application.status !== "draft") redirect(`/cabinet/applications/${applicationId}`);
  const serviceId = application.serviceId;

  const intent = String(formData.get("intent") ?? "next");
  let values: StepValues = submittedValues(formData);
  delete values.intent;
  if (step === "attachments") values = {};
  const revision = Date.now();
  let notice: string | undefined;
  const errors: Record<string, string> = {};

  const add = /^add:(children|members)$/.exec(intent);
  const remove = /^remove:(children|members):(\d{1,2})$/.exec(intent);
  if (add) {
    const list = add[1] as "children" | "members";
    const count = rowCount(values, list, list === "children" ? 1 : 0);
    if (count < MAX_ROWS[list]) values[`${list}.${count}.lastName`] = values[`${list}.${count}.lastName`] ?? "";
    if (list === "children") values[`children.${count}.issuedInTatarstan`] = "on";
  } else if (remove) {
    values = withoutRow(values, remove[1]!, Number(remove[2]));
  } else if (intent === "upload") {
    const file = formData.get("file");
    const slot = String(formData.get("slot") ?? "");
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
    values = { slot };
    return { values, errors, revision, ...(notice ? { notice } : {}) };
  } else if (intent.startsWith("delete:")) {
    const removed = await removeAttachment(db, user.id, applicationId, intent.slice("delete:".length));
    revalidatePath(stepPath(applicationId, step));
    return { values: {}, errors: {}, revision, notice: removed ? "Файл удален" : "Файл уже удален" };
  }

  const check = checkStep(serviceId, step, values);
  let complete = check.ok;
  if (step === "attachments") {
    const role = applicationAnswers(application).applicant?.role;
    const missing = missingAttachments(serviceId, role, application.attachments);
    if (missing.length) {
      complete = false;
      if (intent === "next") errors.file = `Прикрепите: ${missing.map((slot) => ATTACHMENT_SLOTS[slot].toLowerCase()).join("; ")}`;
    }
  }
  const saved = await saveStep(db, user.id, applicationId, step, values, complete);
  if (!saved.ok) redirect(`/cabinet/applications/${applicationId}`);

  if (intent === "back") redirect(stepPath(applicationId, previousStep(serviceId, step) ?? step));
  if (intent === "next") {
    if (!check.ok) return { values, errors: check.errors, revision };
    if (Object.keys(errors).length) return { values, errors, revision };
    const next = nextStep(serviceId, step);
    redirect(next ? stepPath(applicationId, next) : `/cabinet/applications/${applicationId}/review`);
  }
  if (intent === "save") notice = "Черновик сохранен. Вы можете вернуться к нему в разделе «Мои заявления».";
  return { values, errors: {}, revision, ...(notice ? { notice } : {}) };
}
