import Link from "@/components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

/** The header; the signed-in citizen and the log-out action come from the app's session. */
export async function SiteHeader({
  citizen: signedIn,
  logOut: logOutAction,
}: {
  citizen: { lastName: string; firstName: string } | null;
  logOut: () => Promise<void>;
}) {
  const t = await getTranslations("header");
  const portal = await getTranslations("portal");
  const locale = parseLocale(await getLocale());
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          href="/"
          className="flex min-w-0 items-center gap-3 text-base font-semibold leading-snug sm:text-lg hover:underline"
        >
          {/* The portal's emblem (public/emblem.svg, 300 bytes: next/image would add nothing); the link's name is the portal's name. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/emblem.svg" alt="" width={40} height={40} className="h-10 w-10 shrink-0" />
          <span className="min-w-0 [overflow-wrap:anywhere]">{portal("name")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
          <LanguageSwitch locale={locale} label={t("languageNavigation")} />
          <nav aria-label={t("navigation")} className="flex flex-wrap items-center gap-3">
            <Link href="/services" className="font-semibold underline">
              {t("catalogue")}
            </Link>
            {signedIn ? (
              <>
                <Link href="/cabinet" className="font-semibold underline">
                  {t("cabinet")}
                </Link>
                <span className="text-sm" data-testid="signed-in-as">
                  {signedIn.lastName} {signedIn.firstName}
                </span>
                <form action={logOutAction}>
                  <button
                    type="submit"
                    className="rounded border-2 border-white px-3 py-1 font-semibold hover:bg-white hover:text-brand-800"
                  >
                    {t("logOut")}
                  </button>
                </form>
              </>
            ) : (
              <Link
                href="/login"
                className="inline-block rounded border-2 border-white px-4 py-1.5 font-semibold hover:bg-white hover:text-brand-800"
              >
                {t("logIn")}
              </Link>
            )}
          </nav>
        </div>
      </div>
    </header>
  );
}
