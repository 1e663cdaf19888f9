"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { scenarioRequest, setScenario } from "@/lib/esia-mock/control";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { mockDb } from "../_lib/mock";

/** One persona's scenario from its form: a scenario's name, or empty for «Без сценария». */
export async function setScenarioAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const personaKey = String(formData.get("personaKey") ?? "");
  const scenario = String(formData.get("scenario") ?? "") || null;
  const parsed = scenarioRequest.safeParse({ personaKey, scenario });
  if (!parsed.success) redirect(`${MOCK_PATH}/scenarios?problem=1`);
  const found = await setScenario(await mockDb(), parsed.data);
  redirect(
    found
      ? `${MOCK_PATH}/scenarios?saved=${encodeURIComponent(personaKey)}#persona-${encodeURIComponent(personaKey)}`
      : `${MOCK_PATH}/scenarios?problem=1`,
  );
}
