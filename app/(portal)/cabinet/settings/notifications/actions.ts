"use server";

import { redirect } from "next/navigation";
import { requestMeta, requireUser } from "@/app/_lib/auth";
import { saveNoticeChannels } from "@/lib/cabinet/notification-settings";
import { prisma } from "@/lib/db/runtime";

/** «Сохранить»: the signed-in applicant's own choice only. */
export async function saveNoticeChannelsAction(formData: FormData): Promise<void> {
  const { user } = await requireUser("/cabinet/settings/notifications");
  const outcome = await saveNoticeChannels(await prisma(), user.id, Object.fromEntries(formData), (await requestMeta()).ip);
  redirect(outcome.ok ? "/cabinet/settings/notifications?saved=1" : "/cabinet/settings/notifications?invalid=1");
}
