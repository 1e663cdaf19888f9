import type { Capability } from "./access";
import type { CaseworkOperation } from "./guard";

// Every staff page, route handler and server action of the caseworker workspace, with the check
// it makes. lib/casework/routes.test.ts proves the app/ tree has no entry point missing here;
// lib/casework/authorization.int.test.ts runs each one for every role and territory.

export interface StaffEntryPoint {
  /** The app/ path of the page or route handler, or "<path> <action export>" for a server action. */
  entry: string;
  kind: "page" | "route" | "action";
  capability: Capability;
  /** "application": about one application (other territory → 404); "territory": the own territory's data. */
  scope: "application" | "territory";
  operation: CaseworkOperation;
}

export const STAFF_ENTRY_POINTS: readonly StaffEntryPoint[] = [
  { entry: "app/staff/queue/page.tsx", kind: "page", capability: "queue", scope: "territory", operation: "queue.view" },
  {
    entry: "app/staff/applications/[id]/page.tsx",
    kind: "page",
    capability: "viewApplication",
    scope: "application",
    operation: "application.view",
  },
  {
    entry: "app/staff/applications/[id]/attachments/[attachmentId]/route.ts",
    kind: "route",
    capability: "viewApplication",
    scope: "application",
    operation: "attachment.download",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts takeIntoWorkAction",
    kind: "action",
    capability: "decide",
    scope: "application",
    operation: "takeIntoWork",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts requestDocumentsAction",
    kind: "action",
    capability: "decide",
    scope: "application",
    operation: "requestDocuments",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts resumeReviewAction",
    kind: "action",
    capability: "decide",
    scope: "application",
    operation: "resumeReview",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts approveAction",
    kind: "action",
    capability: "decide",
    scope: "application",
    operation: "approve",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts rejectAction",
    kind: "action",
    capability: "decide",
    scope: "application",
    operation: "reject",
  },
  {
    entry: "app/staff/applications/[id]/actions.ts reassignAction",
    kind: "action",
    capability: "reassign",
    scope: "application",
    operation: "reassign",
  },
  { entry: "app/staff/export/route.ts", kind: "route", capability: "export", scope: "territory", operation: "export" },
  {
    entry: "app/staff/statistics/page.tsx",
    kind: "page",
    capability: "statistics",
    scope: "territory",
    operation: "statistics.view",
  },
  {
    entry: "app/staff/audit/page.tsx",
    kind: "page",
    capability: "auditLog",
    scope: "territory",
    operation: "audit.view",
  },
  {
    entry: "app/staff/dashboard/page.tsx",
    kind: "page",
    capability: "dashboard",
    scope: "territory",
    operation: "dashboard.view",
  },
  {
    entry: "app/staff/dashboard/export/route.ts",
    kind: "route",
    capability: "dashboard",
    scope: "territory",
    operation: "dashboard.export",
  },
  {
    entry: "app/staff/dashboard/chart/[chart]/route.ts",
    kind: "route",
    capability: "dashboard",
    scope: "territory",
    operation: "dashboard.chart",
  },
  {
    entry: "app/staff/dashboard/actions.ts setTargetAction",
    kind: "action",
    capability: "setTarget",
    scope: "territory",
    operation: "dashboard.target",
  },
  {
    entry: "app/staff/paper-applications/new/page.tsx",
    kind: "page",
    capability: "registerPaper",
    scope: "territory",
    operation: "paper.register",
  },
  {
    entry: "app/staff/paper-applications/new/actions.ts startPaperAction",
    kind: "action",
    capability: "registerPaper",
    scope: "territory",
    operation: "paper.register",
  },
  // A paper draft is the entering caseworker's alone: scope "application" (anyone else: 404).
  {
    entry: "app/staff/paper-applications/[id]/page.tsx",
    kind: "page",
    capability: "registerPaper",
    scope: "application",
    operation: "paper.register",
  },
  {
    entry: "app/staff/paper-applications/[id]/step/[step]/page.tsx",
    kind: "page",
    capability: "registerPaper",
    scope: "application",
    operation: "paper.register",
  },
  {
    entry: "app/staff/paper-applications/[id]/step/[step]/actions.ts savePaperStepAction",
    kind: "action",
    capability: "registerPaper",
    scope: "application",
    operation: "paper.register",
  },
  {
    entry: "app/staff/leaflets/page.tsx",
    kind: "page",
    capability: "leaflets",
    scope: "territory",
    operation: "leaflet.download",
  },
  {
    entry: "app/staff/leaflets/download/route.ts",
    kind: "route",
    capability: "leaflets",
    scope: "territory",
    operation: "leaflet.download",
  },
  {
    entry: "app/staff/paper-applications/[id]/actions.ts registerPaperAction",
    kind: "action",
    capability: "registerPaper",
    scope: "application",
    operation: "paper.register",
  },
  {
    entry: "app/staff/paper-applications/[id]/actions.ts deletePaperDraftAction",
    kind: "action",
    capability: "registerPaper",
    scope: "application",
    operation: "paper.delete",
  },
];

/** The directories of app/staff this feature owns (the others belong to sign-in and admin). */
export const CASEWORK_APP_DIRECTORIES = [
  "app/staff/queue",
  "app/staff/applications",
  "app/staff/export",
  "app/staff/statistics",
  "app/staff/audit",
  "app/staff/dashboard",
  "app/staff/paper-applications",
  "app/staff/leaflets",
] as const;
