import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { pageLocale } from "@/app/_lib/page-locale";
import { SubmitButton } from "@/components/forms/submit-button";
import { isEsiaLevel } from "@/lib/esia/assurance";
import { formatLongDateTime } from "@/lib/i18n/format";
import { unlinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("linking.settings"))("title") };
}

export default async function EsiaLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requireUser("/cabinet/settings/esia");
  const { linked, unlinked, confirmUnlink } = await searchParams;
  const link = user.esiaLink;
  const level = link && isEsiaLevel(link.level) ? link.level : null;
  const t = await getTranslations("linking.settings");
  const tabs = await getTranslations("settings");
  const levels = await getTranslations("level");
  const locale = await pageLocale();
  return (
    <>
      <h1 className="text-2xl font-bold">{tabs("title")}</h1>
      <nav aria-label={tabs("tabs")} className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <Link href="/cabinet/settings" className="px-2 pb-2 text-brand-800 underline">
          {tabs("password")}
        </Link>
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          {tabs("esia")}
        </span>
        <Link href="/cabinet/settings/notifications" className="px-2 pb-2 text-brand-800 underline">
          {tabs("notifications")}
        </Link>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">{t("title")}</h2>
      {linked ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("linked")}
        </p>
      ) : null}
      {unlinked ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("unlinked")}
        </p>
      ) : null}
      {link && level ? (
        <>
          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("state")}</dt>
            <dd>{t("stateLinked")}</dd>
            <dt className="font-semibold">{t("level")}</dt>
            <dd data-testid="esia-level">{levels(level)}</dd>
            <dt className="font-semibold">{t("allows")}</dt>
            <dd>{t(`levelAllows.${level}`)}</dd>
            <dt className="font-semibold">{t("refreshed")}</dt>
            <dd>{t("refreshedNote", { date: formatLongDateTime(locale, link.levelRefreshedAt) })}</dd>
          </dl>
          {level === "simplified" ? (
            <p className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-3">
              {t("simplified")}{" "}
              <Link href="/esia-instruction" className="text-brand-800 underline">
                {t("raise")}
              </Link>
            </p>
          ) : null}
          {confirmUnlink ? (
            <form action={unlinkAction} className="mt-6 rounded border-2 border-red-700 p-4">
              <p className="font-semibold">{t("confirmQuestion")}</p>
              <p className="mt-1">{t("confirmText")}</p>
              <input type="hidden" name="confirm" value="yes" />
              <div className="flex flex-wrap gap-4">
                <SubmitButton>{t("yes")}</SubmitButton>
                <Link href="/cabinet/settings/esia" className="mt-6 px-5 py-2.5 text-brand-800 underline">
                  {t("cancel")}
                </Link>
              </div>
            </form>
          ) : (
            <form action={unlinkAction}>
              <SubmitButton variant="secondary">{t("unlink")}</SubmitButton>
            </form>
          )}
        </>
      ) : (
        <>
          <p className="mt-3">{t("notLinked")}</p>
          <p className="mt-2">{t("why")}</p>
          <a
            href="/esia/start?intent=link"
            className="mt-4 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("link")}
          </a>
        </>
      )}
    </>
  );
}
