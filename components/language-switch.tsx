"use client";

import { usePathname } from "next/navigation";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * «Русский / Татарча»: plain links to the route handler (app/language/route.ts), so the switch
 * works without JavaScript; it sets the cookie and comes back to this same address. A client
 * component because the header sits in the layout, which the App Router does not render again
 * on a client-side navigation: the address must come from the router, not from the request
 * that first rendered the layout. Each name is in its own language and marked so (lang), for
 * screen readers to pronounce it right.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const here = usePathname() || "/";
  return (
    <nav aria-label={label} className="flex items-center gap-2 text-sm">
      {LOCALES.map((other, index) => (
        <span key={other} className="flex items-center gap-2">
          {index > 0 ? <span aria-hidden="true">/</span> : null}
          {other === locale ? (
            <span lang={other} aria-current="true" className="font-semibold">
              {LOCALE_NAMES[other]}
            </span>
          ) : (
            <a
              lang={other}
              hrefLang={other}
              href={`/language?to=${other}&back=${encodeURIComponent(here)}`}
              className="underline"
            >
              {LOCALE_NAMES[other]}
            </a>
          )}
        </span>
      ))}
    </nav>
  );
}
