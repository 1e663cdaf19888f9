import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { Checkbox, ErrorSummary, SelectField, TextField } from "@/components/forms/fields";
import { SERVICE_IDS } from "@/lib/benefits/services";
import { hasCapability } from "@/lib/casework/access";
import { isOverdue } from "@/lib/casework/deadlines";
import { formatDateTime, formatDue, serviceTitle, statusLabel } from "@/lib/casework/labels";
import { applicantName, parseQueueQuery, QUEUE_SORTS, QUEUE_STATUSES, queueQueryString } from "@/lib/casework/queue";
import { viewQueue } from "@/lib/casework/service";
import { prisma } from "@/lib/db/runtime";
import { todayInMoscow } from "@/lib/validation/calendar-date";

export const metadata: Metadata = { title: "Очередь заявлений" };

const FILTER_LABELS = { from: "Дата подачи с", to: "Дата подачи по", q: "Поиск" };

/** «Очередь заявлений» of the signed-in caseworker's territorial body: a GET form, so it works without JavaScript. */
export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const query = parseQueueQuery(params);
  const { staff } = await requireStaff(`/staff/queue?${queueQueryString(query.filters)}`);
  const today = todayInMoscow();
  const page = await viewQueue(await prisma(), staff, { ip: (await requestMeta()).ip }, query, today);
  if (!page) notFound();
  const raw = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const filtersQuery = queueQueryString(query.filters);
  return (
    <>
      <h1 className="text-2xl font-bold">Очередь заявлений</h1>
      <p className="mt-1 text-slate-700">{staff.territoryName}</p>

      <form
        method="get"
        action="/staff/queue"
        className="mt-4 rounded border border-slate-300 p-4"
        aria-label="Отбор заявлений"
        noValidate
      >
        <ErrorSummary errors={query.errors} labels={FILTER_LABELS} />
        <div className="grid gap-x-6 md:grid-cols-3">
          <SelectField
            name="service"
            label="Услуга"
            defaultValue={query.filters.serviceId ?? ""}
            options={[
              { value: "", label: "Все услуги" },
              ...SERVICE_IDS.map((id) => ({ value: id, label: serviceTitle(id) })),
            ]}
          />
          <SelectField
            name="status"
            label="Статус"
            defaultValue={query.filters.status ?? ""}
            options={[
              { value: "", label: "Все статусы" },
              ...QUEUE_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
            ]}
          />
          <SelectField
            name="sort"
            label="Порядок"
            defaultValue={query.filters.sort}
            options={Object.entries(QUEUE_SORTS).map(([value, label]) => ({ value, label }))}
          />
          <TextField
            name="from"
            type="date"
            label="Дата подачи с"
            defaultValue={raw("from")}
            error={query.errors.from}
          />
          <TextField name="to" type="date" label="Дата подачи по" defaultValue={raw("to")} error={query.errors.to} />
          <TextField
            name="q"
            type="search"
            label="Поиск"
            hint="Номер заявления, фамилия заявителя полностью или СНИЛС"
            defaultValue={raw("q")}
            error={query.errors.q}
          />
        </div>
        <Checkbox name="overdue" value="1" label="Только просроченные" defaultChecked={query.filters.overdueOnly} />
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Показать
          </button>
          <Link href="/staff/queue" className="text-brand-800 underline">
            Сбросить отбор
          </Link>
          {hasCapability(staff, "export") ? (
            <a
              href={`/staff/export${filtersQuery ? `?${filtersQuery}` : ""}`}
              className="rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              download
            >
              Выгрузить в CSV
            </a>
          ) : null}
        </div>
      </form>

      {page.rows.length === 0 ? (
        <p className="mt-6" role="status">
          Заявлений по этому отбору нет.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Заявления территориального органа</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  Номер заявления
                </th>
                <th scope="col" className="p-2">
                  Заявитель
                </th>
                <th scope="col" className="p-2">
                  Услуга
                </th>
                <th scope="col" className="p-2">
                  Статус
                </th>
                <th scope="col" className="p-2">
                  Дата подачи
                </th>
                <th scope="col" className="p-2">
                  Срок решения
                </th>
                <th scope="col" className="p-2">
                  Исполнитель
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => {
                const overdue = isOverdue(row.status, row.decisionDue, today);
                return (
                  <tr
                    key={row.id}
                    className={`border-b border-slate-200 ${overdue ? "bg-red-50" : ""}`}
                    data-overdue={overdue ? "true" : undefined}
                  >
                    <td className="p-2">
                      <Link href={`/staff/applications/${row.id}`} className="font-semibold text-brand-800 underline">
                        {row.number}
                      </Link>
                    </td>
                    <td className="p-2">{applicantName(row)}</td>
                    <td className="p-2">{serviceTitle(row.serviceId)}</td>
                    <td className="p-2">{statusLabel(row.status)}</td>
                    <td className="p-2">{formatDateTime(row.submittedAt)}</td>
                    <td className="p-2">
                      {formatDue(row.decisionDue)}
                      {overdue ? (
                        <span className="ml-2 inline-block rounded bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">
                          Просрочено
                        </span>
                      ) : null}
                      {row.status === "docs_requested" ? (
                        <span className="block text-sm text-slate-700">срок приостановлен</span>
                      ) : null}
                    </td>
                    <td className="p-2">{row.assignedStaffName ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Страницы очереди" className="mt-4 flex gap-6">
        {query.cursor ? (
          <Link href={`/staff/queue${filtersQuery ? `?${filtersQuery}` : ""}`} className="text-brand-800 underline">
            В начало очереди
          </Link>
        ) : null}
        {page.next ? (
          <Link
            href={`/staff/queue?${queueQueryString(query.filters, { after: page.next })}`}
            className="font-semibold text-brand-800 underline"
          >
            Следующая страница
          </Link>
        ) : null}
      </nav>
    </>
  );
}
