import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import type { PasswordPolicyTexts } from "../../register/password-policy";
import { completePasswordResetAction } from "../actions";
import { ResetPasswordForm } from "./reset-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("newPasswordTitle") };
}

// Deliberately says nothing about whether the cabinet exists: the page is the same for a login
// nobody has (startPasswordReset then sends nothing, and no code will fit).
export default async function PasswordResetConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await searchParams;
  const t = await getTranslations("reset");
  const policy = (await getTranslations()).raw("registration.policy") as PasswordPolicyTexts;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {typeof id === "string" && id ? (
        <>
          <p className="mt-3">{t("sent")}</p>
          <ResetPasswordForm
            action={completePasswordResetAction}
            id={id}
            texts={{
              code: t("code"),
              codeHint: t("codeHint"),
              password: t("newPassword"),
              passwordConfirmation: t("repeatNewPassword"),
              submit: t("save"),
              policy,
            }}
          />
        </>
      ) : (
        <p className="mt-3">{t("incomplete")}</p>
      )}
      <p className="mt-6">
        {t("noCode")}{" "}
        <Link href="/password-reset" className="text-brand-800 underline">
          {t("askAgain")}
        </Link>
      </p>
    </div>
  );
}
