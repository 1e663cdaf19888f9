import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { territoryAuditLog } from "@/lib/casework/audit-log";
import { AUDIT_OUTCOMES, AUDIT_REASONS, auditActionLabel, formatDateTime, ROLE_NAMES } from "@/lib/casework/labels";
import { prisma } from "@/lib/db/runtime";

export const metadata: Metadata = { title: "Журнал аудита" };

/** «Журнал аудита» of the supervisor's territorial body: read-only, newest first. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const after = typeof params.after === "string" ? params.after : null;
  const { staff } = await requireStaff("/staff/audit");
  const log = await territoryAuditLog(await prisma(), staff, { ip: (await requestMeta()).ip }, after);
  if (!log) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">Журнал аудита</h1>
      <p className="mt-1 text-slate-700">
        {staff.territoryName}: действия сотрудников и обращения к заявлениям. Записи журнала нельзя изменить или
        удалить.
      </p>
      {log.entries.length === 0 ? (
        <p className="mt-6">Записей нет.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  Когда
                </th>
                <th scope="col" className="p-2">
                  Сотрудник
                </th>
                <th scope="col" className="p-2">
                  Роль
                </th>
                <th scope="col" className="p-2">
                  Действие
                </th>
                <th scope="col" className="p-2">
                  Заявление
                </th>
                <th scope="col" className="p-2">
                  Результат
                </th>
                <th scope="col" className="p-2">
                  IP-адрес
                </th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => {
                const reason =
                  typeof entry.details.reason === "string"
                    ? (AUDIT_REASONS[entry.details.reason] ?? entry.details.reason)
                    : null;
                return (
                  <tr
                    key={entry.id}
                    className={`border-b border-slate-200 align-top ${entry.outcome === "refused" ? "bg-amber-50" : ""}`}
                  >
                    <td className="p-2 whitespace-nowrap">{formatDateTime(entry.at)}</td>
                    <td className="p-2">
                      {entry.actorName ??
                        (entry.actorType === "staff" ? `сотрудник № ${entry.actorId}` : entry.actorType)}
                    </td>
                    <td className="p-2">
                      {entry.role ? (ROLE_NAMES[entry.role as keyof typeof ROLE_NAMES] ?? entry.role) : "—"}
                    </td>
                    <td className="p-2">{auditActionLabel(entry.action)}</td>
                    <td className="p-2">
                      {entry.applicationNumber ? (
                        <Link
                          href={`/staff/applications/${entry.subject?.split(":")[1]}`}
                          className="text-brand-800 underline"
                        >
                          {entry.applicationNumber}
                        </Link>
                      ) : entry.subject?.startsWith("application:") ? (
                        `заявление № ${entry.subject.split(":")[1]} (не вашего органа или не существует)`
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="p-2">
                      {AUDIT_OUTCOMES[entry.outcome] ?? entry.outcome}
                      {reason ? <span className="block text-sm">{reason}</span> : null}
                    </td>
                    <td className="p-2">{entry.ip ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Страницы журнала" className="mt-4 flex gap-6">
        {after ? (
          <Link href="/staff/audit" className="text-brand-800 underline">
            К последним записям
          </Link>
        ) : null}
        {log.next ? (
          <Link
            href={`/staff/audit?after=${encodeURIComponent(log.next)}`}
            className="font-semibold text-brand-800 underline"
          >
            Более ранние записи
          </Link>
        ) : null}
      </nav>
    </>
  );
}
