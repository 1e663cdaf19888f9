import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { SERVICE_IDS } from "@/lib/benefits";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage() {
  const t = await getTranslations("services");
  const service = await getTranslations("service");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {SERVICE_IDS.map((id) => (
          <li key={id} className="rounded border border-slate-300 p-4">
            <h2 className="font-semibold">
              <Link href={`/services/${id}`} className="text-brand-800 underline">
                {service(`${id}.title`)}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700">{service(`${id}.result`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
