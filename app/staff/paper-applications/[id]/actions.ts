"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { deletePaperDraft, registerPaperApplication } from "@/lib/casework/paper";
import { prisma } from "@/lib/db/runtime";

/** «Зарегистрировать заявление»: parse, call, go to the application in the workspace. */
export async function registerPaperAction(formData: FormData): Promise<void> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  formData = formArgument(formData);
  const id = Number(formData.get("applicationId"));
  const { staff } = await requireStaff(`/staff/paper-applications/${Number.isSafeInteger(id) ? id : ""}`);
  const result = await registerPaperApplication(await prisma(), staff, { ip: (await requestMeta()).ip }, id);
  if (result.ok)
    redirect(
      `/staff/applications/${result.applicationId}?done=registerPaper${result.linkedToCabinet ? "&cabinet=1" : ""}`,
    );
  if (result.reason === "notFound") notFound();
  redirect(`/staff/paper-applications/${id}?incomplete=1`);
}

/** «Да, удалить черновик» (after the confirmation on the draft's page): back to the list of drafts. */
export async function deletePaperDraftAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const id = Number(formData.get("applicationId"));
  const { staff } = await requireStaff(`/staff/paper-applications/${Number.isSafeInteger(id) ? id : ""}`);
  const deleted = await deletePaperDraft(await prisma(), staff, { ip: (await requestMeta()).ip }, id);
  if (!deleted) notFound();
  redirect("/staff/paper-applications/new?deleted=1");
}
