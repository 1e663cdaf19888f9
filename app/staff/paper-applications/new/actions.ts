"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { paperStartForm, startPaperApplication } from "@/lib/casework/paper";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, submittedValues, type FormState } from "@/lib/forms/form-state";
import { notFound } from "next/navigation";

/** «Начать ввод»: parse, create the caseworker's paper draft, go to its first step. */
export async function startPaperAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  formData = formArgument(formData);
  const { staff } = await requireStaff("/staff/paper-applications/new");
  const values = submittedValues(formData);
  const parsed = paperStartForm.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
  const started = await startPaperApplication(await prisma(), staff, { ip: (await requestMeta()).ip }, parsed.data);
  if (!started) notFound();
  redirect(`/staff/paper-applications/${started.id}/step/applicant`);
}
