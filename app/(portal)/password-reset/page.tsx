import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { requestPasswordResetAction } from "./actions";
import { ResetRequestForm } from "./request-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("title") };
}

export default async function PasswordResetPage() {
  const t = await getTranslations("reset");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <ResetRequestForm
        action={requestPasswordResetAction}
        texts={{ login: t("login"), loginHint: t("loginHint"), submit: t("getCode") }}
      />
      <p className="mt-6">
        {t("remembered")}{" "}
        <Link href="/login" className="text-brand-800 underline">
          {t("logIn")}
        </Link>
      </p>
    </div>
  );
}
