"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formArgument } from "@/app/_lib/action-arguments";
import { requireUser } from "@/app/_lib/auth";
import { languageForm, saveLanguage } from "@/lib/cabinet/language";
import { prisma } from "@/lib/db/runtime";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";

/** «Язык портала» → «Сохранить»: the signed-in person's own choice, on the user and in the cookie. */
export async function saveLanguageAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const { user } = await requireUser("/cabinet/settings");
  const parsed = languageForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/cabinet/settings");
  await saveLanguage(await prisma(), user.id, parsed.data.locale);
  (await cookies()).set({
    name: LOCALE_COOKIE,
    value: parsed.data.locale,
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
  });
  redirect("/cabinet/settings?language=1");
}
