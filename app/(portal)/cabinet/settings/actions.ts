"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { changePassword } from "@/lib/cabinet/accounts";
import { passwordChangeForm } from "@/lib/cabinet/forms";
import { prisma } from "@/lib/db/runtime";
import { inPageLanguage } from "@/app/_lib/page-locale";
import { fieldErrors, withErrors, type FormState } from "@/lib/forms/form-state";

/** «Изменить пароль»: for the signed-in user only; ends the user's other sessions. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { user, sessionId } = await requireUser("/cabinet/settings");
  // Every field of this form is a password: nothing is sent back.
  const parsed = passwordChangeForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return inPageLanguage(withErrors({}, fieldErrors(parsed.error)));
  const outcome = await changePassword(
    await prisma(),
    user.id,
    parsed.data.currentPassword,
    parsed.data.password,
    sessionId,
    (await requestMeta()).ip,
  );
  if (!outcome.ok)
    return inPageLanguage(
      outcome.field ? withErrors({}, { [outcome.field]: outcome.message }) : withErrors({}, {}, outcome.message),
    );
  redirect("/cabinet/settings?changed=1");
}
