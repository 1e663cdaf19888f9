import {
  barsSize,
  columnsSize,
  formatShare,
  shareBarsChart,
  shareColumnsChart,
  type DrawnChart,
  type ShareBar,
} from "./charts";
import type { IsoDate } from "../benefits/calendar";
import type { RequestMeta, StaffPrincipal } from "../casework/access";
import type { CaseworkDb } from "../casework/guard";
import { dashboardFigures, type DashboardData } from "./dashboard";
import type { DashboardFilters } from "./filters";
import { dashboardTable } from "./tables";

// The three charts of «Показатели», each its own SVG response (app/staff/dashboard/chart/[chart]):
// the page shows them as <img> with the numbers' table beside, so the drawings travel once, not
// in the HTML and again in React's page data, and a repeated view revalidates them with a 304.

export const DASHBOARD_CHARTS = ["months", "services", "territories"] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

export function isDashboardChart(value: unknown): value is DashboardChart {
  return typeof value === "string" && (DASHBOARD_CHARTS as readonly string[]).includes(value);
}

const shortMonth = new Intl.DateTimeFormat("ru-RU", { month: "short", year: "numeric", timeZone: "UTC" });
function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return shortMonth.format(new Date(Date.UTC(year, number - 1, 1))).replace(" г.", "");
}

/** The bars a chart draws: the same figures as its table. */
export function chartBars(data: DashboardData, chart: DashboardChart): ShareBar[] {
  switch (chart) {
    case "months":
      return data.byMonth.map((m) => ({ label: monthLabel(m.month), share: m.figures.share }));
    case "services":
      return data.byService.map((s) => ({ label: s.title, share: s.figures.share }));
    case "territories":
      return data.ranking.map((r) => ({ label: r.item.name, share: r.share }));
  }
}

/** The chart's size in px, known without drawing it (the image's width and height attributes). */
export function chartSize(data: DashboardData, chart: DashboardChart): { width: number; height: number } {
  return chart === "months" ? columnsSize() : barsSize(chartBars(data, chart).length);
}

export function drawDashboardChart(data: DashboardData, chart: DashboardChart): DrawnChart {
  const bars = chartBars(data, chart);
  return chart === "months" ? shareColumnsChart(bars, data.targetPercent) : shareBarsChart(bars, data.targetPercent);
}

/**
 * The image's text alternative: what the chart shows in a sentence — how many bars reach the
 * target, the highest and the lowest — and where its numbers are (the table after it).
 */
export function chartAlternative(data: DashboardData, chart: DashboardChart): string {
  const { title } = dashboardTable(data, chart);
  const bars = chartBars(data, chart).filter((bar): bar is ShareBar & { share: number } => bar.share !== null);
  const kind = chart === "months" ? "Столбчатая диаграмма" : "Линейчатая диаграмма";
  if (bars.length === 0) return `${kind} «${title}»: заявлений нет. Числа — в таблице ниже.`;
  const reached = bars.filter((bar) => bar.share >= data.targetPercent).length;
  const highest = bars.reduce((best, bar) => (bar.share > best.share ? bar : best));
  const lowest = bars.reduce((worst, bar) => (bar.share < worst.share ? bar : worst));
  const extremes =
    bars.length === 1
      ? `${highest.label} — ${formatShare(highest.share)}`
      : `наибольшая — ${highest.label}, ${formatShare(highest.share)}; наименьшая — ${lowest.label}, ${formatShare(lowest.share)}`;
  return `${kind} «${title}»: цель ${data.targetPercent} % достигнута в ${reached} из ${bars.length}; ${extremes}. Числа — в таблице ниже.`;
}

/**
 * One chart of the view `filters` as `principal` may see it (dashboardFigures checks the
 * capability and narrows the scope first, auditing a refusal); null when refused.
 */
export async function dashboardChartFor(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  filters: DashboardFilters,
  today: IsoDate,
  chart: DashboardChart,
): Promise<(DrawnChart & { data: DashboardData }) | null> {
  const data = await dashboardFigures(db, principal, meta, filters, today, "dashboard.chart", { chart });
  return data ? { ...drawDashboardChart(data, chart), data } : null;
}
