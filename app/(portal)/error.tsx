"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("text")}</p>
      {error.digest ? <p className="mt-3">{t("code", { code: error.digest })}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/" className="px-4 py-2 text-brand-800 underline">
          {t("home")}
        </Link>
      </div>
    </>
  );
}
