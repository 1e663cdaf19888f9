import type { Metadata } from "next";
import { prisma } from "@/lib/db/runtime";

export const metadata: Metadata = { title: "Территориальные органы социальной защиты" };

export default async function TerritorialBodiesPage() {
  const db = await prisma();
  const territories = await db.territory.findMany({
    include: { territorialBody: true },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
  });
  // On a phone each row becomes a block with its column names shown inline (data-label).
  return (
    <>
      <h1 className="text-2xl font-bold">Территориальные органы социальной защиты</h1>
      <p className="mt-3 max-w-3xl">
        Заявление рассматривает орган социальной защиты по месту жительства заявителя. В Республике Татарстан{" "}
        {territories.length} муниципальных образований.
      </p>
      <table className="mt-6 block w-full border-collapse text-left sm:table">
        <caption className="sr-only">Муниципальные образования и органы социальной защиты</caption>
        <thead className="hidden sm:table-header-group">
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              Муниципальное образование
            </th>
            <th scope="col" className="py-2 pr-4">
              Административный центр
            </th>
            <th scope="col" className="py-2">
              Орган социальной защиты
            </th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {territories.map((territory) => (
            <tr key={territory.id} className="block border-b border-slate-200 py-2 align-top sm:table-row sm:py-0">
              <td className="block py-1 sm:table-cell sm:py-2 sm:pr-4">
                <span className="font-semibold sm:hidden">Муниципальное образование: </span>
                {territory.name}
              </td>
              <td className="block py-1 sm:table-cell sm:py-2 sm:pr-4">
                <span className="font-semibold sm:hidden">Административный центр: </span>
                {territory.administrativeCentre}
              </td>
              <td className="block py-1 sm:table-cell sm:py-2">
                <span className="font-semibold sm:hidden">Орган социальной защиты: </span>
                {territory.territorialBody?.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
