"use client";

import { useSyncExternalStore } from "react";
import type { ErrorPageWords } from "@/components/error-page-words";
import { LOCALE_COOKIE, localeForPath, type Locale } from "@/lib/i18n/locales";

// Next renders this page in place of the root layout when the layout itself fails, so neither the
// catalogue nor the layout's words (ErrorPageWordsProvider) reach it. The error page's words of
// both languages are put into the build from the catalogues (next.config.mjs, ERROR_PAGE_WORDS:
// a few hundred bytes), and the language is the one the pages use: the `lang` cookie, Russian on
// staff pages and the mock ESIA. Next draws this page in the browser only: for a failure on the
// server it sends an empty error document, which components/no-script-error-page.tsx fills in
// the page's language for a browser without JavaScript (decision 0019, item 19).

const WORDS = JSON.parse(process.env.ERROR_PAGE_WORDS ?? "{}") as Record<Locale, ErrorPageWords>;

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const noSubscription = () => () => {};
const browserLocale = (): Locale => localeForPath(window.location.pathname, COOKIE.exec(document.cookie)?.[1]);
const serverLocale = (): Locale => "ru";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, serverLocale);
  const words = WORDS[locale];
  return (
    <html lang={locale}>
      <body>
        <main>
          <h1>{words.title}</h1>
          <p>{words.text}</p>
          {error.digest ? <p>{words.code.replace("{code}", error.digest)}</p> : null}
          <p>
            {/* A full page load, not a client navigation: the root layout itself has failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{words.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
