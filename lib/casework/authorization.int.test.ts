import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { StaffPrincipal } from "./access";
import { territoryAuditLog } from "./audit-log";
import { approve, reassign, reject, requestDocuments, resumeReview, takeIntoWork } from "./commands";
import { exportQueue } from "./export";
import { approveForm, rejectForm, requestDocumentsForm } from "./forms";
import { DEFAULT_QUEUE_FILTERS, parseQueueQuery } from "./queue";
import { STAFF_ENTRY_POINTS } from "./routes";
import { downloadAttachment, viewApplication, viewQueue } from "./service";
import { territoryStatistics } from "./statistics";
import { saveStep } from "../applications/repository";
import { stepsOf } from "../applications/steps";
import { validAnswers } from "../applications/testing";
import { leafletChoices, leafletForDownload } from "../leaflets/download";
import {
  deletePaperDraft,
  openPaperDraft,
  paperStartForm,
  registerPaperApplication,
  startPaperApplication,
} from "./paper";
import { dashboardFigures, setElectronicShareTarget } from "../dashboard/dashboard";
import type { DashboardFilters } from "../dashboard/filters";
import { dashboardCsv } from "../dashboard/tables";
import { dashboardChartFor } from "../dashboard/dashboard-charts";

const PAPER_START = paperStartForm.parse({
  serviceId: "kindergarten-basic",
  channel: "post",
  receivedOn: "30.11.2026",
});
const DASHBOARD_PERIOD: DashboardFilters = { from: "2026-01", to: "2026-12", serviceId: null, territory: null };
import { createApplicant, createApplication, createStaff, territoryId } from "./testing";

// The authorization matrix: every staff entry point (lib/casework/routes.ts) × every kind of staff
// member, against an application of Kazan. The expected answers are written out here, not derived
// from the code's own role table, so a change to either shows up as a failure.

type Who =
  | "kazanCaseworker"
  | "kazanSupervisor"
  | "chelnyCaseworker"
  | "chelnySupervisor"
  | "administrator"
  | "ministry"
  | "caseworkerWithoutTerritory";
const EVERYONE: readonly Who[] = [
  "kazanCaseworker",
  "kazanSupervisor",
  "chelnyCaseworker",
  "chelnySupervisor",
  "administrator",
  "ministry",
  "caseworkerWithoutTerritory",
];

/** Who may use each entry point; everyone else gets 404 and an audit entry. */
const ALLOWED: Record<string, readonly Who[]> = {
  "app/staff/queue/page.tsx": ["kazanCaseworker", "kazanSupervisor", "chelnyCaseworker", "chelnySupervisor"],
  "app/staff/applications/[id]/page.tsx": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/attachments/[attachmentId]/route.ts": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts takeIntoWorkAction": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts requestDocumentsAction": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts resumeReviewAction": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts approveAction": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts rejectAction": ["kazanCaseworker", "kazanSupervisor"],
  "app/staff/applications/[id]/actions.ts reassignAction": ["kazanSupervisor"],
  "app/staff/export/route.ts": ["kazanSupervisor", "chelnySupervisor"],
  "app/staff/statistics/page.tsx": ["kazanSupervisor", "chelnySupervisor"],
  "app/staff/audit/page.tsx": ["kazanSupervisor", "chelnySupervisor"],
  // The ministry: republic-wide aggregates only; every application entry point above refuses it.
  "app/staff/dashboard/page.tsx": ["kazanSupervisor", "chelnySupervisor", "ministry"],
  "app/staff/dashboard/export/route.ts": ["kazanSupervisor", "chelnySupervisor", "ministry"],
  "app/staff/dashboard/chart/[chart]/route.ts": ["kazanSupervisor", "chelnySupervisor", "ministry"],
  "app/staff/dashboard/actions.ts setTargetAction": ["ministry"],
  // Paper applications: any caseworker or supervisor of a territory starts one; a draft (here
  // entered by the Kazan caseworker) is its author's alone.
  "app/staff/paper-applications/new/page.tsx": [
    "kazanCaseworker",
    "kazanSupervisor",
    "chelnyCaseworker",
    "chelnySupervisor",
  ],
  "app/staff/paper-applications/new/actions.ts startPaperAction": [
    "kazanCaseworker",
    "kazanSupervisor",
    "chelnyCaseworker",
    "chelnySupervisor",
  ],
  "app/staff/paper-applications/[id]/page.tsx": ["kazanCaseworker"],
  "app/staff/paper-applications/[id]/step/[step]/page.tsx": ["kazanCaseworker"],
  "app/staff/paper-applications/[id]/step/[step]/actions.ts savePaperStepAction": ["kazanCaseworker"],
  "app/staff/paper-applications/[id]/actions.ts registerPaperAction": ["kazanCaseworker"],
  "app/staff/paper-applications/[id]/actions.ts deletePaperDraftAction": ["kazanCaseworker"],
  // Leaflets: a supervisor for their own body, the ministry for any (here Kazan's is asked for).
  "app/staff/leaflets/page.tsx": ["kazanSupervisor", "chelnySupervisor", "ministry"],
  "app/staff/leaflets/download/route.ts": ["kazanSupervisor", "ministry"],
};

describe(`authorization matrix of the caseworker workspace (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  let kazan: number;
  let chelny: number;
  let applicant: number;
  let kazanColleague: StaffPrincipal;
  const staff = {} as Record<Who, StaffPrincipal>;
  const meta = { ip: "192.0.2.7" };
  const today = "2026-12-01";

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    kazan = await territoryId(db(), "kazan");
    chelny = await territoryId(db(), "naberezhnye-chelny");
    applicant = await createApplicant(db());
    staff.kazanCaseworker = await createStaff(db(), "caseworker", kazan);
    staff.kazanSupervisor = await createStaff(db(), "supervisor", kazan);
    staff.chelnyCaseworker = await createStaff(db(), "caseworker", chelny);
    staff.chelnySupervisor = await createStaff(db(), "supervisor", chelny);
    staff.administrator = await createStaff(db(), "administrator", null);
    staff.ministry = await createStaff(db(), "ministry", null);
    staff.caseworkerWithoutTerritory = await createStaff(db(), "caseworker", null);
    kazanColleague = await createStaff(db(), "caseworker", kazan);
    // Something of Chelny's own in every list, to show each territory sees only its own.
    await createApplication(db(), { userId: applicant, territoryId: chelny, lastName: "Челнинская" });
    await createApplication(db(), { userId: applicant, territoryId: kazan, lastName: "Казанская" });
  });
  afterAll(() => database.close());

  const kazanApplication = (status: Parameters<typeof createApplication>[1]["status"]) =>
    createApplication(db(), { userId: applicant, territoryId: kazan, status, lastName: "Казанская" });

  /** Runs an entry point as `who`; "allowed" or "refused", after checking what an allowed run returned. */
  const RUN: Record<string, (who: StaffPrincipal) => Promise<"allowed" | "refused">> = {
    "app/staff/queue/page.tsx": async (who) => {
      const page = await viewQueue(db(), who, meta, parseQueueQuery({}), today);
      if (!page) return "refused";
      const surnames = new Set(page.rows.map((row) => row.applicantSurname));
      expect(surnames.has("казанская")).toBe(who.territoryId === kazan);
      expect(surnames.has("челнинская")).toBe(who.territoryId === chelny);
      return "allowed";
    },
    "app/staff/applications/[id]/page.tsx": async (who) =>
      (await viewApplication(db(), who, meta, (await kazanApplication("registered")).id)) ? "allowed" : "refused",
    "app/staff/applications/[id]/attachments/[attachmentId]/route.ts": async (who) => {
      const application = await kazanApplication("registered");
      const id = `att-${application.id}`;
      await db().applicationAttachment.create({
        data: {
          id,
          applicationId: application.id,
          slot: "other",
          fileName: "doc.pdf",
          mediaType: "application/pdf",
          size: 5,
          sha256: "x",
          content: Buffer.from("%PDF-"),
          uploadedBy: "applicant",
        },
      });
      const file = await downloadAttachment(db(), who, meta, application.id, id);
      if (file) expect(Buffer.from(file.content).toString()).toBe("%PDF-");
      return file ? "allowed" : "refused";
    },
    "app/staff/applications/[id]/actions.ts takeIntoWorkAction": async (who) =>
      outcome(await takeIntoWork({ db: db(), principal: who, meta }, ...(await versioned("registered")))),
    "app/staff/applications/[id]/actions.ts requestDocumentsAction": async (who) => {
      const [id, version] = await versioned("in_review");
      return outcome(
        await requestDocuments(
          { db: db(), principal: who, meta },
          id,
          requestDocumentsForm.parse({
            version: String(version),
            documents: ["birthCertificate"],
            message: "Нужна копия",
          }),
        ),
      );
    },
    "app/staff/applications/[id]/actions.ts resumeReviewAction": async (who) =>
      outcome(await resumeReview({ db: db(), principal: who, meta }, ...(await versioned("docs_provided")))),
    "app/staff/applications/[id]/actions.ts approveAction": async (who) => {
      const [id, version] = await versioned("in_review");
      return outcome(
        await approve(
          { db: db(), principal: who, meta },
          id,
          approveForm.parse({ version: String(version), amount: "1920,50", startMonth: "2026-12", months: "12" }),
        ),
      );
    },
    "app/staff/applications/[id]/actions.ts rejectAction": async (who) => {
      const [id, version] = await versioned("in_review");
      return outcome(
        await reject(
          { db: db(), principal: who, meta },
          id,
          rejectForm.parse({ version: String(version), reasonCode: "falseData", comment: "Не подтверждено" }),
        ),
      );
    },
    "app/staff/applications/[id]/actions.ts reassignAction": async (who) => {
      const [id, version] = await versioned("in_review");
      return outcome(await reassign({ db: db(), principal: who, meta }, id, { version, staffId: kazanColleague.id }));
    },
    "app/staff/export/route.ts": async (who) => {
      const chunks = await exportQueue(db(), who, meta, DEFAULT_QUEUE_FILTERS, today);
      if (!chunks) return "refused";
      let csv = "";
      for await (const chunk of chunks) csv += chunk;
      expect(csv.includes("Казанская")).toBe(who.territoryId === kazan);
      expect(csv.includes("Челнинская")).toBe(who.territoryId === chelny);
      return "allowed";
    },
    "app/staff/statistics/page.tsx": async (who) => {
      const statistics = await territoryStatistics(db(), who, meta, { today });
      if (!statistics) return "refused";
      const own = await db().application.count({ where: { territoryId: who.territoryId, status: { not: "draft" } } });
      expect(statistics.totals.total).toBe(own);
      return "allowed";
    },
    "app/staff/audit/page.tsx": async (who) => {
      const log = await territoryAuditLog(db(), who, meta, null, 500);
      if (!log) return "refused";
      const staffOfTerritory = new Set(
        (await db().staff.findMany({ where: { territoryId: who.territoryId } })).map((member) => String(member.id)),
      );
      for (const entry of log.entries) {
        const row = await db().auditEvent.findUniqueOrThrow({ where: { id: entry.id } });
        expect(
          row.territoryId === who.territoryId || (row.actorType === "staff" && staffOfTerritory.has(row.actorId ?? "")),
        ).toBe(true);
      }
      return "allowed";
    },
    "app/staff/dashboard/page.tsx": async (who) => {
      const data = await dashboardFigures(db(), who, meta, DASHBOARD_PERIOD, today);
      if (!data) return "refused";
      // A supervisor sees their own territory only, whatever the query asks; the ministry the republic.
      expect(data.territory?.id ?? null).toBe(who.role === "ministry" ? null : who.territoryId);
      expect(data.ranking.length).toBe(who.role === "ministry" ? 45 : 1);
      return "allowed";
    },
    "app/staff/dashboard/export/route.ts": async (who) => {
      const data = await dashboardFigures(
        db(),
        who,
        meta,
        { ...DASHBOARD_PERIOD, territory: "kazan" },
        today,
        "dashboard.export",
        { table: "territories" },
      );
      if (!data) return "refused";
      expect(data.territory?.id).toBe(who.role === "ministry" ? kazan : who.territoryId);
      expect(dashboardCsv(data, "territories")).not.toMatch(/Казанская|Челнинская/);
      return "allowed";
    },
    "app/staff/dashboard/chart/[chart]/route.ts": async (who) => {
      // Kazan's ranking asked for: the ministry gets Kazan's, a supervisor only their own territory's.
      const chart = await dashboardChartFor(
        db(),
        who,
        meta,
        { ...DASHBOARD_PERIOD, territory: "kazan" },
        today,
        "territories",
      );
      if (!chart) return "refused";
      const shown =
        who.role === "ministry" || who.territoryId === kazan
          ? ["Казань", "Набережные Челны"]
          : ["Набережные Челны", "Казань"];
      expect(chart.data.territory?.id).toBe(who.role === "ministry" ? kazan : who.territoryId);
      expect(chart.svg).toMatch(/^<svg/);
      expect(chart.svg).toContain(`город ${shown[0]}<`);
      expect(chart.svg).not.toContain(shown[1]);
      return "allowed";
    },
    "app/staff/dashboard/actions.ts setTargetAction": async (who) =>
      (await setElectronicShareTarget(db(), who, meta, 70)) ? "allowed" : "refused",
    "app/staff/leaflets/page.tsx": async (who) => {
      const bodies = await leafletChoices(db(), who, meta);
      if (!bodies) return "refused";
      expect(bodies.length).toBe(who.role === "ministry" ? 45 : 1);
      return "allowed";
    },
    "app/staff/leaflets/download/route.ts": async (who) => {
      const file = await leafletForDownload(
        db(),
        who,
        meta,
        { leaflet: "child-allowance", territory: "kazan", size: "A5" },
        "http://localhost:3000",
      );
      if (file) expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe("%PDF-");
      return file ? "allowed" : "refused";
    },
    "app/staff/paper-applications/new/page.tsx": async (who) =>
      (await startPaperApplication(db(), who, meta, PAPER_START)) ? "allowed" : "refused",
    "app/staff/paper-applications/new/actions.ts startPaperAction": async (who) => {
      const started = await startPaperApplication(db(), who, meta, PAPER_START);
      if (started)
        expect(await db().application.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({
          registeredByStaffId: who.id,
          userId: null,
          status: "draft",
        });
      return started ? "allowed" : "refused";
    },
    "app/staff/paper-applications/[id]/page.tsx": async (who) =>
      (await openPaperDraft(db(), who, meta, await kazanPaperDraft())) ? "allowed" : "refused",
    "app/staff/paper-applications/[id]/step/[step]/page.tsx": async (who) =>
      (await openPaperDraft(db(), who, meta, await kazanPaperDraft())) ? "allowed" : "refused",
    "app/staff/paper-applications/[id]/step/[step]/actions.ts savePaperStepAction": async (who) => {
      const id = await kazanPaperDraft();
      if (!(await openPaperDraft(db(), who, meta, id))) {
        // The action stops at the check; the write itself would refuse too.
        expect(await saveStep(db(), { staffId: who.id }, id, "applicant", {}, false)).toEqual({
          ok: false,
          reason: "notFound",
        });
        return "refused";
      }
      return (
        await saveStep(db(), { staffId: who.id }, id, "applicant", validAnswers("kindergarten-basic").applicant!, true)
      ).ok
        ? "allowed"
        : "refused";
    },
    "app/staff/paper-applications/[id]/actions.ts registerPaperAction": async (who) => {
      const result = await registerPaperApplication(db(), who, meta, await kazanPaperDraft(true));
      if (result.ok)
        expect(await db().application.findUniqueOrThrow({ where: { id: result.applicationId } })).toMatchObject({
          territoryId: kazan,
          status: "registered",
          channel: "post",
        });
      return result.ok ? "allowed" : "refused";
    },
    "app/staff/paper-applications/[id]/actions.ts deletePaperDraftAction": async (who) => {
      const id = await kazanPaperDraft();
      const deleted = await deletePaperDraft(db(), who, meta, id);
      expect(await db().application.count({ where: { id } })).toBe(deleted ? 0 : 1);
      return deleted ? "allowed" : "refused";
    },
  };

  /** A paper draft entered by the Kazan caseworker; complete when asked. */
  async function kazanPaperDraft(complete = false): Promise<number> {
    const started = await startPaperApplication(db(), staff.kazanCaseworker, meta, PAPER_START);
    const owner = { staffId: staff.kazanCaseworker.id };
    if (complete) {
      const answers = validAnswers("kindergarten-basic");
      for (const step of stepsOf("kindergarten-basic"))
        await saveStep(db(), owner, started!.id, step, answers[step] ?? {}, true);
    }
    return started!.id;
  }

  async function versioned(status: Parameters<typeof kazanApplication>[0]): Promise<[number, number]> {
    const application = await kazanApplication(status);
    return [application.id, application.version];
  }

  function outcome(result: { ok: boolean; kind?: string }): "allowed" | "refused" {
    if (result.ok) return "allowed";
    expect(result.kind).toBe("notFound");
    return "refused";
  }

  it("names every entry point of the route table", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(STAFF_ENTRY_POINTS.map((entry) => entry.entry).sort());
    expect(Object.keys(RUN).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const entry of STAFF_ENTRY_POINTS) {
    describe(entry.entry, () => {
      for (const who of EVERYONE) {
        const expected = ALLOWED[entry.entry]?.includes(who) ? "allowed" : "refused";
        it(`${who}: ${expected}`, async () => {
          const principal = staff[who];
          const before = await db().auditEvent.count({
            where: { actorId: String(principal.id), action: `casework.${entry.operation}`, outcome: "refused" },
          });
          expect(await RUN[entry.entry]!(principal)).toBe(expected);
          const refusals = await db().auditEvent.count({
            where: { actorId: String(principal.id), action: `casework.${entry.operation}`, outcome: "refused" },
          });
          // Every refusal is in the audit log, with the address it came from; an allowed run adds none.
          expect(refusals - before).toBe(expected === "refused" ? 1 : 0);
          if (expected === "refused") {
            const row = await db().auditEvent.findFirstOrThrow({
              where: { actorId: String(principal.id), action: `casework.${entry.operation}`, outcome: "refused" },
              orderBy: { id: "desc" },
            });
            expect(row).toMatchObject({ actorType: "staff", ip: "192.0.2.7" });
            expect((row.details as { role?: string }).role).toBe(principal.role);
          }
        });
      }
    });
  }

  it("a draft is nobody's on the staff side, not even its own territory's", async () => {
    const draft = await kazanApplication("draft");
    expect(await viewApplication(db(), staff.kazanCaseworker, meta, draft.id)).toBeNull();
    expect(await takeIntoWork({ db: db(), principal: staff.kazanSupervisor, meta }, draft.id, draft.version)).toEqual({
      ok: false,
      kind: "notFound",
    });
    expect(
      await db().auditEvent.findFirst({ where: { subject: `application:${draft.id}`, outcome: "refused" } }),
    ).toMatchObject({ details: expect.objectContaining({ reason: "draft" }) });
  });

  it("the ministry opening an application's address gets «not found», audited with its role", async () => {
    const application = await kazanApplication("approved");
    expect(await viewApplication(db(), staff.ministry, meta, application.id)).toBeNull();
    const refusal = await db().auditEvent.findFirstOrThrow({
      where: { subject: `application:${application.id}`, outcome: "refused" },
    });
    expect(refusal).toMatchObject({
      actorId: String(staff.ministry.id),
      action: "casework.application.view",
      ip: "192.0.2.7",
    });
    expect(refusal.details).toMatchObject({ role: "ministry", reason: "role" });
  });

  it("a missing application and another territory's answer alike", async () => {
    const missing = await viewApplication(db(), staff.chelnyCaseworker, meta, 987_654_321);
    const other = await viewApplication(db(), staff.chelnyCaseworker, meta, (await kazanApplication("registered")).id);
    expect(missing).toBeNull();
    expect(other).toBeNull();
  });
});
