import type { Actor, ApplicationStatus } from "../applications/application-status";

// Who on the staff side may do what (the roles), as one table and two pure decisions.
// Every staff page, action and route handler asks here before it reads or writes anything;
// a refusal about an application is a 404 (the application's existence is not confirmed).

export type StaffRole = "caseworker" | "supervisor" | "administrator" | "ministry";

export const STAFF_ROLES: readonly StaffRole[] = ["caseworker", "supervisor", "administrator", "ministry"];

/** The signed-in staff member as the casework code needs them. */
export interface StaffPrincipal {
  id: number;
  role: StaffRole;
  /** The territorial body they belong to; administrators and the ministry belong to none. */
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
  | "auditLog"
  /** «Показатели»: aggregates without personal data (a supervisor's territory, the ministry's republic). */
  | "dashboard"
  /** The electronic-share target on the dashboard (the ministry's). */
  | "setTarget"
  /** A territorial body's leaflet PDFs. */
  | "leaflets"
  /** «Зарегистрировать заявление на бумаге»: one received in person, at the МФЦ or by post. */
  | "registerPaper";

export const CAPABILITIES: readonly Capability[] = [
  "queue",
  "viewApplication",
  "decide",
  "reassign",
  "export",
  "statistics",
  "auditLog",
  "dashboard",
  "setTarget",
  "leaflets",
  "registerPaper",
];

/**
 * The administrator manages accounts (another part of /staff) and sees no application contents;
 * the ministry sees republic-wide aggregates and leaflets, never an application.
 */
export const ROLE_CAPABILITIES: Record<StaffRole, readonly Capability[]> = {
  caseworker: ["queue", "viewApplication", "decide", "registerPaper"],
  supervisor: [
    "queue",
    "viewApplication",
    "decide",
    "reassign",
    "export",
    "statistics",
    "auditLog",
    "dashboard",
    "leaflets",
    "registerPaper",
  ],
  administrator: [],
  ministry: ["dashboard", "setTarget", "leaflets"],
};

/** Roles whose work is the whole republic, so they belong to no territorial body. */
export const REPUBLIC_WIDE_ROLES: readonly StaffRole[] = ["administrator", "ministry"];

export function hasCapability(principal: StaffPrincipal, capability: Capability): boolean {
  // A caseworker or supervisor without a territory is a broken account: it may do nothing.
  if (principal.territoryId === null && !REPUBLIC_WIDE_ROLES.includes(principal.role)) return false;
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
  if (application.territoryId === null || application.territoryId !== principal.territoryId)
    return { ok: false, reason: "otherTerritory" };
  return { ok: true };
}

/** The actor the state machine knows this staff member as; administrators and the ministry are none. */
export function statusActor(principal: StaffPrincipal): Extract<Actor, "caseworker" | "supervisor"> | null {
  return principal.role === "caseworker" || principal.role === "supervisor" ? principal.role : null;
}
