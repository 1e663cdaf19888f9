"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { redirect } from "next/navigation";
import { requestMeta, requireUser, safeReturnTo } from "@/app/_lib/auth";
import { settleDifferences } from "@/lib/cabinet/accounts";
import { prisma } from "@/lib/db/runtime";

export async function settleDifferencesAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const pendingId = String(formData.get("pending") ?? "");
  const { user } = await requireUser(`/esia/differences?p=${encodeURIComponent(pendingId)}`);
  const replace = formData.get("decision") === "replace";
  const outcome = await settleDifferences(await prisma(), pendingId, user.id, replace, (await requestMeta()).ip);
  if (!outcome.ok) redirect("/cabinet/settings/esia?linked=1");
  const { returnTo, kept } = outcome.value;
  if (returnTo) redirect(safeReturnTo(returnTo));
  redirect(
    replace ? `/cabinet?replaced=1${kept.length ? `&kept=${kept.join(",")}` : ""}` : "/cabinet/settings/esia?linked=1",
  );
}
