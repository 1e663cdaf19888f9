"use server";

import { redirect } from "next/navigation";
import { grantAuthorization, refuseAuthorization } from "@/lib/esia-mock/oauth";
import { MOCK_PATH, mockSettings } from "@/lib/esia-mock/settings";
import { currentSession, mockDb } from "../_lib/mock";

export async function grantAction(formData: FormData): Promise<void> {
  const requestId = String(formData.get("request") ?? "");
  const signedIn = await currentSession();
  if (!signedIn) redirect(`${MOCK_PATH}/login?request=${encodeURIComponent(requestId)}`);
  const target = await grantAuthorization(await mockDb(), {
    requestId,
    accountId: signedIn.account.id,
    sessionId: signedIn.session.id,
    authTime: signedIn.session.createdAt,
    authMethod: signedIn.session.authMethod,
    issuer: mockSettings().issuer,
  }).catch(() => `${MOCK_PATH}/consent?request=${encodeURIComponent(requestId)}&expired=1`);
  redirect(target);
}

export async function refuseAction(formData: FormData): Promise<void> {
  const target = await refuseAuthorization(await mockDb(), String(formData.get("request") ?? ""));
  redirect(target ?? `${MOCK_PATH}/profile`);
}
