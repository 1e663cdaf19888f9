import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { SelectField, TextField } from "@/components/forms/fields";
import { SERVICE_IDS } from "@/lib/benefits/services";
import { formatMonth, serviceTitle } from "@/lib/casework/labels";
import { formatShare } from "@/lib/dashboard/charts";
import { chartAlternative, chartSize, type DashboardChart } from "@/lib/dashboard/dashboard-charts";
import { dashboardFigures } from "@/lib/dashboard/dashboard";
import { dashboardSearch, parseDashboardQuery } from "@/lib/dashboard/filters";
import { dashboardTable, type DashboardTable } from "@/lib/dashboard/tables";
import { prisma } from "@/lib/db/runtime";
import { TATARSTAN_TERRITORIES } from "@/lib/reference/territories";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import { setTargetAction } from "./actions";

export const metadata: Metadata = { title: "Показатели" };

// The 45 territories are reference data, seeded from this list and never changed at run time.
const TERRITORY_OPTIONS = [
  { value: "", label: "Вся республика" },
  ...[...TATARSTAN_TERRITORIES]
    .sort((a, b) => a.name.localeCompare(b.name, "ru"))
    .map((t) => ({ value: t.code, label: t.name })),
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * «Показатели»: the share of applications sent through the portal against the ministry's target,
 * by month, service and territory, with decision times, statuses and the applicants' ESIA levels.
 * The ministry sees the republic (and any one territory); a supervisor their own territory.
 * Charts are SVG drawn on the server and served on their own (chart/[chart]/route.ts) as images,
 * so they travel once and show with JavaScript off; every chart's numbers are in the table after it.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const query = await searchParams;
  const { staff } = await requireStaff("/staff/dashboard");
  const today = todayInMoscow();
  const db = await prisma();
  const filters = parseDashboardQuery(query, today.slice(0, 7));
  const data = await dashboardFigures(db, staff, { ip: (await requestMeta()).ip }, filters, today);
  if (!data) notFound();
  const ministry = staff.role === "ministry";
  const search = dashboardSearch(data.filters);
  const targetError = typeof query.targetError === "string" ? query.targetError : undefined;
  const targetValue = typeof query.targetValue === "string" ? query.targetValue : String(data.targetPercent);
  const where = data.territory ? data.territory.name : "Республика Татарстан";
  const period =
    data.filters.from === data.filters.to
      ? formatMonth(data.filters.from)
      : `${formatMonth(data.filters.from)} — ${formatMonth(data.filters.to)}`;

  return (
    <>
      <h1 className="text-2xl font-bold">Показатели: доля электронных заявлений</h1>
      <p className="mt-1 text-slate-700">
        {where}, {period}
        {data.filters.serviceId ? `, ${serviceTitle(data.filters.serviceId)}` : ""}
      </p>

      <form
        method="get"
        action="/staff/dashboard"
        className="mt-4 rounded border border-slate-300 p-4 print:hidden"
        aria-label="Отбор показателей"
        noValidate
      >
        <div className="grid gap-x-6 md:grid-cols-4">
          <TextField
            name="from"
            type="month"
            label="Период с (месяц)"
            hint="Например, 2026-01"
            defaultValue={data.filters.from}
          />
          <TextField
            name="to"
            type="month"
            label="Период по (месяц)"
            hint="Например, 2026-12"
            defaultValue={data.filters.to}
          />
          <SelectField
            name="service"
            label="Услуга"
            defaultValue={data.filters.serviceId ?? ""}
            options={[
              { value: "", label: "Все услуги" },
              ...SERVICE_IDS.map((id) => ({ value: id, label: serviceTitle(id) })),
            ]}
          />
          {ministry ? (
            <SelectField
              name="territory"
              label="Территория"
              defaultValue={data.filters.territory ?? ""}
              options={TERRITORY_OPTIONS}
            />
          ) : null}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Показать
          </button>
          <Link href="/staff/dashboard" className="text-brand-800 underline">
            Сбросить отбор
          </Link>
        </div>
      </form>

      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure term="Поступило заявлений" value={data.overall.total.toLocaleString("ru-RU")} />
        <Figure
          term="Через Портал госуслуг РТ"
          value={formatShare(data.overall.share)}
          note={`${data.overall.electronic.toLocaleString("ru-RU")} заявлений; цель ${data.targetPercent} %`}
          alert={data.overall.share !== null && data.overall.share < data.targetPercent}
        />
        <Figure
          term="Срок решения, рабочих дней"
          value={data.decisions.medianDays === null ? "—" : `${data.decisions.medianDays}`}
          note={
            data.decisions.p90Days === null
              ? "решений нет"
              : `медиана; 90 % решений — не дольше ${data.decisions.p90Days} дн. (${data.decisions.decided.toLocaleString("ru-RU")} решений)`
          }
        />
        <Figure
          term="Ожидают решения"
          value={data.awaiting.toLocaleString("ru-RU")}
          note={`просрочено: ${data.overdue.toLocaleString("ru-RU")}`}
          alert={data.overdue > 0}
        />
      </dl>

      {ministry ? (
        <form
          action={setTargetAction}
          className="mt-6 max-w-xl rounded border border-slate-300 p-4 print:hidden"
          noValidate
        >
          <input type="hidden" name="returnTo" value={`/staff/dashboard?${search}`} />
          <TextField
            name="percent"
            label="Целевая доля электронных заявлений, %"
            hint="Федеральная цель — 70 %. Целое число от 1 до 100."
            inputMode="numeric"
            defaultValue={targetValue}
            error={targetError}
          />
          <button
            type="submit"
            className="mt-3 rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Сохранить цель
          </button>
          {query.targetSaved === "1" ? (
            <p role="status" className="mt-2 text-green-800">
              Цель сохранена: {data.targetPercent} %.
            </p>
          ) : null}
        </form>
      ) : null}

      <Section id="months" title="По месяцам" search={search} data={data} chart="months" />
      <Section id="services" title="По услугам" search={search} data={data} chart="services" />
      <Section
        id="territories"
        title={data.territory ? "Территория" : "Рейтинг территорий"}
        search={search}
        data={data}
        chart="territories"
        link={
          ministry && !data.territory
            ? (row) =>
                `/staff/dashboard?${dashboardSearch({ ...data.filters, territory: data.ranking[row]!.item.code })}`
            : undefined
        }
        linkColumn={1}
      />
      <Section id="statuses" title="Заявления по статусам" search={search} data={data} />
      <Section id="esia" title="Уровень учетной записи ЕСИА заявителей" search={search} data={data}>
        <p className="mt-1 max-w-3xl text-slate-700">
          Уровень на момент подачи. Заявители с упрощенной учетной записью или без учетной записи ЕСИА, обратившиеся
          лично, — те, кому стоит объяснить регистрацию стандартной учетной записи и подачу заявления на портале (см.{" "}
          <Link href="/staff/leaflets" className="text-brand-800 underline">
            листовки
          </Link>
          ).
        </p>
      </Section>
    </>
  );
}

function Figure({ term, value, note, alert }: { term: string; value: string; note?: string; alert?: boolean }) {
  return (
    <div className="rounded border border-slate-300 p-4">
      <dt>{term}</dt>
      <dd className={`text-2xl font-bold ${alert ? "text-amber-800" : ""}`}>{value}</dd>
      {note ? <dd className="text-sm text-slate-700">{note}</dd> : null}
    </div>
  );
}

function Section({
  id,
  title,
  search,
  data,
  chart,
  link,
  linkColumn,
  children,
}: {
  id: DashboardTable;
  title: string;
  search: string;
  data: Parameters<typeof dashboardTable>[0];
  chart?: DashboardChart;
  link?: ((row: number) => string) | undefined;
  linkColumn?: number;
  children?: React.ReactNode;
}) {
  const table = dashboardTable(data, id);
  return (
    <section className="mt-10 break-inside-avoid" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
      {chart ? (
        // At 320 px the chart and the table scroll sideways in their own boxes: focusable so a
        // keyboard can scroll them too (axe «scrollable-region-focusable»).
        <figure className="mt-3 max-w-3xl overflow-x-auto" tabIndex={0}>
          {/* The chart's own response, not inline: the drawing travels once and is revalidated by its entity tag. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per view: next/image would only pass it through */}
          <img
            src={`/staff/dashboard/chart/${chart}?${search}`}
            alt={chartAlternative(data, chart)}
            {...chartSize(data, chart)}
            decoding="async"
            className="h-auto w-full min-w-[480px] max-w-[720px]"
          />
          <figcaption className="text-sm text-slate-700">
            {table.title}. Пунктир — цель {data.targetPercent} %; столбцы ниже цели — оранжевые. Числа — в таблице.
          </figcaption>
        </figure>
      ) : null}
      <div className="mt-3 overflow-x-auto" role="region" aria-label={`${table.title}: таблица`} tabIndex={0}>
        {/* Cell styles set once on the table, not on each of up to 45 × 9 cells: every class
            would travel twice, in the HTML and in React's page data. */}
        <table className="w-full border-collapse text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_td]:p-2 [&_th]:p-2">
          <caption className="sr-only">{table.title}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              {table.header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) =>
                  column === (linkColumn ?? 0) ? (
                    <th key={column} scope="row">
                      {link ? (
                        // A plain link: next/link would prefetch up to 45 dashboard views as they scroll by.
                        <a href={link(index)} className="text-brand-800 underline">
                          {cell}
                        </a>
                      ) : (
                        cell
                      )}
                    </th>
                  ) : (
                    <td key={column}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 print:hidden">
        <a href={`/staff/dashboard/export?${search}&table=${id}`} className="text-brand-800 underline" download>
          Выгрузить таблицу «{table.title}» в CSV
        </a>
      </p>
    </section>
  );
}
