"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { unlinkEsia } from "@/lib/cabinet/accounts";
import { prisma } from "@/lib/db/runtime";

export async function unlinkAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const { user, sessionId } = await requireUser("/cabinet/settings/esia");
  // The confirmation step is a page of its own, so it works without JavaScript too.
  if (formData.get("confirm") !== "yes") redirect("/cabinet/settings/esia?confirmUnlink=1");
  await unlinkEsia(await prisma(), user.id, sessionId, (await requestMeta()).ip);
  redirect("/cabinet/settings/esia?unlinked=1");
}
