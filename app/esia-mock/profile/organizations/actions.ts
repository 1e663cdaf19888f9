"use server";

import { redirect } from "next/navigation";
import { formArgument } from "@/app/_lib/action-arguments";
import {
  organizationRegistrationForm,
  registerOrganization,
  REGISTRATION_REFUSALS,
} from "@/lib/esia-mock/organizations";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { fieldErrors, submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import { mockDb, requireAccount } from "../../_lib/mock";

/** «Зарегистрировать»: the person becomes the organisation's head; then the list of organisations. */
export async function registerOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { account } = await requireAccount();
  const values = submittedValues(formData);
  const parsed = organizationRegistrationForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return withErrors(values, fieldErrors(parsed.error));
  const outcome = await registerOrganization(await mockDb(), account.id, parsed.data);
  if (!outcome.ok) return withErrors(values, {}, REGISTRATION_REFUSALS[outcome.refusal]);
  redirect(`${MOCK_PATH}/profile/organizations?registered=${outcome.oid}`);
}
