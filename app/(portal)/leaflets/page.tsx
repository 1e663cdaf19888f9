import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { LEAFLET_IDS } from "@/lib/leaflets/content";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leaflets"))("title") };
}

/** The ministry's two leaflets (letter № 29-14) as pages of the portal. */
export default async function LeafletsPage() {
  const t = await getTranslations("leaflets");
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <ul className="mt-6 space-y-3">
        {LEAFLET_IDS.map((id) => (
          <li key={id} className="rounded border border-slate-300 p-4">
            <Link href={`/leaflets/${id}`} className="text-lg font-semibold text-brand-800 underline">
              {t(id)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/esia-instruction" className="text-brand-800 underline">
          {t("instruction")}
        </Link>
      </p>
    </article>
  );
}
