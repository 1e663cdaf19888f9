import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bodies"))("title") };
}

// The names of the municipalities and of the bodies are shown as the reference data has them
// (their official Russian names).

export default async function TerritorialBodiesPage() {
  const db = await prisma();
  const t = await getTranslations("bodies");
  const territories = await db.territory.findMany({
    include: { territorialBody: true },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
  });
  // On a phone each row becomes a block with its column names shown inline (data-label).
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro", { count: territories.length })}</p>
      <table className="mt-6 block w-full border-collapse text-left sm:table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="hidden sm:table-header-group">
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t("territory")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("centre")}
            </th>
            <th scope="col" className="py-2">
              {t("body")}
            </th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {territories.map((territory) => (
            <tr key={territory.id} className="block border-b border-slate-200 py-2 align-top sm:table-row sm:py-0">
              <td className="block py-1 sm:table-cell sm:py-2 sm:pr-4">
                <span className="font-semibold sm:hidden">{t("territory")}: </span>
                {territory.name}
              </td>
              <td className="block py-1 sm:table-cell sm:py-2 sm:pr-4">
                <span className="font-semibold sm:hidden">{t("centre")}: </span>
                {territory.administrativeCentre}
              </td>
              <td className="block py-1 sm:table-cell sm:py-2">
                <span className="font-semibold sm:hidden">{t("body")}: </span>
                {territory.territorialBody?.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
