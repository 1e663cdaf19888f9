import { audit } from "../audit/audit";
import type { ApplicationStatus } from "../applications/application-status";
import type { PrismaClient } from "../generated/prisma/client";
import { applicationAccess, hasCapability, type Capability, type RequestMeta, type StaffPrincipal } from "./access";

// The server-side checks every casework entry point starts with. A refusal is written to the
// audit log (who, role, what, which application, when, from where) and answered as "not found".

export type CaseworkDb = PrismaClient;

/** What was done, as written to the audit log ("casework." + operation). */
export type CaseworkOperation =
  | "queue.view"
  | "application.view"
  | "attachment.download"
  | "takeIntoWork"
  | "requestDocuments"
  | "resumeReview"
  | "approve"
  | "reject"
  | "reassign"
  | "export"
  | "statistics.view"
  | "audit.view"
  | "dashboard.view"
  | "dashboard.export"
  | "dashboard.chart"
  | "dashboard.target"
  | "leaflet.download"
  | "paper.register"
  | "paper.delete";

export function applicationSubject(applicationId: number): string {
  return `application:${applicationId}`;
}

export async function auditCasework(
  db: Pick<PrismaClient, "auditEvent">,
  principal: StaffPrincipal,
  meta: RequestMeta,
  entry: {
    operation: CaseworkOperation;
    outcome: "success" | "refused" | "failed";
    applicationId?: number;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await audit(db, {
    actor: { type: "staff", id: principal.id, role: principal.role },
    action: `casework.${entry.operation}`,
    subject: entry.applicationId === undefined ? undefined : applicationSubject(entry.applicationId),
    outcome: entry.outcome,
    ip: meta.ip,
    territoryId: principal.territoryId,
    details: entry.details,
  });
}

/** A role-level check (queue, export, statistics, audit log); refusals are audited. */
export async function guardCapability(
  db: CaseworkDb,
  principal: StaffPrincipal,
  capability: Capability,
  operation: CaseworkOperation,
  meta: RequestMeta,
): Promise<boolean> {
  if (hasCapability(principal, capability)) return true;
  await auditCasework(db, principal, meta, { operation, outcome: "refused", details: { reason: "role" } });
  return false;
}

export interface GuardedApplication {
  id: number;
  territoryId: number;
  status: ApplicationStatus;
  version: number;
}

/**
 * Loads the application's territory and status and checks the principal may use `capability` on
 * it. Another territory's application, a draft and a missing id look the same: null (404).
 */
export async function guardApplication(
  db: CaseworkDb,
  principal: StaffPrincipal,
  applicationId: number,
  capability: Capability,
  operation: CaseworkOperation,
  meta: RequestMeta,
): Promise<GuardedApplication | null> {
  const found =
    Number.isSafeInteger(applicationId) && applicationId > 0
      ? await db.application.findUnique({
          where: { id: applicationId },
          select: { id: true, territoryId: true, status: true, version: true },
        })
      : null;
  const access = applicationAccess(principal, capability, found);
  if (!access.ok || !found || found.territoryId === null) {
    await auditCasework(db, principal, meta, {
      operation,
      outcome: "refused",
      applicationId: Number.isSafeInteger(applicationId) ? applicationId : undefined,
      details: { reason: access.ok ? "notFound" : access.reason },
    });
    return null;
  }
  return { id: found.id, territoryId: found.territoryId, status: found.status, version: found.version };
}
