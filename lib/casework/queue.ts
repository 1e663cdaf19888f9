import { z } from "zod";
import "../validation/russian-messages";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../applications/application-status";
import { addDays, type IsoDate } from "../benefits/calendar";
import { isServiceId, type ServiceId } from "../benefits/services";
import { Prisma } from "../generated/prisma/client";
import { parseCalendarDate } from "../validation/calendar-date";
import { normalizeSnils } from "../validation/snils";
import { AWAITING_DECISION } from "./deadlines";

// «Очередь заявлений»: the submitted applications of one territory, filtered, searched, sorted and
// paged by key (never OFFSET: page 2 000 costs what page 1 costs). Each sort walks one index of
// application (see prisma/schema.prisma) from the cursor on; bench/queue.mjs shows the plans.

export type QueueSort = "submitted_desc" | "submitted_asc" | "due_asc";

export const QUEUE_SORTS: Record<QueueSort, string> = {
  submitted_desc: "Сначала новые",
  submitted_asc: "Сначала старые",
  due_asc: "По сроку решения",
};

export type QueueSearch =
  { kind: "number"; value: string } | { kind: "snils"; value: string } | { kind: "surname"; value: string };

export interface QueueFilters {
  serviceId: ServiceId | null;
  /** Never draft: drafts are the applicant's alone. */
  status: ApplicationStatus | null;
  overdueOnly: boolean;
  submittedFrom: IsoDate | null;
  submittedTo: IsoDate | null;
  search: QueueSearch | null;
  sort: QueueSort;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  serviceId: null,
  status: null,
  overdueOnly: false,
  submittedFrom: null,
  submittedTo: null,
  search: null,
  sort: "submitted_desc",
};

/** Statuses a caseworker may filter by: all but draft. */
export const QUEUE_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((status) => status !== "draft");

const APPLICATION_NUMBER = /^\d{2}-\d{4}-\d{7}$/;

/**
 * What the search box holds: an application number («16-2026-0000123»), a SNILS (11 digits, with
 * or without hyphens and a space), or a surname (matched whole, case-insensitively).
 */
export function classifySearch(input: string): QueueSearch | null {
  const text = input.trim().replace(/\s+/g, " ");
  if (!text) return null;
  if (APPLICATION_NUMBER.test(text)) return { kind: "number", value: text };
  if (/^[\d\s-]+$/.test(text)) {
    const snils = normalizeSnils(text);
    return snils ? { kind: "snils", value: snils } : null;
  }
  return { kind: "surname", value: text.toLowerCase() };
}

/** The surnames the search looks for: as typed, and with ё as е (both spellings occur in documents). */
export function surnameVariants(surname: string): string[] {
  return [...new Set([surname, surname.replaceAll("ё", "е")])];
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: Params, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export interface ParsedQueueQuery {
  filters: QueueFilters;
  cursor: string | null;
  /** Problems with what was typed, by field name, in Russian. */
  errors: Record<string, string>;
}

/** Reads the queue's GET form (service, status, overdue, from, to, q, sort, after). */
export function parseQueueQuery(params: Params): ParsedQueueQuery {
  const errors: Record<string, string> = {};
  const service = param(params, "service");
  const status = param(params, "status");
  const sort = param(params, "sort");
  const from = param(params, "from");
  const to = param(params, "to");
  const q = param(params, "q");
  const submittedFrom = from ? parseCalendarDate(from) : null;
  const submittedTo = to ? parseCalendarDate(to) : null;
  if (from && !submittedFrom) errors.from = "Введите дату в формате ДД.ММ.ГГГГ";
  if (to && !submittedTo) errors.to = "Введите дату в формате ДД.ММ.ГГГГ";
  if (submittedFrom && submittedTo && submittedFrom > submittedTo) errors.to = "Дата «по» раньше даты «с»";
  const search = q ? classifySearch(q) : null;
  if (q && !search) errors.q = "Введите номер заявления, фамилию или СНИЛС из 11 цифр";
  const filters: QueueFilters = {
    serviceId: isServiceId(service) ? service : null,
    status: (QUEUE_STATUSES as readonly string[]).includes(status) ? (status as ApplicationStatus) : null,
    overdueOnly: param(params, "overdue") === "1",
    submittedFrom,
    submittedTo: errors.to ? null : submittedTo,
    search,
    sort: Object.hasOwn(QUEUE_SORTS, sort) ? (sort as QueueSort) : "submitted_desc",
  };
  return { filters, cursor: param(params, "after") || null, errors };
}

/** The filters as query parameters: for the next-page link and the CSV export. */
export function queueQueryString(filters: QueueFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.serviceId) params.set("service", filters.serviceId);
  if (filters.status) params.set("status", filters.status);
  if (filters.overdueOnly) params.set("overdue", "1");
  if (filters.submittedFrom) params.set("from", filters.submittedFrom);
  if (filters.submittedTo) params.set("to", filters.submittedTo);
  if (filters.search) params.set("q", filters.search.value);
  if (filters.sort !== "submitted_desc") params.set("sort", filters.sort);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

// ---------------------------------------------------------------------------------------------
// Cursors: the sort key and id of the last row shown, opaque to the browser.

export interface QueueCursor {
  sort: QueueSort;
  /** submittedAt as an ISO instant, or decisionDue (null: the rows without a due date). */
  key: string | null;
  id: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const cursorShape = z.object({
  s: z.enum(["submitted_desc", "submitted_asc", "due_asc"]),
  k: z.string().max(40).nullable(),
  i: z.number().int().positive(),
});

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, k: cursor.key, i: cursor.id })).toString("base64url");
}

/** A cursor made for another sort, or tampered with, is ignored: the list starts from the top. */
export function decodeCursor(text: string | null, sort: QueueSort): QueueCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort) return null;
    const { k: key, i: id } = parsed.data;
    if (
      sort === "due_asc"
        ? key !== null && !ISO_DAY.test(key)
        : key === null || !ISO_INSTANT.test(key) || Number.isNaN(Date.parse(key))
    )
      return null;
    return { sort, key, id };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The query.

export interface QueueRow {
  id: number;
  number: string;
  serviceId: ServiceId;
  status: ApplicationStatus;
  version: number;
  applicantSurname: string | null;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  submittedAt: Date;
  decisionDue: string | null;
  assignedStaffId: number | null;
  assignedStaffName: string | null;
  amountKopecks: number | null;
  decidedAt: Date | null;
}

/** Moscow midnight of a date, as the UTC wall time timestamps are stored in. */
function moscowMidnightUtc(date: IsoDate): string {
  return new Date(`${date}T00:00:00+03:00`).toISOString();
}

/**
 * The statuses a page may show: null for «all but drafts»; otherwise the list (possibly empty) the
 * status filter and «Только просроченные» leave.
 */
export function queueStatuses(filters: QueueFilters): ApplicationStatus[] | null {
  if (!filters.overdueOnly) return filters.status ? [filters.status] : null;
  return AWAITING_DECISION.filter((status) => !filters.status || status === filters.status);
}

/** The WHERE conditions of the filters other than the status (and without the cursor). */
export function queueConditions(territoryId: number, filters: QueueFilters, today: IsoDate): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`a."territoryId" = ${territoryId}`,
    Prisma.sql`a."submittedAt" IS NOT NULL`,
  ];
  if (filters.serviceId) conditions.push(Prisma.sql`a."serviceId" = ${filters.serviceId}`);
  if (filters.overdueOnly) conditions.push(Prisma.sql`a."decisionDue" < ${today}`);
  if (filters.submittedFrom)
    conditions.push(Prisma.sql`a."submittedAt" >= ${moscowMidnightUtc(filters.submittedFrom)}::timestamp(3)`);
  if (filters.submittedTo)
    conditions.push(Prisma.sql`a."submittedAt" < ${moscowMidnightUtc(addDays(filters.submittedTo, 1))}::timestamp(3)`);
  const search = filters.search;
  if (search?.kind === "number") conditions.push(Prisma.sql`a."number" = ${search.value}`);
  if (search?.kind === "snils") conditions.push(Prisma.sql`a."applicantSnils" = ${search.value}`);
  if (search?.kind === "surname")
    conditions.push(Prisma.sql`a."applicantSurname" IN (${Prisma.join(surnameVariants(search.value))})`);
  return conditions;
}

const COLUMNS = Prisma.sql`
  a."id", a."number", a."serviceId", a."status"::text AS "status", a."version", a."applicantSurname",
  a."answers" #>> '{applicant,lastName}' AS "lastName",
  a."answers" #>> '{applicant,firstName}' AS "firstName",
  a."answers" #>> '{applicant,middleName}' AS "middleName",
  a."submittedAt", a."decisionDue", a."assignedStaffId", s."fullName" AS "assignedStaffName", a."amountKopecks", a."decidedAt"`;

/**
 * One statement for the page. With several statuses (the overdue filter) each status is read on its
 * own from the (territory, status, key, id) index, already in order, and the parts are merged: one
 * index walk over the whole territory would wade through years of decided applications first.
 */
function select(
  conditions: Prisma.Sql[],
  statuses: ApplicationStatus[] | null,
  order: Prisma.Sql,
  limit: number,
): Prisma.Sql {
  const byStatus = (statuses ?? [null]).map((status) => [
    ...conditions,
    status === null
      ? Prisma.sql`a."status" <> 'draft'::"ApplicationStatus"`
      : Prisma.sql`a."status" = ${status}::"ApplicationStatus"`,
  ]);
  if (byStatus.length === 0) byStatus.push([Prisma.sql`false`]);
  const source =
    byStatus.length === 1
      ? Prisma.sql`"application" a`
      : Prisma.sql`(${Prisma.join(
          byStatus.map(
            (where) =>
              Prisma.sql`(SELECT a.* FROM "application" a WHERE ${Prisma.join(where, " AND ")} ORDER BY ${order} LIMIT ${limit})`,
          ),
          " UNION ALL ",
        )}) a`;
  const where = byStatus.length === 1 ? Prisma.join(byStatus[0]!, " AND ") : Prisma.sql`true`;
  return Prisma.sql`SELECT ${COLUMNS}
  FROM ${source} LEFT JOIN "staff" s ON s."id" = a."assignedStaffId"
  WHERE ${where}
  ORDER BY ${order}
  LIMIT ${limit}`;
}

/**
 * The SQL of one page. For «По сроку решения» the rows with a due date come first (by date) and any
 * without one after them (by id); `phase` says which part this statement reads.
 */
export function queuePageSql(
  territoryId: number,
  filters: QueueFilters,
  cursor: QueueCursor | null,
  limit: number,
  today: IsoDate,
  phase: "dated" | "undated" = "dated",
): Prisma.Sql {
  const conditions = queueConditions(territoryId, filters, today);
  const statuses = queueStatuses(filters);
  switch (filters.sort) {
    case "submitted_desc":
      if (cursor?.key)
        conditions.push(Prisma.sql`(a."submittedAt", a."id") < (${cursor.key}::timestamp(3), ${cursor.id})`);
      return select(conditions, statuses, Prisma.sql`a."submittedAt" DESC, a."id" DESC`, limit);
    case "submitted_asc":
      if (cursor?.key)
        conditions.push(Prisma.sql`(a."submittedAt", a."id") > (${cursor.key}::timestamp(3), ${cursor.id})`);
      return select(conditions, statuses, Prisma.sql`a."submittedAt" ASC, a."id" ASC`, limit);
    case "due_asc":
      if (phase === "dated") {
        conditions.push(Prisma.sql`a."decisionDue" IS NOT NULL`);
        if (cursor?.key) conditions.push(Prisma.sql`(a."decisionDue", a."id") > (${cursor.key}, ${cursor.id})`);
        return select(conditions, statuses, Prisma.sql`a."decisionDue" ASC, a."id" ASC`, limit);
      }
      conditions.push(Prisma.sql`a."decisionDue" IS NULL`);
      if (cursor && cursor.key === null) conditions.push(Prisma.sql`a."id" > ${cursor.id}`);
      // Ordered as the (territory, decisionDue, id) index is (nulls last), so the planner walks its
      // NULL end rather than the whole primary key.
      return select(conditions, statuses, Prisma.sql`a."decisionDue" ASC NULLS LAST, a."id" ASC`, limit);
  }
}

type RawQueueRow = Omit<QueueRow, "submittedAt" | "decidedAt" | "serviceId" | "status"> & {
  serviceId: string;
  status: string;
  submittedAt: Date | string;
  decidedAt: Date | string | null;
};

function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

function toRow(raw: RawQueueRow): QueueRow {
  return {
    ...raw,
    id: Number(raw.id),
    version: Number(raw.version),
    assignedStaffId: raw.assignedStaffId === null ? null : Number(raw.assignedStaffId),
    amountKopecks: raw.amountKopecks === null ? null : Number(raw.amountKopecks),
    serviceId: raw.serviceId as ServiceId,
    status: raw.status as ApplicationStatus,
    submittedAt: asDate(raw.submittedAt),
    decidedAt: raw.decidedAt === null ? null : asDate(raw.decidedAt),
  };
}

export function cursorAfter(row: QueueRow, sort: QueueSort): QueueCursor {
  return { sort, key: sort === "due_asc" ? row.decisionDue : row.submittedAt.toISOString(), id: row.id };
}

export interface QueuePage {
  rows: QueueRow[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

type RawQuery = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

export const QUEUE_PAGE_SIZE = 50;

/**
 * One page of the queue of `territoryId`. Callers check the principal first (lib/casework/service.ts):
 * this function trusts the territory it is given.
 */
export async function fetchQueuePage(
  db: RawQuery,
  territoryId: number,
  filters: QueueFilters,
  cursorText: string | null,
  options: { limit?: number; today: IsoDate },
): Promise<QueuePage> {
  const limit = options.limit ?? QUEUE_PAGE_SIZE;
  const cursor = decodeCursor(cursorText, filters.sort);
  const run = async (sql: Prisma.Sql) => (await db.$queryRaw<RawQueueRow[]>(sql)).map(toRow);
  let rows: QueueRow[];
  // Overdue means a due date: the undated part of «По сроку решения» is empty then.
  const undated = filters.sort === "due_asc" && !filters.overdueOnly;
  if (filters.sort === "due_asc" && cursor && cursor.key === null) {
    rows = undated ? await run(queuePageSql(territoryId, filters, cursor, limit + 1, options.today, "undated")) : [];
  } else {
    rows = await run(queuePageSql(territoryId, filters, cursor, limit + 1, options.today));
    if (undated && rows.length <= limit) {
      rows.push(
        ...(await run(queuePageSql(territoryId, filters, null, limit + 1 - rows.length, options.today, "undated"))),
      );
    }
  }
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, next: more && last ? encodeCursor(cursorAfter(last, filters.sort)) : null };
}

/** The display name of an applicant: as typed on the form, else the search key capitalised. */
export function applicantName(
  row: Pick<QueueRow, "lastName" | "firstName" | "middleName" | "applicantSurname">,
): string {
  const typed = [row.lastName, row.firstName, row.middleName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  if (typed) return typed;
  const surname = row.applicantSurname ?? "";
  return surname.replace(/(^|[\s-])(\p{L})/gu, (_match, gap: string, letter: string) => gap + letter.toUpperCase());
}
