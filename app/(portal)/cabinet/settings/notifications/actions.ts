"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { saveNoticeChannels } from "@/lib/cabinet/notification-settings";
import { prisma } from "@/lib/db/runtime";

/** «Сохранить»: the signed-in applicant's own choice only. */
export async function saveNoticeChannelsAction(formData: FormData): Promise<void> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  formData = formArgument(formData);
  const { user } = await requireUser("/cabinet/settings/notifications");
  const outcome = await saveNoticeChannels(
    await prisma(),
    user.id,
    Object.fromEntries(formData),
    (await requestMeta()).ip,
  );
  redirect(outcome.ok ? "/cabinet/settings/notifications?saved=1" : "/cabinet/settings/notifications?invalid=1");
}
