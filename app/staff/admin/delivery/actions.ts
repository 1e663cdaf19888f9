"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { resendMessage } from "@/lib/messaging/admin";
import { currentStaff } from "../../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

/** «Отправить повторно»: lib/messaging/admin.ts decides (administrators only, failed messages only). */
export async function resendMessageAction(formData: FormData): Promise<void> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  formData = formArgument(formData);
  const signedIn = await currentStaff();
  if (!signedIn) redirect("/staff/login?returnTo=%2Fstaff%2Fadmin%2Fdelivery");
  const id = Number(formData.get("messageId"));
  const outcome = await resendMessage(
    await prisma(),
    { id: signedIn.staff.id, role: signedIn.staff.role },
    Number.isInteger(id) && id > 0 ? id : 0,
    (await requestMeta()).ip,
  );
  if (!outcome.ok && outcome.kind === "forbidden") notFound();
  redirect(outcome.ok ? `/staff/admin/delivery?resent=${id}` : `/staff/admin/delivery?stale=${id}`);
}
