import type { Actor, ApplicationStatus } from "../benefits/application-status";

// Who on the staff side may do what (the roles), as one table and two pure decisions.
// Every staff page, action and route handler asks here before it reads or writes anything;
// a refusal about an application is a 404 (the application's existence is not confirmed).

export type StaffRole = "caseworker" | "supervisor" | "administrator";

export const STAFF_ROLES: readonly StaffRole[] = ["caseworker", "supervisor", "administrator"];

/** The signed-in staff member as the casework code needs them. */
export interface StaffPrincipal {
  id: number;
  role: StaffRole;
  /** The territorial body they belong to; administrators belong to none. */
  territoryId: number | null;
}

/** Where a request comes from, for the audit log. */
export interface RequestMeta {
  ip: string | null;
}

export type Capability =
  /** «Очередь заявлений» of the own territory. */
  | "queue"
  /** An application's contents, its attachments and history. */
  | "viewApplication"
  /** Take into work, request documents, resume, approve, reject. */
  | "decide"
  /** «Назначить исполнителя». */
  | "reassign"
  /** «Выгрузить в CSV». */
  | "export"
  /** «Статистика». */
  | "statistics"
  /** «Журнал аудита» of the own territory. */
  | "auditLog";

export const CAPABILITIES: readonly Capability[] = ["queue", "viewApplication", "decide", "reassign", "export", "statistics", "auditLog"];

/** The administrator manages accounts (another part of /staff) and sees no application contents. */
export const ROLE_CAPABILITIES: Record<StaffRole, readonly Capability[]> = {
  caseworker: ["queue", "viewApplication", "decide"],
  supervisor: ["queue", "viewApplication", "decide", "reassign", "export", "statistics", "auditLog"],
  administrator: [],
};

export function hasCapability(principal: StaffPrincipal, capability: Capability): boolean {
  // A caseworker or supervisor without a territory is a broken account: it may do nothing.
  if (principal.territoryId === null) return false;
  return ROLE_CAPABILITIES[principal.role].includes(capability);
}

export type ApplicationRefusal = "role" | "otherTerritory" | "draft" | "notFound";

/**
 * Whether the principal may use `capability` on an application of `territoryId` in `status`.
 * Drafts belong to the applicant alone; an application without a territory is nobody's yet.
 */
export function applicationAccess(
  principal: StaffPrincipal,
  capability: Capability,
  application: { territoryId: number | null; status: ApplicationStatus } | null,
): { ok: true } | { ok: false; reason: ApplicationRefusal } {
  if (!hasCapability(principal, capability)) return { ok: false, reason: "role" };
  if (!application) return { ok: false, reason: "notFound" };
  if (application.status === "draft") return { ok: false, reason: "draft" };
  if (application.territoryId === null || application.territoryId !== principal.territoryId) return { ok: false, reason: "otherTerritory" };
  return { ok: true };
}

/** The actor the state machine knows this staff member as; administrators are none. */
export function statusActor(principal: StaffPrincipal): Extract<Actor, "caseworker" | "supervisor"> | null {
  return principal.role === "administrator" ? null : principal.role;
}
