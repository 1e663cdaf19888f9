import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES, parseLocale } from "@/lib/i18n/locales";

/**
 * «Русский / Татарча»: plain links to the route handler (app/language/route.ts), so the switch
 * works without JavaScript; it sets the cookie and comes back to this same address. Each name is
 * in its own language and marked so (lang), for screen readers to pronounce it right.
 */
export async function LanguageSwitch() {
  const locale = parseLocale(await getLocale());
  const t = await getTranslations("header");
  const here = (await headers()).get("x-pathname") ?? "/";
  return (
    <nav aria-label={t("languageNavigation")} className="flex items-center gap-2 text-sm">
      {LOCALES.map((other, index) => (
        <span key={other} className="flex items-center gap-2">
          {index > 0 ? <span aria-hidden="true">/</span> : null}
          {other === locale ? (
            <span lang={other} aria-current="true" className="font-semibold">
              {LOCALE_NAMES[other]}
            </span>
          ) : (
            <a lang={other} hrefLang={other} href={`/language?to=${other}&back=${encodeURIComponent(here)}`} className="underline">
              {LOCALE_NAMES[other]}
            </a>
          )}
        </span>
      ))}
    </nav>
  );
}
