"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, withErrors, type FormState } from "@/lib/forms/form-state";
import { enrolmentForm } from "@/lib/staff/forms";
import { completeEnrolment, mustChoosePassword, SESSION_GONE } from "@/lib/staff/sign-in";
import { pendingStaff, safeStaffReturnTo, setStaffSessionCookie } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

export async function enrolAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const pending = await pendingStaff();
  if (!pending || pending.staff.totpEnrolledAt) redirect("/staff/login?expired=1");
  // Nothing typed comes back: passwords never, and a code is good for one try.
  const parsed = enrolmentForm(mustChoosePassword(pending.staff)).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors({}, fieldErrors(parsed.error));
  const outcome = await completeEnrolment(await prisma(), {
    token: pending.token,
    code: parsed.data.code,
    newPassword: parsed.data.password,
    ip: (await requestMeta()).ip,
  });
  if (!outcome.ok) {
    if (outcome.message === SESSION_GONE) redirect("/staff/login?expired=1");
    return withErrors(
      {},
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  }
  await setStaffSessionCookie(outcome.value);
  redirect(safeStaffReturnTo(parsed.data.returnTo));
}
