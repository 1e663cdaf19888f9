"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { staffLoginForm } from "@/lib/staff/forms";
import { signInWithPassword } from "@/lib/staff/sign-in";
import { safeStaffReturnTo, setStaffSessionCookie } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

export async function staffLogInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { password: _password, ...values } = submittedValues(formData);
  const parsed = staffLoginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const meta = await requestMeta();
  const outcome = await signInWithPassword(await prisma(), {
    login: parsed.data.login,
    password: parsed.data.password,
    ...meta,
  });
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  await setStaffSessionCookie(outcome.value.token);
  const returnTo = safeStaffReturnTo(parsed.data.returnTo);
  redirect(`/staff/${outcome.value.next}?returnTo=${encodeURIComponent(returnTo)}`);
}
