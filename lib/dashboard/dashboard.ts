import type { ApplicationStatus } from "../applications/application-status";
import type { IsoDate, YearMonth } from "../benefits/calendar";
import { BENEFIT_SERVICES, SERVICE_IDS, type ServiceId } from "../benefits/services";
import { hasCapability, type RequestMeta, type StaffPrincipal } from "../casework/access";
import { auditCasework, type CaseworkDb, type CaseworkOperation } from "../casework/guard";
import { Prisma } from "../generated/prisma/client";
import {
  groupShares,
  histogramPercentile,
  isChannel,
  monthsBetween,
  percent,
  rankByShare,
  shareOf,
  type Channel,
  type RankedTerritory,
  type ShareFigures,
} from "./figures";
import { figuresKey, LruCache, processCache } from "./cache";
import type { DashboardFilters } from "./filters";

// «Показатели»: the electronic share and the decision figures, read only from the aggregate tables
// (prisma/migrations/…_channels_and_dashboard_12, decision 0013: kept by a trigger on application), never from
// the applications, so nothing personal can leak and the whole dashboard is a few small reads.
// The ministry sees the republic; a supervisor the same view of their own territory.

export const DEFAULT_TARGET_PERCENT = 70;

export type EsiaLevelKey = "confirmed" | "standard" | "simplified" | "none";
export const ESIA_LEVEL_KEYS: readonly EsiaLevelKey[] = ["confirmed", "standard", "simplified", "none"];
export const ESIA_LEVEL_LABELS: Readonly<Record<EsiaLevelKey, string>> = {
  confirmed: "Подтвержденная",
  standard: "Стандартная",
  simplified: "Упрощенная",
  none: "Нет учетной записи ЕСИА, привязанной к кабинету",
};

export interface TerritoryFigures {
  territoryId: number;
  code: string;
  name: string;
  figures: ShareFigures;
}

export interface DashboardData {
  /** The territory the view is limited to (a supervisor's, or the ministry's filter); null: the republic. */
  territory: { id: number; code: string; name: string } | null;
  filters: DashboardFilters;
  targetPercent: number;
  overall: ShareFigures;
  byService: { serviceId: ServiceId; title: string; figures: ShareFigures }[];
  byMonth: { month: YearMonth; figures: ShareFigures }[];
  /** Every territory in the view, ranked by electronic share. */
  ranking: RankedTerritory<TerritoryFigures>[];
  byStatus: { status: ApplicationStatus; count: number }[];
  decisions: { decided: number; medianDays: number | null; p90Days: number | null };
  awaiting: number;
  overdue: number;
  esiaLevels: { level: EsiaLevelKey; count: number; share: number | null }[];
}

export type DashboardOutcome = { ok: true; dashboard: DashboardData } | { ok: false };

interface GroupedRow {
  month: string | null;
  territoryId: number | null;
  serviceId: string | null;
  channel: string | null;
  set: number;
  count: number;
}

/** The target the ministry set, or the federal 70 %. */
export async function electronicShareTarget(db: CaseworkDb): Promise<number> {
  const row = await db.electronicShareTarget.findUnique({ where: { id: 1 }, select: { percent: true } });
  return row?.percent ?? DEFAULT_TARGET_PERCENT;
}

/**
 * The figures for `filters` as `principal` may see them: the ministry any territory or all,
 * a supervisor only their own (any other territory in the query is ignored). Null without the
 * «dashboard» capability; the refusal is audited. A chart's request audits only refusals: the
 * page view that shows it is audited already, with the same filters.
 */
export async function dashboardFigures(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  filters: DashboardFilters,
  today: IsoDate,
  operation: Extract<CaseworkOperation, "dashboard.view" | "dashboard.export" | "dashboard.chart"> = "dashboard.view",
  details: Record<string, unknown> = {},
): Promise<DashboardData | null> {
  if (!hasCapability(principal, "dashboard")) {
    await auditCasework(db, principal, meta, {
      operation,
      outcome: "refused",
      details: { reason: "role", ...details },
    });
    return null;
  }
  const territories = await territoriesOf(db);
  const scoped =
    principal.role === "ministry"
      ? (territories.find((t) => t.code === filters.territory) ?? null)
      : (territories.find((t) => t.id === principal.territoryId) ?? null);
  if (principal.role !== "ministry" && !scoped) return null;
  const effective: DashboardFilters = { ...filters, territory: scoped?.code ?? null };
  const data = await cachedDashboard(db, effective, scoped?.id ?? null, today, territories);
  if (operation !== "dashboard.chart") {
    await auditCasework(db, principal, meta, {
      operation,
      outcome: "success",
      details: {
        from: effective.from,
        to: effective.to,
        service: effective.serviceId,
        territory: effective.territory,
        ...details,
      },
    });
  }
  return { ...data, territory: scoped };
}

// The 45 territories are reference data (lib/reference/territories.ts: seeded, never changed at
// run time), read once per database client instead of on every view and every chart.
const territoryLists = processCache(
  "dashboard.territories",
  () => new WeakMap<object, readonly { id: number; code: string; name: string }[]>(),
);
async function territoriesOf(db: CaseworkDb): Promise<readonly { id: number; code: string; name: string }[]> {
  const known = territoryLists.get(db);
  if (known) return known;
  const territories = await db.territory.findMany({
    select: { id: true, code: true, name: true },
    orderBy: { id: "asc" },
  });
  if (territories.length > 0) territoryLists.set(db, territories); // not before the seed has run
  return territories;
}

// Per database client (tests open several databases in one process); 256 views of a few kB each.
const viewCaches = processCache(
  "dashboard.views",
  () => new WeakMap<object, LruCache<Omit<DashboardData, "territory">>>(),
);

/**
 * The data version of a scope (its territory's, or the sum of every territory's: each only
 * grows) and the target, in one small read. Taken before the figures, so figures filed under a
 * version are never older than it: a change committed in between only files newer figures.
 */
export async function dashboardDataVersion(
  db: CaseworkDb,
  territoryId: number | null,
): Promise<{ version: string; targetPercent: number }> {
  const scope = territoryId === null ? Prisma.empty : Prisma.sql`WHERE "territoryId" = ${territoryId}`;
  const [row] = await db.$queryRaw<{ version: string; targetPercent: number | null }[]>(Prisma.sql`
    SELECT coalesce(sum("version"), 0)::text AS "version",
           (SELECT "percent" FROM "electronic_share_target" WHERE "id" = 1) AS "targetPercent"
    FROM "application_statistics_version" ${scope}`);
  return { version: row?.version ?? "0", targetPercent: row?.targetPercent ?? DEFAULT_TARGET_PERCENT };
}

/** readDashboard through the cache: a repeated view of unchanged data is a single small read. */
export async function cachedDashboard(
  db: CaseworkDb,
  filters: DashboardFilters,
  territoryId: number | null,
  today: IsoDate,
  territories: readonly { id: number; code: string; name: string }[],
): Promise<Omit<DashboardData, "territory">> {
  const { version, targetPercent } = await dashboardDataVersion(db, territoryId);
  let cache = viewCaches.get(db);
  if (!cache) viewCaches.set(db, (cache = new LruCache(256)));
  const key = figuresKey({
    scope: territoryId ?? "republic",
    from: filters.from,
    to: filters.to,
    serviceId: filters.serviceId,
    today,
    version,
    targetPercent,
  });
  return cache.getOrCompute(key, () => readDashboard(db, filters, territoryId, today, territories, targetPercent));
}

/** The reads themselves, for a territory id or the republic (null): no access check here. */
export async function readDashboard(
  db: CaseworkDb,
  filters: DashboardFilters,
  territoryId: number | null,
  today: IsoDate,
  territories: readonly { id: number; code: string; name: string }[],
  knownTargetPercent?: number,
): Promise<Omit<DashboardData, "territory">> {
  const where = [Prisma.sql`"month" >= ${filters.from}`, Prisma.sql`"month" <= ${filters.to}`];
  if (territoryId !== null) where.push(Prisma.sql`"territoryId" = ${territoryId}`);
  if (filters.serviceId) where.push(Prisma.sql`"serviceId" = ${filters.serviceId}`);
  const condition = Prisma.join(where, " AND ");

  // Each aggregate table is read once; the channel counts in one pass for every grouping shown.
  const [grouped, statuses, levels, days, waiting, targetPercent] = await Promise.all([
    db.$queryRaw<GroupedRow[]>(Prisma.sql`
      SELECT "month", "territoryId", "serviceId", "channel"::text AS "channel",
             GROUPING("month", "territoryId", "serviceId")::int AS "set",
             sum("count")::int AS "count"
      FROM "application_channel_count"
      WHERE ${condition}
      GROUP BY GROUPING SETS (("month", "channel"), ("territoryId", "channel"), ("serviceId", "channel"))`),
    db.$queryRaw<{ status: string; count: number }[]>(Prisma.sql`
      SELECT "status"::text AS "status", sum("count")::int AS "count" FROM "application_status_count" WHERE ${condition} GROUP BY "status"`),
    db.$queryRaw<{ esiaLevel: string; count: number }[]>(Prisma.sql`
      SELECT "esiaLevel", sum("count")::int AS "count" FROM "application_esia_level_count" WHERE ${condition} GROUP BY "esiaLevel"`),
    db.$queryRaw<{ days: number; count: number }[]>(Prisma.sql`
      SELECT "days", sum("count")::int AS "count" FROM "application_decision_days" WHERE ${condition} GROUP BY "days"`),
    db.$queryRaw<{ awaiting: number | null; overdue: number | null }[]>(Prisma.sql`
      SELECT sum("count")::int AS "awaiting", (sum("count") FILTER (WHERE "decisionDue" < ${today}))::int AS "overdue"
      FROM "application_awaiting_count" WHERE ${condition}`),
    knownTargetPercent ?? electronicShareTarget(db),
  ]);

  // GROUPING() is a bit mask over (month, territoryId, serviceId): 0 = grouped by it.
  const SETS = { month: 0b011, territory: 0b101, service: 0b110 };
  const channelRows = <K extends string | number>(set: number, key: (row: GroupedRow) => K) =>
    grouped
      .filter((row) => Number(row.set) === set && isChannel(row.channel))
      .map((row) => ({ key: key(row), channel: row.channel as Channel, count: Number(row.count) }));

  const months = monthsBetween(filters.from, filters.to);
  const byMonth = groupShares(
    channelRows(SETS.month, (row) => row.month!),
    months,
  ).map(({ key, figures }) => ({ month: key, figures }));
  const services = filters.serviceId ? [filters.serviceId] : SERVICE_IDS;
  const byService = groupShares(
    channelRows(SETS.service, (row) => row.serviceId as ServiceId),
    services,
  ).map(({ key, figures }) => ({
    serviceId: key,
    title: BENEFIT_SERVICES[key].shortTitle,
    figures,
  }));
  const inView = territoryId === null ? territories : territories.filter((t) => t.id === territoryId);
  const perTerritory = groupShares(
    channelRows(SETS.territory, (row) => Number(row.territoryId)),
    inView.map((t) => t.id),
  );
  const ranking = rankByShare(
    perTerritory.map(({ key, figures }) => {
      const territory = inView.find((t) => t.id === key)!;
      return { territoryId: key, code: territory.code, name: territory.name, figures };
    }),
    targetPercent,
  );
  const overall = shareOf(
    byService.reduce(
      (sum, service) => {
        for (const channel of Object.keys(sum) as Channel[]) sum[channel] += service.figures.byChannel[channel];
        return sum;
      },
      { portal: 0, in_person: 0, mfc: 0, post: 0 } as Record<Channel, number>,
    ),
  );

  const byStatus = statuses
    .filter((row) => Number(row.count) !== 0)
    .map((row) => ({ status: row.status as ApplicationStatus, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count);
  const levelCounts = new Map<EsiaLevelKey, number>(ESIA_LEVEL_KEYS.map((level) => [level, 0]));
  for (const row of levels) {
    const level: EsiaLevelKey =
      row.esiaLevel === "confirmed" || row.esiaLevel === "standard" || row.esiaLevel === "simplified"
        ? row.esiaLevel
        : "none";
    levelCounts.set(level, levelCounts.get(level)! + Number(row.count));
  }
  const histogram = days.map((row) => ({ value: Number(row.days), count: Number(row.count) }));
  return {
    filters,
    targetPercent,
    overall,
    byService,
    byMonth,
    ranking,
    byStatus,
    decisions: {
      decided: histogram.reduce((sum, bin) => sum + bin.count, 0),
      medianDays: histogramPercentile(histogram, 50),
      p90Days: histogramPercentile(histogram, 90),
    },
    awaiting: Number(waiting[0]?.awaiting ?? 0),
    overdue: Number(waiting[0]?.overdue ?? 0),
    esiaLevels: ESIA_LEVEL_KEYS.map((level) => ({
      level,
      count: levelCounts.get(level)!,
      share: percent(levelCounts.get(level)!, overall.total),
    })),
  };
}

/** The ministry sets the target (1–100 %); audited with the old and new value. */
export async function setElectronicShareTarget(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  percentValue: number,
): Promise<boolean> {
  if (!hasCapability(principal, "setTarget")) {
    await auditCasework(db, principal, meta, {
      operation: "dashboard.target",
      outcome: "refused",
      details: { reason: "role" },
    });
    return false;
  }
  if (!Number.isInteger(percentValue) || percentValue < 1 || percentValue > 100)
    throw new RangeError(`Bad target: ${percentValue}`);
  const before = await electronicShareTarget(db);
  await db.electronicShareTarget.upsert({
    where: { id: 1 },
    create: { id: 1, percent: percentValue, updatedByStaffId: principal.id },
    update: { percent: percentValue, updatedByStaffId: principal.id, updatedAt: new Date() },
  });
  await auditCasework(db, principal, meta, {
    operation: "dashboard.target",
    outcome: "success",
    details: { before, after: percentValue },
  });
  return true;
}
