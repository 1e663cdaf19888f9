"use server";

import { formArgument, idArgument, versionArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { translateFieldMessage } from "@/lib/i18n/field-messages";
import { parseLocale } from "@/lib/i18n/locales";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { deleteDraft, provideDocuments, withdrawApplication } from "@/lib/applications/repository";
import { sendApplication, uploadRequestedDocument } from "@/lib/applications/service";
import { prisma } from "@/lib/db/runtime";
import { uploadedFile, type FormState } from "@/lib/forms/form-state";

// The applicant's actions on one application. Each checks ownership in lib/applications (the
// functions take the user's id) and the state machine decides what is possible.

const page = (id: number) => `/cabinet/applications/${id}`;

/** «Отправить заявление». Twice (double click, retry) sends once and lands on the same page. */
export async function submitApplicationAction(
  applicationId: number,
  _previous: FormState,
  _data: FormData,
): Promise<FormState> {
  applicationId = idArgument(applicationId);
  formArgument(_data);
  const { user } = await requireUser(`${page(applicationId)}/review`);
  const outcome = await sendApplication(
    await prisma(),
    { id: user.id, esiaLevel: user.esiaLink?.level ?? null },
    applicationId,
    { ip: (await requestMeta()).ip },
  );
  if (outcome.kind === "notFound") notFound();
  if (outcome.kind === "refused")
    return { values: {}, errors: {}, message: translateFieldMessage(parseLocale(await getLocale()), outcome.message) };
  redirect(`${page(applicationId)}?sent=1`);
}

export async function uploadRequestedDocumentAction(
  applicationId: number,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  applicationId = idArgument(applicationId);
  formData = formArgument(formData);
  const { user } = await requireUser(page(applicationId));
  const outcome = await uploadRequestedDocument(await prisma(), user.id, applicationId, await uploadedFile(formData));
  if (outcome.kind === "notFound") notFound();
  const { filesChanged, ...state } = outcome.answer;
  // The list of attached files is part of the page: render it again with the answer.
  if (filesChanged) revalidatePath(page(applicationId));
  return { ...state, revision: Date.now() };
}

export async function provideDocumentsAction(
  applicationId: number,
  version: number,
  _previous: FormState,
  _data: FormData,
): Promise<FormState> {
  applicationId = idArgument(applicationId);
  version = versionArgument(version);
  formArgument(_data);
  const { user } = await requireUser(page(applicationId));
  const result = await provideDocuments(await prisma(), user.id, applicationId, version);
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    const t = await getTranslations("requestedDocuments");
    if (result.reason === "noDocuments")
      return { values: {}, errors: { file: t("noDocuments") }, revision: Date.now() };
    return {
      values: {},
      errors: {},
      message: t(result.reason === "conflict" ? "changed" : "notExpected"),
      revision: Date.now(),
    };
  }
  redirect(`${page(applicationId)}?documents=1`);
}

export async function withdrawApplicationAction(
  applicationId: number,
  version: number,
  _data: FormData,
): Promise<void> {
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
