"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { knownDeviceUserIds, requestMeta, safeReturnTo, signInUser } from "@/app/_lib/auth";
import { audit } from "@/lib/audit/audit";
import { logInWithPassword } from "@/lib/cabinet/accounts";
import { loginForm } from "@/lib/cabinet/forms";
import { prisma } from "@/lib/db/runtime";
import { inPageLanguage } from "@/app/_lib/page-locale";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";

export async function logInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { password: _password, ...values } = submittedValues(formData);
  const parsed = loginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return inPageLanguage(withErrors(values, fieldErrors(parsed.error)));
  const db = await prisma();
  const { ip } = await requestMeta();
  const outcome = await logInWithPassword(db, {
    login: parsed.data.login,
    password: parsed.data.password,
    ip,
    knownUserIds: await knownDeviceUserIds(),
  });
  if (!outcome.ok) return inPageLanguage(withErrors(values, {}, outcome.message));
  await signInUser(outcome.value);
  await audit(db, {
    actor: { type: "user", id: outcome.value },
    action: "login.password",
    subject: `user:${outcome.value}`,
    outcome: "success",
    ip,
  });
  redirect(safeReturnTo(parsed.data.returnTo));
}
