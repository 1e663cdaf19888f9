"use server";

import { formArgument, idArgument, nameArgument } from "@/app/_lib/action-arguments";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { formStateIn } from "@/lib/i18n/field-messages";
import { saveApplicantStep } from "@/lib/applications/service";
import { saveLanguage } from "@/lib/cabinet/language";
import { secureCookies } from "@/lib/config";
import { prisma } from "@/lib/db/runtime";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseLocale } from "@/lib/i18n/locales";
import { submittedValues, uploadedFile, type FormState } from "@/lib/forms/form-state";
import { answeringOutage } from "@/lib/forms/outage-answer";

// One action for every step: parses the post and hands it to lib/applications/service.ts, which
// saves what was typed and does what the pressed button asks; this only goes where it says.
// The language buttons («Татарча» / «Русский» on the step) save what was typed as a draft, as
// «Сохранить черновик» does, choose the language as the header's switch does (cookie and the
// person's setting) and show the same step again in it: nothing typed is lost, with or without
// JavaScript.

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
  const intent = formData.get("intent");
  const language = typeof intent === "string" && intent.startsWith("language:") ? intent.slice(9) : null;
  const post = {
    values: submittedValues(formData),
    intent: language === null ? intent : "save",
    slot: formData.get("slot"),
    file: await uploadedFile(formData),
  };
  const db = await prisma();
  const outcome = await saveApplicantStep(db, user.id, applicationId, step, post);
  if (language !== null && outcome.kind === "form" && isLocale(language)) {
    (await cookies()).set({
      name: LOCALE_COOKIE,
      value: language,
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
      httpOnly: true,
      secure: secureCookies(),
    });
    await saveLanguage(db, user.id, language);
    redirect(stepPath(applicationId, step));
  }
  const locale = parseLocale(await getLocale());
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
      return { ...formStateIn(locale, state), revision: Date.now() };
    }
  }
}
