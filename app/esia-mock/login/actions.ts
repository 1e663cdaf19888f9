"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { logIn, logInAsPersona } from "@/lib/esia-mock/accounts";
import { loginForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { requestMeta } from "@/app/_lib/request-meta";
import { mockDb, setSessionCookie } from "../_lib/mock";

function afterLogin(request: string | undefined): never {
  redirect(request ? `${MOCK_PATH}/consent?request=${encodeURIComponent(request)}` : `${MOCK_PATH}/profile`);
}

export async function logInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  delete values.password; // never sent back to the page
  const parsed = loginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const db = await mockDb();
  const outcome = await logIn(db, {
    login: parsed.data.login,
    password: parsed.data.password,
    remember: parsed.data.remember,
    ip: (await requestMeta()).ip,
  });
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  await setSessionCookie(outcome.value.ticket);
  afterLogin(parsed.data.request || undefined);
}

export async function logInAsPersonaAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const db = await mockDb();
  const outcome = await logInAsPersona(db, String(formData.get("personaKey") ?? ""));
  const request = String(formData.get("request") ?? "") || undefined;
  if (!outcome.ok)
    redirect(
      `${MOCK_PATH}/login?problem=${encodeURIComponent(outcome.message)}${request ? `&request=${encodeURIComponent(request)}` : ""}`,
    );
  await setSessionCookie(outcome.value.ticket);
  afterLogin(request);
}
