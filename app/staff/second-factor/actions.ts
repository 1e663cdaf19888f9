"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, withErrors, type FormState } from "@/lib/forms/form-state";
import { secondFactorForm } from "@/lib/staff/forms";
import { completeSignIn, SESSION_GONE } from "@/lib/staff/sign-in";
import { safeStaffReturnTo, setStaffSessionCookie, staffSessionToken } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

export async function secondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  // The code is not kept in the form: a used or wrong one is of no help on the next try.
  const parsed = secondFactorForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors({}, fieldErrors(parsed.error));
  const outcome = await completeSignIn(await prisma(), {
    token: await staffSessionToken(),
    code: parsed.data.code,
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
