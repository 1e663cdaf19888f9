"use server";

import { formArgument, idArgument, versionArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { ATTACHMENT_MESSAGES } from "@/lib/applications/attachments";
import { attachFile, deleteDraft, provideDocuments, submitApplication, withdrawApplication } from "@/lib/applications/repository";
import { STEP_TITLES } from "@/lib/applications/steps";
import { audit } from "@/lib/audit/audit";
import { prisma } from "@/lib/db/runtime";
import type { FormState } from "@/lib/forms/form-state";

// The applicant's actions on one application. Each checks ownership in lib/applications (the
// functions take the user's id) and the state machine decides what is possible.

const page = (id: number) => `/cabinet/applications/${id}`;

/** «Отправить заявление». Twice (double click, retry) sends once and lands on the same page. */
export async function submitApplicationAction(applicationId: number, _previous: FormState, _data: FormData): Promise<FormState> {
  applicationId = idArgument(applicationId);
  formArgument(_data);
  const { user } = await requireUser(`${page(applicationId)}/review`);
  const db = await prisma();
  const result = await submitApplication(db, user.id, applicationId, user.esiaLink?.level ?? null);
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    if (result.reason === "esiaLevel") return { values: {}, errors: {}, message: "Для отправки заявления нужна учетная запись ЕСИА уровня не ниже «Стандартная», привязанная к личному кабинету." };
    const steps = (result.invalidSteps ?? []).map((step) => `«${STEP_TITLES[step]}»`).join(", ");
    return { values: {}, errors: {}, message: `Заявление заполнено не полностью. Проверьте шаги: ${steps}.` };
  }
  if (!result.alreadySubmitted) {
    const { ip } = await requestMeta();
    await audit(db, { actor: { type: "user", id: user.id }, action: "application.submit", subject: `application:${applicationId}`, outcome: "success", ip });
  }
  redirect(`${page(applicationId)}?sent=1`);
}

export async function uploadRequestedDocumentAction(applicationId: number, _previous: FormState, formData: FormData): Promise<FormState> {
  applicationId = idArgument(applicationId);
  formData = formArgument(formData);
  const { user } = await requireUser(page(applicationId));
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { values: {}, errors: { file: ATTACHMENT_MESSAGES.empty }, revision: Date.now() };
  const stored = await attachFile(await prisma(), user.id, applicationId, "requested", file.name, new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) {
    if (stored.reason === "notFound") notFound();
    if (stored.reason === "notAllowed") return { values: {}, errors: {}, message: "Сейчас документы к этому заявлению не запрашивались.", revision: Date.now() };
    return { values: {}, errors: { file: ATTACHMENT_MESSAGES[stored.reason] }, revision: Date.now() };
  }
  // The list of attached files is part of the page: render it again with the answer.
  revalidatePath(page(applicationId));
  return { values: {}, errors: {}, notice: `Документ «${file.name}» прикреплен`, revision: Date.now() };
}

export async function provideDocumentsAction(applicationId: number, version: number, _previous: FormState, _data: FormData): Promise<FormState> {
  applicationId = idArgument(applicationId);
  version = versionArgument(version);
  formArgument(_data);
  const { user } = await requireUser(page(applicationId));
  const result = await provideDocuments(await prisma(), user.id, applicationId, version);
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    if (result.reason === "noDocuments") return { values: {}, errors: { file: "Прикрепите хотя бы один документ" }, revision: Date.now() };
    if (result.reason === "conflict") return { values: {}, errors: {}, message: "Заявление изменилось, пока вы его просматривали. Обновите страницу.", revision: Date.now() };
    return { values: {}, errors: {}, message: "Документы по этому заявлению сейчас не ожидаются.", revision: Date.now() };
  }
  redirect(`${page(applicationId)}?documents=1`);
}

export async function withdrawApplicationAction(applicationId: number, version: number, _data: FormData): Promise<void> {
  applicationId = idArgument(applicationId);
  version = versionArgument(version);
  formArgument(_data);
  const { user } = await requireUser(page(applicationId));
  const result = await withdrawApplication(await prisma(), user.id, applicationId, version);
  if (!result.ok && result.reason === "notFound") notFound();
  redirect(page(applicationId));
}

export async function deleteDraftAction(applicationId: number, _data: FormData): Promise<void> {
  applicationId = idArgument(applicationId);
  formArgument(_data);
  const { user } = await requireUser("/cabinet/applications");
  await deleteDraft(await prisma(), user.id, applicationId);
  redirect("/cabinet/applications");
}
