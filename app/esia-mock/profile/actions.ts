"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { endSession } from "@/lib/esia-mock/accounts";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { clearSessionCookie, mockDb, SESSION_COOKIE } from "../_lib/mock";

/** «Выйти»: ends this session of the mock ESIA (other systems' tokens live on, as at ESIA). */
export async function logOutAction(): Promise<void> {
  await endSession(await mockDb(), (await cookies()).get(SESSION_COOKIE)?.value);
  await clearSessionCookie();
  redirect(`${MOCK_PATH}/login?loggedOut=1`);
}
