import { APPLICATION_STATUSES, type ApplicationStatus } from "../applications/application-status";
import type { IsoDate } from "../benefits/calendar";
import { SERVICE_IDS, type ServiceId } from "../benefits/services";
import { Prisma } from "../generated/prisma/client";
import type { RequestMeta, StaffPrincipal } from "./access";
import { AWAITING_DECISION } from "./deadlines";
import { auditCasework, guardCapability, type CaseworkDb } from "./guard";

// «Статистика» for a supervisor: their territory's applications by service and status, overdue
// ones, each staff member's load, and how long decisions took lately.

export interface StatusCounts {
  total: number;
  byStatus: Record<ApplicationStatus, number>;
  awaiting: number;
  overdue: number;
}

export interface ServiceStatistics extends StatusCounts {
  serviceId: ServiceId;
}

export interface StaffLoad {
  staffId: number;
  fullName: string;
  inWork: number;
  overdue: number;
  decidedRecently: number;
}

export interface TerritoryStatistics {
  services: ServiceStatistics[];
  totals: StatusCounts;
  staff: StaffLoad[];
  /** Over the last `recentDays`: decisions made and the mean days from sending to decision. */
  recentDays: number;
  decidedRecently: number;
  meanDecisionDays: number | null;
}

const AWAITING_SQL = Prisma.join(AWAITING_DECISION.map((status) => Prisma.sql`${status}::"ApplicationStatus"`));
const IN_WORK_SQL = Prisma.join(
  (["in_review", "docs_requested", "docs_provided"] as const).map(
    (status) => Prisma.sql`${status}::"ApplicationStatus"`,
  ),
);

function emptyByStatus(): Record<ApplicationStatus, number> {
  return Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatus, number>;
}

export async function territoryStatistics(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  options: { today: IsoDate; now?: Date; recentDays?: number },
): Promise<TerritoryStatistics | null> {
  if (!(await guardCapability(db, principal, "statistics", "statistics.view", meta)) || principal.territoryId === null)
    return null;
  const territoryId = principal.territoryId;
  const recentDays = options.recentDays ?? 30;
  const since = new Date((options.now ?? new Date()).getTime() - recentDays * 86_400_000).toISOString();

  // Each query is answered from an index alone (see the «Статистика» indexes of application).
  const [counts, loads, recent] = await Promise.all([
    db.$queryRaw<{ serviceId: string; status: string; count: number; overdue: number }[]>(Prisma.sql`
      SELECT "serviceId", "status"::text AS "status", count(*)::int AS "count",
             (count(*) FILTER (WHERE "decisionDue" < ${options.today} AND "status" IN (${AWAITING_SQL})))::int AS "overdue"
      FROM "application"
      WHERE "territoryId" = ${territoryId} AND "status" <> 'draft'::"ApplicationStatus"
      GROUP BY "serviceId", "status"`),
    db.$queryRaw<
      { staffId: number; fullName: string; inWork: number; overdue: number; decidedRecently: number }[]
    >(Prisma.sql`
      SELECT s."id" AS "staffId", s."fullName",
             (count(a."assignedStaffId") FILTER (WHERE a."status" IN (${IN_WORK_SQL})))::int AS "inWork",
             (count(a."assignedStaffId") FILTER (WHERE a."decisionDue" < ${options.today} AND a."status" IN (${AWAITING_SQL})))::int AS "overdue",
             (count(a."assignedStaffId") FILTER (WHERE a."decidedAt" >= ${since}::timestamp(3)))::int AS "decidedRecently"
      FROM "staff" s LEFT JOIN "application" a ON a."assignedStaffId" = s."id" AND a."territoryId" = ${territoryId}
      WHERE s."territoryId" = ${territoryId} AND s."role" IN ('caseworker'::"StaffRole", 'supervisor'::"StaffRole")
      GROUP BY s."id", s."fullName"
      ORDER BY s."fullName"`),
    db.$queryRaw<{ decided: number; meanDays: number | null }[]>(Prisma.sql`
      SELECT count(*)::int AS "decided",
             (avg(extract(epoch FROM ("decidedAt" - "submittedAt"))) / 86400)::float8 AS "meanDays"
      FROM "application"
      WHERE "territoryId" = ${territoryId} AND "decidedAt" >= ${since}::timestamp(3) AND "submittedAt" IS NOT NULL`),
  ]);

  const perService = new Map<ServiceId, ServiceStatistics>(
    SERVICE_IDS.map((serviceId) => [
      serviceId,
      { serviceId, total: 0, byStatus: emptyByStatus(), awaiting: 0, overdue: 0 },
    ]),
  );
  const totals: StatusCounts = { total: 0, byStatus: emptyByStatus(), awaiting: 0, overdue: 0 };
  for (const row of counts) {
    const status = row.status as ApplicationStatus;
    const count = Number(row.count);
    const overdue = Number(row.overdue);
    for (const target of [perService.get(row.serviceId as ServiceId), totals]) {
      if (!target) continue;
      target.total += count;
      target.byStatus[status] += count;
      if (AWAITING_DECISION.includes(status)) target.awaiting += count;
      target.overdue += overdue;
    }
  }
  const summary = recent[0];
  await auditCasework(db, principal, meta, { operation: "statistics.view", outcome: "success" });
  return {
    services: [...perService.values()],
    totals,
    staff: loads.map((load) => ({
      ...load,
      staffId: Number(load.staffId),
      inWork: Number(load.inWork),
      overdue: Number(load.overdue),
      decidedRecently: Number(load.decidedRecently),
    })),
    recentDays,
    decidedRecently: Number(summary?.decided ?? 0),
    meanDecisionDays:
      summary?.meanDays === null || summary?.meanDays === undefined
        ? null
        : Math.round(Number(summary.meanDays) * 10) / 10,
  };
}
