import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { StaffPrincipal } from "./access";
import { territoryAuditLog } from "./audit-log";
import { requestDocuments, takeIntoWork } from "./commands";
import { CSV_BOM, csvLine } from "./csv";
import { EXPORT_CHUNK_ROWS, EXPORT_HEADER, exportQueue } from "./export";
import { requestDocumentsForm } from "./forms";
import { DEFAULT_QUEUE_FILTERS } from "./queue";
import { downloadAttachment, viewApplication } from "./service";
import { territoryStatistics } from "./statistics";
import { createApplicant, createApplication, createStaff, territoryId } from "./testing";

// What a caseworker and a supervisor read: the application page's data, the CSV export, the
// statistics and the audit log, each of their own territory only.

describe(`caseworker and supervisor views (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  let kazan: number;
  let chelny: number;
  let applicant: number;
  let caseworker: StaffPrincipal & { fullName: string };
  let supervisor: StaffPrincipal;
  let chelnySupervisor: StaffPrincipal;
  let chelnyCaseworker: StaffPrincipal;
  const meta = { ip: "10.0.0.5" };
  const today = "2026-12-01";

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    kazan = await territoryId(db(), "kazan");
    chelny = await territoryId(db(), "naberezhnye-chelny");
    applicant = await createApplicant(db());
    caseworker = await createStaff(db(), "caseworker", kazan, "Галиева Эльвира Ринатовна");
    supervisor = await createStaff(db(), "supervisor", kazan, "Миронова Ольга Викторовна");
    chelnySupervisor = await createStaff(db(), "supervisor", chelny);
    chelnyCaseworker = await createStaff(db(), "caseworker", chelny);
  });
  afterAll(() => database.close());

  it("shows everything the applicant entered, what came from ESIA, the computation and the history with names", async () => {
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan });
    await db().application.update({
      where: { id: application.id },
      data: {
        answers: {
          applicant: {
            lastName: "Хасанова",
            firstName: "Алия",
            middleName: "Ринатовна",
            snils: "112-233-445 95",
            phone: "+79170000002",
          },
        },
        esiaFields: ["applicant.lastName", "applicant.snils"],
      },
    });
    await db().applicationAttachment.create({
      data: {
        id: `file-${application.id}`,
        applicationId: application.id,
        slot: "other",
        fileName: "spravka.pdf",
        mediaType: "application/pdf",
        size: 9,
        sha256: "x",
        content: Buffer.from("%PDF-1.4\n"),
        uploadedBy: "applicant",
      },
    });
    const taken = await takeIntoWork({ db: db(), principal: caseworker, meta }, application.id, application.version);
    expect(taken.ok).toBe(true);
    await requestDocuments(
      { db: db(), principal: caseworker, meta },
      application.id,
      requestDocumentsForm.parse({
        version: String(application.version + 1),
        documents: ["feeReceipt"],
        message: "Приложите квитанцию",
      }),
    );

    const detail = await viewApplication(db(), caseworker, meta, application.id);
    expect(detail).not.toBeNull();
    const applicantSection = detail!.sections.find((section) => section.stepId === "applicant")!;
    expect(applicantSection.rows).toEqual(
      expect.arrayContaining([
        { field: "lastName", label: "Фамилия", value: "Хасанова", fromEsia: true },
        { field: "firstName", label: "Имя", value: "Алия", fromEsia: false },
        { field: "snils", label: "СНИЛС", value: "112-233-445 95", fromEsia: true },
        { field: "phone", label: "Мобильный телефон", value: "+79170000002", fromEsia: false },
      ]),
    );
    expect(detail).toMatchObject({
      applicantName: "Хасанова Алия Ринатовна",
      esiaLevel: "standard",
      esiaFieldCount: 2,
      status: "docs_requested",
      version: application.version + 2,
      assignedStaff: { id: caseworker.id, fullName: "Галиева Эльвира Ринатовна" },
      eligibility: { eligible: true, amountKopecks: 192_050, period: { start: "2026-12", months: 12 } },
      prefill: { amountKopecks: 192_050, startMonth: "2026-12", months: 12 },
      documentsRequest: {
        requestedDocuments: ["Документ о внесении родительской платы"],
        message: "Приложите квитанцию",
      },
      actions: ["reject"],
      assignees: [],
    });
    expect(detail!.history.map((entry) => [entry.toStatus, entry.actorName])).toEqual([
      ["in_review", "Галиева Эльвира Ринатовна"],
      ["docs_requested", "Галиева Эльвира Ринатовна"],
    ]);
    expect(detail!.attachments).toEqual([
      expect.objectContaining({ fileName: "spravka.pdf", slotLabel: "Иные документы", size: 9 }),
    ]);
    // The supervisor may also assign: the body's staff are offered.
    expect(
      (await viewApplication(db(), supervisor, meta, application.id))!.assignees.map((member) => member.id).sort(),
    ).toEqual([caseworker.id, supervisor.id].sort());

    // Reading it is recorded, as is opening the file; a file id of another application is not found.
    expect(
      await db().auditEvent.count({
        where: { subject: `application:${application.id}`, action: "casework.application.view", outcome: "success" },
      }),
    ).toBe(2);
    const file = await downloadAttachment(db(), caseworker, meta, application.id, `file-${application.id}`);
    expect(file).toMatchObject({ fileName: "spravka.pdf", mediaType: "application/pdf" });
    const other = await createApplication(db(), { userId: applicant, territoryId: kazan });
    expect(await downloadAttachment(db(), caseworker, meta, other.id, `file-${application.id}`)).toBeNull();
    expect(await downloadAttachment(db(), chelnyCaseworker, meta, application.id, `file-${application.id}`)).toBeNull();
  });

  it("exports the filtered queue as CSV with a BOM, in pages, with formulas neutralised", async () => {
    const territory = await db().territory.findUniqueOrThrow({ where: { code: "aznakaevsky" } });
    const exporter = await createStaff(db(), "supervisor", territory.id);
    const count = EXPORT_CHUNK_ROWS + 5;
    for (let i = 0; i < count; i++) {
      await createApplication(db(), {
        userId: applicant,
        territoryId: territory.id,
        lastName: i === 0 ? '=HYPERLINK("http://evil","x")' : `Фамилия${i}`,
        serviceId: i % 2 ? "child-allowance" : "kindergarten-basic",
      });
    }
    const chunks = await exportQueue(db(), exporter, meta, DEFAULT_QUEUE_FILTERS, today);
    let csv = "";
    let pieces = 0;
    for await (const chunk of chunks!) {
      csv += chunk;
      pieces++;
    }
    expect(pieces).toBeGreaterThanOrEqual(3);
    expect(csv.startsWith(`${CSV_BOM}${csvLine(EXPORT_HEADER)}`)).toBe(true);
    expect(csvLine(EXPORT_HEADER)).toContain('"Размер выплаты, руб."');
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(count + 1);
    expect(new Set(lines).size).toBe(count + 1);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"") Алия Ринатовна"`);

    const filtered = await exportQueue(
      db(),
      exporter,
      meta,
      { ...DEFAULT_QUEUE_FILTERS, serviceId: "child-allowance" },
      today,
    );
    let only = "";
    for await (const chunk of filtered!) only += chunk;
    expect(only.slice(1).split("\r\n").filter(Boolean)).toHaveLength(1 + Math.floor(count / 2));
    expect(only).not.toContain("Основная компенсация");
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { actorId: String(exporter.id), action: "casework.export" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ outcome: "success", territoryId: territory.id, ip: "10.0.0.5" });
    expect(audit.details).toMatchObject({ service: "child-allowance", role: "supervisor" });
  });

  it("counts the territory's applications by service and status, overdue ones and each caseworker's load", async () => {
    const territory = await db().territory.findUniqueOrThrow({ where: { code: "bavlinsky" } });
    const head = await createStaff(db(), "supervisor", territory.id);
    const worker = await createStaff(db(), "caseworker", territory.id, "Исполнитель Бавлы");
    const now = new Date("2026-12-01T09:00:00Z");
    await createApplication(db(), {
      userId: applicant,
      territoryId: territory.id,
      status: "registered",
      decisionDue: "2026-11-30",
    });
    await createApplication(db(), {
      userId: applicant,
      territoryId: territory.id,
      status: "in_review",
      decisionDue: "2026-12-10",
      assignedStaffId: worker.id,
    });
    await createApplication(db(), {
      userId: applicant,
      territoryId: territory.id,
      status: "docs_requested",
      decisionDue: "2026-11-01",
      assignedStaffId: worker.id,
    });
    const decided = await createApplication(db(), {
      userId: applicant,
      territoryId: territory.id,
      status: "approved",
      serviceId: "child-allowance",
      assignedStaffId: worker.id,
      submittedAt: new Date("2026-11-20T09:00:00Z"),
    });
    await db().application.update({ where: { id: decided.id }, data: { decidedAt: new Date("2026-11-25T09:00:00Z") } });
    await createApplication(db(), { userId: applicant, territoryId: territory.id, status: "draft" });

    const statistics = await territoryStatistics(db(), head, meta, { today, now });
    expect(statistics!.totals).toMatchObject({ total: 4, awaiting: 2, overdue: 1 });
    expect(statistics!.totals.byStatus).toMatchObject({
      registered: 1,
      in_review: 1,
      docs_requested: 1,
      approved: 1,
      draft: 0,
    });
    expect(statistics!.services.find((service) => service.serviceId === "child-allowance")).toMatchObject({
      total: 1,
      awaiting: 0,
    });
    expect(statistics!.staff.find((member) => member.staffId === worker.id)).toEqual({
      staffId: worker.id,
      fullName: "Исполнитель Бавлы",
      inWork: 2,
      overdue: 0,
      decidedRecently: 1,
    });
    expect(statistics).toMatchObject({ decidedRecently: 1, meanDecisionDays: 5 });
  });

  it("the audit log: a supervisor sees their territory's entries and their staff's, pages back, and nobody can change it", async () => {
    const kazanApplication = await createApplication(db(), { userId: applicant, territoryId: kazan });
    // A Chelny caseworker pokes at a Kazan application (refused, recorded under Chelny); a Kazan caseworker reads it.
    expect(await viewApplication(db(), chelnyCaseworker, meta, kazanApplication.id)).toBeNull();
    await viewApplication(db(), caseworker, meta, kazanApplication.id);
    // A sign-in of a Kazan caseworker, as the staff sign-in writes it (no territory on the entry).
    await db().auditEvent.create({
      data: {
        actorType: "staff",
        actorId: String(caseworker.id),
        action: "staff.login",
        outcome: "success",
        ip: "10.0.0.9",
        details: { role: "caseworker" },
      },
    });

    const kazanLog = await territoryAuditLog(db(), supervisor, meta, null, 500);
    const chelnyLog = await territoryAuditLog(db(), chelnySupervisor, meta, null, 500);
    const about = (log: typeof kazanLog) =>
      log!.entries.filter((entry) => entry.subject === `application:${kazanApplication.id}`);
    expect(about(kazanLog).map((entry) => [entry.action, entry.outcome, entry.actorName])).toEqual([
      ["casework.application.view", "success", "Галиева Эльвира Ринатовна"],
    ]);
    expect(about(kazanLog)[0]).toMatchObject({
      role: "caseworker",
      ip: "10.0.0.5",
      applicationNumber: kazanApplication.number,
    });
    expect(
      kazanLog!.entries.some((entry) => entry.action === "staff.login" && entry.actorId === String(caseworker.id)),
    ).toBe(true);
    // Chelny's supervisor sees their caseworker's refused attempt, but not the Kazan application's number.
    expect(
      about(chelnyLog).map((entry) => [entry.action, entry.outcome, entry.details.reason, entry.applicationNumber]),
    ).toEqual([["casework.application.view", "refused", "otherTerritory", null]]);
    expect(chelnyLog!.entries.some((entry) => entry.action === "staff.login")).toBe(false);

    // Paging back by key: every entry once, newest first.
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await territoryAuditLog(db(), supervisor, meta, cursor, 3);
      all.push(...page!.entries.map((entry) => entry.id));
      cursor = page!.next;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort((a, b) => b - a)).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(kazanLog!.entries.length);

    // Append-only: the database refuses to change or remove an entry, for anyone.
    const entry = about(kazanLog)[0]!;
    await expect(db().auditEvent.update({ where: { id: entry.id }, data: { outcome: "refused" } })).rejects.toThrow();
    await expect(db().auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(db().$executeRawUnsafe(`DELETE FROM "audit_event" WHERE "territoryId" = ${kazan}`)).rejects.toThrow(
      /append-only/,
    );
    expect(await db().auditEvent.findUnique({ where: { id: entry.id } })).toMatchObject({ outcome: "success" });
  });
});
