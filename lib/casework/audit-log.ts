import { z } from "zod";
import "../validation/russian-messages";
import { Prisma } from "../generated/prisma/client";
import type { RequestMeta, StaffPrincipal } from "./access";
import { auditCasework, guardCapability, type CaseworkDb } from "./guard";

// «Журнал аудита» for a supervisor: the entries about their territory (casework entries carry it)
// and everything the staff of their territorial body did (sign-ins included), newest first, paged
// by key. Read-only: the table itself refuses UPDATE and DELETE (migration 20261123110000).

export interface AuditLogEntry {
  id: number;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  subject: string | null;
  /** The application's number when the subject is an application. */
  applicationNumber: string | null;
  outcome: string;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  next: string | null;
}

const cursorShape = z.object({ at: z.string().max(40), id: z.number().int().positive() });

function encode(entry: { at: Date; id: number }): string {
  return Buffer.from(JSON.stringify({ at: entry.at.toISOString(), id: entry.id })).toString("base64url");
}

function decode(text: string | null): { at: string; id: number } | null {
  if (!text || text.length > 200) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(parsed.data.at) ? parsed.data : null;
  } catch {
    return null;
  }
}

export const AUDIT_PAGE_SIZE = 50;

type RawEntry = Omit<AuditLogEntry, "role" | "details" | "applicationNumber" | "at"> & {
  at: Date | string;
  details: unknown;
};

export async function territoryAuditLog(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  cursorText: string | null,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditLogPage | null> {
  if (!(await guardCapability(db, principal, "auditLog", "audit.view", meta)) || principal.territoryId === null)
    return null;
  const territoryId = principal.territoryId;
  const staff = await db.staff.findMany({ where: { territoryId }, select: { id: true } });
  const staffIds = staff.map((member) => String(member.id));
  const cursor = decode(cursorText);
  const after = cursor ? Prisma.sql`AND (e."at", e."id") < (${cursor.at}::timestamp(3), ${cursor.id})` : Prisma.empty;
  const byStaff = staffIds.length
    ? Prisma.sql`OR (e."actorType" = 'staff' AND e."actorId" IN (${Prisma.join(staffIds)}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<RawEntry[]>(Prisma.sql`
    SELECT e."id", e."at", e."actorType", e."actorId", s."fullName" AS "actorName", e."action", e."subject", e."outcome", e."ip", e."details"
    FROM "audit_event" e LEFT JOIN "staff" s ON e."actorType" = 'staff' AND s."id"::text = e."actorId"
    WHERE (e."territoryId" = ${territoryId} ${byStaff}) ${after}
    ORDER BY e."at" DESC, e."id" DESC
    LIMIT ${limit + 1}`);
  const shown = rows.slice(0, limit);
  const applicationIds = [
    ...new Set(
      shown
        .map((row) => /^application:(\d+)$/.exec(row.subject ?? "")?.[1])
        .filter((id): id is string => Boolean(id))
        .map(Number),
    ),
  ];
  // Numbers only of this territory's applications: a refused look at another's shows just the id.
  const numbers = applicationIds.length
    ? await db.application.findMany({
        where: { id: { in: applicationIds }, territoryId },
        select: { id: true, number: true },
      })
    : [];
  const numberOf = new Map(numbers.map((application) => [`application:${application.id}`, application.number]));
  const entries = shown.map((row): AuditLogEntry => {
    const details =
      typeof row.details === "object" && row.details !== null ? (row.details as Record<string, unknown>) : {};
    const at = row.at instanceof Date ? row.at : new Date(`${row.at}Z`);
    return {
      ...row,
      id: Number(row.id),
      at,
      role: typeof details.role === "string" ? details.role : null,
      applicationNumber: (row.subject && numberOf.get(row.subject)) ?? null,
      details,
    };
  });
  await auditCasework(db, principal, meta, { operation: "audit.view", outcome: "success" });
  const last = entries.at(-1);
  return { entries, next: rows.length > limit && last ? encode(last) : null };
}
