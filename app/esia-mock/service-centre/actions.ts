"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountForOperator, confirmIdentity } from "@/lib/esia-mock/accounts";
import { operatorSearchForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { mockDb } from "../_lib/mock";

// The operator's workstation at a service centre: find the visitor by SNILS, compare the passport,
// confirm the identity. The found account travels in `?oid=` (not the SNILS: no personal data in URLs).

const PAGE = `${MOCK_PATH}/service-centre`;

export async function searchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const parsed = operatorSearchForm.safeParse({ snils: formData.get("snils") ?? "" });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const account = await accountForOperator(await mockDb(), { snils: parsed.data.snils });
  if (!account)
    return withErrors(values, {
      snils: "Учетная запись с таким СНИЛС не найдена. Проверьте номер в документе посетителя.",
    });
  redirect(`${PAGE}?oid=${account.oid}`);
}

const confirmForm = z.object({
  oid: z.coerce.number().int().positive(),
  documentShown: z.literal("on", { error: "Отметьте, что посетитель предъявил паспорт и его данные совпадают" }),
});

export async function confirmAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = submittedValues(formData);
  const parsed = confirmForm.safeParse({
    oid: formData.get("oid"),
    documentShown: formData.get("documentShown") ?? undefined,
  });
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const db = await mockDb();
  const account = await accountForOperator(db, { oid: parsed.data.oid });
  if (!account) redirect(PAGE);
  const outcome = await confirmIdentity(db, account.id, "service_centre");
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  redirect(`${PAGE}?oid=${account.oid}&confirmed=1`);
}
