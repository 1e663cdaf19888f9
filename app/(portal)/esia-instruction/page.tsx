import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("instruction"))("title") };
}

// The ministry's instruction (seed 000, appendix 1), as a page of the portal. The buttons of the
// federal ESIA it quotes keep their Russian names, as ESIA shows them.
export default async function EsiaInstructionPage() {
  const t = await getTranslations("instruction");
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>

      <h2 className="text-xl font-semibold">{t("about")}</h2>
      <p>{t("aboutText")}</p>
      <p>{t("kinds")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>{t("simplified")}</strong>
          {t("simplifiedText")}
        </li>
        <li>
          <strong>{t("standard")}</strong>
          {t("standardText")}
        </li>
        <li>
          <strong>{t("confirmed")}</strong>
          {t("confirmedText")}
        </li>
      </ul>
      <p>{t("enough")}</p>

      <h2 className="text-xl font-semibold">{t("register")}</h2>
      <p>{t("registerText")}</p>

      <h2 className="text-xl font-semibold">{t("raise")}</h2>
      <p>{t("raiseText")}</p>
      <p>{t("confirm")}</p>

      <h2 className="text-xl font-semibold">{t("login")}</h2>
      <ol className="list-decimal space-y-1 pl-6">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
        <li>{t("step4")}</li>
        <li>
          {t("step5")}{" "}
          <Link href="/cabinet/settings/esia" className="text-brand-800 underline">
            {t("step5Link")}
          </Link>
          .
        </li>
      </ol>
      <p>{t("level")}</p>

      <p className="font-semibold">{t("phones")}</p>
    </article>
  );
}
