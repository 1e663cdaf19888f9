"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { submitPersonalData } from "@/lib/esia-mock/accounts";
import { personalDataForm } from "@/lib/esia-mock/forms";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { mockDb, requireAccount } from "../../_lib/mock";

/** «Продолжить»: the data goes to the automatic checks; the checks page shows how they go. */
export async function submitPersonalDataAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { account } = await requireAccount();
  const values = submittedValues(formData);
  const parsed = personalDataForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await submitPersonalData(await mockDb(), account.id, parsed.data, mockSettings().checkDelaySeconds);
  if (!outcome.ok) return withErrors(values, {}, outcome.message);
  redirect(`${MOCK_PATH}/profile/checks`);
}
