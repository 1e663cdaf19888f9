"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { setElectronicShareTarget } from "@/lib/dashboard/dashboard";
import { targetForm } from "@/lib/dashboard/forms";
import { prisma } from "@/lib/db/runtime";

// «Сохранить цель» (the ministry): parse, call, back to the same filtered view.

function backTo(formData: FormData): string {
  const returnTo = String(formData.get("returnTo") ?? "");
  return /^\/staff\/dashboard(\?[\w=&%.-]*)?$/.test(returnTo) ? returnTo : "/staff/dashboard";
}

export async function setTargetAction(formData: FormData): Promise<void> {
  // Anyone can call an action with any arguments: a wrong one is a 404, never a 500.
  formData = formArgument(formData);
  const { staff } = await requireStaff("/staff/dashboard");
  const back = backTo(formData);
  const joiner = back.includes("?") ? "&" : "?";
  const parsed = targetForm.safeParse({ percent: String(formData.get("percent") ?? "") });
  if (!parsed.success) {
    const typed = String(formData.get("percent") ?? "").slice(0, 20);
    redirect(
      `${back}${joiner}targetError=${encodeURIComponent(parsed.error.issues[0]?.message ?? "Проверьте значение")}&targetValue=${encodeURIComponent(typed)}#percent`,
    );
  }
  const saved = await setElectronicShareTarget(
    await prisma(),
    staff,
    { ip: (await requestMeta()).ip },
    parsed.data.percent,
  );
  if (!saved) notFound();
  redirect(`${back}${joiner}targetSaved=1`);
}
