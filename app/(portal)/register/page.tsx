import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/auth";
import { registerAction } from "./actions";
import { RegistrationForm, type RegistrationTexts } from "./registration-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registration"))("title") };
}

export default async function RegisterPage() {
  if (await currentUser()) redirect("/cabinet");
  const t = await getTranslations("registration");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">
        {t("intro")}
        <span aria-hidden="true">*</span>
        <span className="sr-only">{t("asterisk")}</span>
        {t("introAfter")}
      </p>
      <RegistrationForm
        action={registerAction}
        texts={(await getTranslations()).raw("registration") as RegistrationTexts}
      />
    </div>
  );
}
