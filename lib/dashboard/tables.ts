import { STATUS_INFO } from "../applications/application-status";
import { toCsv } from "../casework/csv";
import { formatMonth } from "../casework/labels";
import { ESIA_LEVEL_LABELS, type DashboardData } from "./dashboard";
import { CHANNEL_LABELS, CHANNELS, type ShareFigures } from "./figures";

// Every table of «Показатели» as header + rows, once: the page renders them and the CSV export
// writes them (the workspace's CSV rules: BOM, RFC 4180, formula neutralisation).

export const DASHBOARD_TABLES = ["months", "services", "territories", "statuses", "esia"] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

export function isDashboardTable(value: unknown): value is DashboardTable {
  return typeof value === "string" && (DASHBOARD_TABLES as readonly string[]).includes(value);
}

export interface TableData {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/** «44,4» — a decimal comma, as Excel reads a Russian number; «—» when nothing was received. */
export function shareCell(share: number | null): string {
  return share === null ? "—" : share.toLocaleString("ru-RU");
}

const CHANNEL_HEADER = ["Всего", ...CHANNELS.map((channel) => CHANNEL_LABELS[channel]), "Доля электронных, %"];

function channelCells(figures: ShareFigures): (string | number)[] {
  return [figures.total, ...CHANNELS.map((channel) => figures.byChannel[channel]), shareCell(figures.share)];
}

export function dashboardTable(data: DashboardData, table: DashboardTable): TableData {
  switch (table) {
    case "months":
      return {
        title: "Доля электронных заявлений по месяцам",
        header: ["Месяц", ...CHANNEL_HEADER],
        rows: data.byMonth.map((m) => [formatMonth(m.month), ...channelCells(m.figures)]),
      };
    case "services":
      return {
        title: "Доля электронных заявлений по услугам",
        header: ["Услуга", ...CHANNEL_HEADER],
        rows: data.byService.map((s) => [s.title, ...channelCells(s.figures)]),
      };
    case "territories":
      return {
        title: "Рейтинг территорий по доле электронных заявлений",
        header: ["Место", "Территория", ...CHANNEL_HEADER, `Цель ${data.targetPercent} % достигнута`],
        rows: data.ranking.map((r) => [
          r.place || "—",
          r.item.name,
          ...channelCells(r.item.figures),
          r.share === null ? "—" : r.meetsTarget ? "да" : "нет",
        ]),
      };
    case "statuses":
      return {
        title: "Заявления по статусам",
        header: ["Статус", "Заявлений"],
        rows: data.byStatus.map((s) => [STATUS_INFO[s.status]?.label ?? s.status, s.count]),
      };
    case "esia":
      return {
        title: "Уровень учетной записи ЕСИА заявителей",
        header: ["Уровень учетной записи", "Заявлений", "Доля, %"],
        rows: data.esiaLevels.map((l) => [ESIA_LEVEL_LABELS[l.level], l.count, shareCell(l.share)]),
      };
  }
}

export function dashboardCsv(data: DashboardData, table: DashboardTable): string {
  const { header, rows } = dashboardTable(data, table);
  return toCsv(header, rows);
}
