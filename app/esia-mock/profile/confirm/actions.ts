"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmIdentity, enterMailCode, orderMailCode } from "@/lib/esia-mock/accounts";
import { mailCodeForm, mailCodeOrderForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { mockDb, requireAccount } from "../../_lib/mock";

// The three ways of seed 004 step 5 that end in the profile: a code by registered mail, and an
// electronic signature or УЭК (simulated). The third, in person, is the operator's page.

const CONFIRM = `${MOCK_PATH}/profile/confirm`;

/** «Получить код подтверждения письмом»: the letter goes to the address; the mock's outbox holds it. */
export async function orderMailCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { account } = await requireAccount();
  const values = submittedValues(formData);
  const parsed = mailCodeOrderForm.safeParse({ address: formData.get("address") ?? "" });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await orderMailCode(await mockDb(), account.id, parsed.data.address);
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  redirect(`${CONFIRM}?letter=sent`);
}

/** «Код подтверждения» from the letter → a confirmed account. */
export async function enterMailCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { account } = await requireAccount();
  const values = submittedValues(formData);
  const parsed = mailCodeForm.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await enterMailCode(await mockDb(), account.id, parsed.data.code);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  redirect(`${MOCK_PATH}/profile?confirmed=mail_code`);
}

const signatureForm = z.object({
  means: z.enum(["qes", "uec"], { error: "Выберите средство электронной подписи" }),
});

/** «С помощью электронной подписи или УЭК», simulated: no signature is made or checked. */
export async function signatureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { account } = await requireAccount();
  const values = submittedValues(formData);
  const parsed = signatureForm.safeParse({ means: formData.get("means") ?? undefined });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  if (account.level === "confirmed") redirect(`${MOCK_PATH}/profile`);
  const outcome = await confirmIdentity(await mockDb(), account.id, "signature");
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  redirect(`${MOCK_PATH}/profile?confirmed=signature`);
}
