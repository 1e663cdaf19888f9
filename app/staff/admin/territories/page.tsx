import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { listTerritories } from "@/lib/staff/admin";
import { requireStaffRole } from "../../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

export const metadata: Metadata = { title: "Территории и территориальные органы" };

export default async function TerritoriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { staff } = await requireStaffRole("/staff/admin/territories", ["administrator"]);
  const { renamed } = await searchParams;
  const territories = await listTerritories(
    await prisma(),
    { id: staff.id, role: staff.role },
    (await requestMeta()).ip,
  );
  if (!territories.ok) notFound();
  const changed = territories.value.find((territory) => String(territory.id) === renamed);
  return (
    <div>
      <p>
        <Link href="/staff/admin" className="text-brand-800 underline">
          ← Администрирование
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Территории и территориальные органы</h1>
      {changed ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3">
          Наименование органа ({changed.name}) сохранено.
        </p>
      ) : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                Территория
              </th>
              <th scope="col" className="p-2">
                Территориальный орган
              </th>
              <th scope="col" className="p-2">
                Сотрудников
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">Действия</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {territories.value.map((territory) => (
              <tr key={territory.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-normal">
                  {territory.name}
                </th>
                <td className="p-2">{territory.bodyName ?? "—"}</td>
                <td className="p-2">{territory.staffCount}</td>
                <td className="p-2">
                  <Link
                    href={`/staff/admin/territories/${territory.id}`}
                    className="text-brand-800 underline"
                    aria-label={`Изменить наименование органа: ${territory.name}`}
                  >
                    Изменить
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
