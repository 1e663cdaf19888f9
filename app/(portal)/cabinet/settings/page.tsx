import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { languageOf } from "@/lib/cabinet/language";
import { prisma } from "@/lib/db/runtime";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { changePasswordAction } from "./actions";
import { saveLanguageAction } from "./language-actions";
import type { PasswordPolicyTexts } from "../../register/password-policy";
import { ChangePasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requireUser("/cabinet/settings");
  const { changed, language } = await searchParams;
  const t = await getTranslations("settings");
  const reset = await getTranslations("reset");
  const chosen = await languageOf(await prisma(), user.id);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("tabs")} className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          {t("password")}
        </span>
        <Link href="/cabinet/settings/esia" className="px-2 pb-2 text-brand-800 underline">
          {t("esia")}
        </Link>
        <Link href="/cabinet/settings/notifications" className="px-2 pb-2 text-brand-800 underline">
          {t("notifications")}
        </Link>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">{t("changePassword")}</h2>
      {changed ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("passwordChanged")}
        </p>
      ) : null}
      <p className="mt-3 max-w-xl">{t("passwordNote")}</p>
      <div className="max-w-xl">
        <ChangePasswordForm
          action={changePasswordAction}
          texts={{
            currentPassword: reset("currentPassword"),
            password: reset("newPassword"),
            passwordConfirmation: reset("repeatNewPassword"),
            submit: reset("change"),
            policy: (await getTranslations()).raw("registration.policy") as PasswordPolicyTexts,
          }}
        />
      </div>

      <h2 id="language" className="mt-10 text-xl font-semibold">
        {t("languageHeading")}
      </h2>
      {language ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("languageSaved")}
        </p>
      ) : null}
      <p className="mt-3 max-w-xl">{t("languageNote")}</p>
      <form action={saveLanguageAction} className="mt-4 max-w-xl">
        <fieldset>
          <legend className="font-semibold">{t("languageLegend")}</legend>
          <div className="mt-2 space-y-2">
            {LOCALES.map((locale) => (
              <div key={locale} className="flex items-center gap-3">
                <input
                  id={`locale-${locale}`}
                  type="radio"
                  name="locale"
                  value={locale}
                  defaultChecked={chosen === locale}
                  className="h-5 w-5"
                />
                <label htmlFor={`locale-${locale}`} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </>
  );
}
