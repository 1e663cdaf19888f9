import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import type { ApplicationStatus } from "@/lib/applications/application-status";
import { serviceTitle, statusLabel } from "@/lib/casework/labels";
import { territoryStatistics } from "@/lib/casework/statistics";
import { prisma } from "@/lib/db/runtime";
import { todayInMoscow } from "@/lib/validation/calendar-date";

export const metadata: Metadata = { title: "Статистика" };

const COLUMNS: readonly ApplicationStatus[] = [
  "registered",
  "in_review",
  "docs_requested",
  "docs_provided",
  "approved",
  "assigned",
  "rejected",
  "returned",
  "withdrawn",
];

/** «Статистика» of the supervisor's territorial body. */
export default async function StatisticsPage() {
  const { staff } = await requireStaff("/staff/statistics");
  const statistics = await territoryStatistics(
    await prisma(),
    staff,
    { ip: (await requestMeta()).ip },
    { today: todayInMoscow() },
  );
  if (!statistics) notFound();
  const rows = [
    ...statistics.services.map((service) => ({
      key: service.serviceId,
      title: serviceTitle(service.serviceId),
      counts: service,
    })),
    { key: "all", title: "Всего", counts: statistics.totals },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">Статистика</h1>
      <p className="mt-1 text-slate-700">{staff.territoryName}</p>
      <dl className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-3">
        <div className="rounded border border-slate-300 p-4">
          <dt>Ожидают решения</dt>
          <dd className="text-2xl font-bold">{statistics.totals.awaiting}</dd>
        </div>
        <div className="rounded border border-slate-300 p-4">
          <dt>Просрочено</dt>
          <dd className={`text-2xl font-bold ${statistics.totals.overdue > 0 ? "text-red-700" : ""}`}>
            {statistics.totals.overdue}
          </dd>
        </div>
        <div className="rounded border border-slate-300 p-4">
          <dt>Решений за {statistics.recentDays} дней</dt>
          <dd className="text-2xl font-bold">{statistics.decidedRecently}</dd>
          <dd className="text-sm">
            {statistics.meanDecisionDays === null
              ? ""
              : `в среднем ${statistics.meanDecisionDays.toLocaleString("ru-RU")} дн. от подачи`}
          </dd>
        </div>
      </dl>

      <h2 className="mt-8 text-xl font-bold">Заявления по услугам и статусам</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                Услуга
              </th>
              <th scope="col" className="p-2">
                Всего
              </th>
              <th scope="col" className="p-2">
                Отправлено
              </th>
              {COLUMNS.map((status) => (
                <th key={status} scope="col" className="p-2">
                  {statusLabel(status)}
                </th>
              ))}
              <th scope="col" className="p-2">
                Просрочено
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`border-b border-slate-200 ${row.key === "all" ? "font-semibold" : ""}`}>
                <th scope="row" className="p-2 text-left">
                  {row.title}
                </th>
                <td className="p-2">{row.counts.total}</td>
                <td className="p-2">{row.counts.byStatus.submitted}</td>
                {COLUMNS.map((status) => (
                  <td key={status} className="p-2">
                    {row.counts.byStatus[status]}
                  </td>
                ))}
                <td className="p-2">{row.counts.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-8 text-xl font-bold">Нагрузка сотрудников</h2>
      <table className="mt-2 w-full max-w-3xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">
              Сотрудник
            </th>
            <th scope="col" className="p-2">
              В работе
            </th>
            <th scope="col" className="p-2">
              Просрочено
            </th>
            <th scope="col" className="p-2">
              Решений за {statistics.recentDays} дней
            </th>
          </tr>
        </thead>
        <tbody>
          {statistics.staff.map((member) => (
            <tr key={member.staffId} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-left font-normal">
                {member.fullName}
              </th>
              <td className="p-2">{member.inWork}</td>
              <td className="p-2">{member.overdue}</td>
              <td className="p-2">{member.decidedRecently}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
