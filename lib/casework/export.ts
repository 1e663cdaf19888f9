import { STATUS_INFO } from "../applications/application-status";
import type { IsoDate } from "../benefits/calendar";
import { BENEFIT_SERVICES } from "../benefits/services";
import { formatRussianDate } from "../validation/calendar-date";
import type { RequestMeta, StaffPrincipal } from "./access";
import { CSV_BOM, csvLine } from "./csv";
import { isOverdue } from "./deadlines";
import { auditCasework, guardCapability, type CaseworkDb } from "./guard";
import { applicantName, fetchQueuePage, type QueueFilters, type QueueRow } from "./queue";

// «Выгрузить в CSV» (supervisors): the queue with the same filters, every page of it, streamed in
// chunks read by key, so a territory of a hundred thousand applications never sits in memory.

export const EXPORT_HEADER = [
  "Номер заявления",
  "Услуга",
  "Статус",
  "Заявитель",
  "Дата подачи",
  "Срок решения",
  "Просрочено",
  "Исполнитель",
  "Размер выплаты, руб.",
  "Дата решения",
] as const;

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Moscow",
});
const dateOnly = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeZone: "Europe/Moscow" });

/** Kopecks as Excel reads a Russian decimal: «1920,50». */
function amount(kopecks: number | null): string {
  return kopecks === null ? "" : `${Math.floor(kopecks / 100)},${String(kopecks % 100).padStart(2, "0")}`;
}

export function exportCells(row: QueueRow, today: IsoDate): (string | number | null)[] {
  return [
    row.number,
    BENEFIT_SERVICES[row.serviceId]?.shortTitle ?? row.serviceId,
    STATUS_INFO[row.status]?.label ?? row.status,
    applicantName(row),
    dateTime.format(row.submittedAt),
    row.decisionDue ? formatRussianDate(row.decisionDue) : "",
    isOverdue(row.status, row.decisionDue, today) ? "да" : "нет",
    row.assignedStaffName ?? "",
    amount(row.amountKopecks),
    row.decidedAt ? dateOnly.format(row.decidedAt) : "",
  ];
}

export const EXPORT_CHUNK_ROWS = 1_000;

/**
 * The CSV text in chunks, or null when the principal may not export (refusal audited). The
 * export itself is audited before the first byte: who, which filters.
 */
export async function exportQueue(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  filters: QueueFilters,
  today: IsoDate,
): Promise<AsyncGenerator<string> | null> {
  if (!(await guardCapability(db, principal, "export", "export", meta)) || principal.territoryId === null) return null;
  const territoryId = principal.territoryId;
  await auditCasework(db, principal, meta, {
    operation: "export",
    outcome: "success",
    details: {
      service: filters.serviceId,
      status: filters.status,
      overdueOnly: filters.overdueOnly,
      from: filters.submittedFrom,
      to: filters.submittedTo,
      search: filters.search?.kind ?? null,
      sort: filters.sort,
    },
  });
  return (async function* chunks() {
    yield CSV_BOM + csvLine(EXPORT_HEADER);
    let cursor: string | null = null;
    do {
      const page = await fetchQueuePage(db, territoryId, filters, cursor, { today, limit: EXPORT_CHUNK_ROWS });
      if (page.rows.length) yield page.rows.map((row) => csvLine(exportCells(row, today))).join("");
      cursor = page.next;
    } while (cursor);
  })();
}
