"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { prisma } from "@/lib/db/runtime";

/** «Отметить все как прочитанные»: only the signed-in user's own notifications. */
export async function markAllReadAction(): Promise<void> {
  const { user } = await requireUser("/cabinet/notifications");
  await (
    await prisma()
  ).notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  redirect("/cabinet/notifications");
}
