import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeApplicationStatus } from "../applications/status-change";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { StaffPrincipal } from "./access";
import {
  approve,
  checkApproval,
  CONFLICT_MESSAGE,
  reassign,
  reject,
  requestDocuments,
  resumeReview,
  takeIntoWork,
} from "./commands";
import { approveForm, rejectForm, requestDocumentsForm } from "./forms";
import { createApplicant, createApplication, createStaff, territoryId } from "./testing";

// The caseworker's actions against a real database, through the citizen side's
// changeApplicationStatus: state machine, version check, history, notices, audit.

describe(`caseworker decisions (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  let kazan: number;
  let chelny: number;
  let caseworker: StaffPrincipal;
  let colleague: StaffPrincipal;
  let supervisor: StaffPrincipal;
  let chelnyCaseworker: StaffPrincipal;
  let applicant: number;
  const meta = { ip: "10.20.30.40" };
  const as = (principal: StaffPrincipal, now?: Date) => ({ db: db(), principal, meta, ...(now ? { now } : {}) });

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    kazan = await territoryId(db(), "kazan");
    chelny = await territoryId(db(), "naberezhnye-chelny");
    caseworker = await createStaff(db(), "caseworker", kazan, "Галиева Эльвира Ринатовна");
    colleague = await createStaff(db(), "caseworker", kazan, "Сафин Айдар Ильдарович");
    supervisor = await createStaff(db(), "supervisor", kazan, "Миронова Ольга Викторовна");
    chelnyCaseworker = await createStaff(db(), "caseworker", chelny);
    applicant = await createApplicant(db(), { email: "parent@example.ru", phone: "+79170000099" });
  });
  afterAll(() => database.close());

  const state = (id: number) =>
    db().application.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        version: true,
        assignedStaffId: true,
        amountKopecks: true,
        decidedAt: true,
        decisionDue: true,
      },
    });

  it("takes into work, asks for documents, resumes after the applicant's answer, approves as computed, and tells the applicant each time", async () => {
    const application = await createApplication(db(), {
      userId: applicant,
      territoryId: kazan,
      decisionDue: "2026-12-04",
    });
    const taken = await takeIntoWork(as(caseworker), application.id, application.version);
    expect(taken).toEqual({ ok: true, version: application.version + 1, status: "in_review" });
    expect(await state(application.id)).toMatchObject({ status: "in_review", assignedStaffId: caseworker.id });

    const request = requestDocumentsForm.parse({
      version: String(taken.ok && taken.version),
      documents: ["birthCertificate"],
      otherDocuments: "Справка с места работы\n\n",
      message: "Приложите, пожалуйста, документы",
    });
    const requested = await requestDocuments(as(caseworker, new Date("2026-11-24T09:00:00Z")), application.id, request);
    expect(requested).toMatchObject({ ok: true, status: "docs_requested" });
    const event = await db().applicationEvent.findFirstOrThrow({
      where: { applicationId: application.id, action: "requestDocuments" },
    });
    expect(event).toMatchObject({
      fromStatus: "in_review",
      toStatus: "docs_requested",
      actor: "caseworker",
      actorId: String(caseworker.id),
    });
    expect(event.details).toEqual({
      requestedDocuments: ["Свидетельство о рождении ребенка (электронная копия)", "Справка с места работы"],
      message: "Приложите, пожалуйста, документы",
    });

    // The applicant answers in the cabinet (citizen side): docs_requested → docs_provided, three working days later.
    const provided = await changeApplicationStatus(db(), {
      applicationId: application.id,
      expectedVersion: (await state(application.id)).version,
      command: {
        action: "provideDocuments",
        actor: "applicant",
        actorId: String(applicant),
        at: "2026-11-27T10:00:00.000Z",
      },
    });
    expect(provided.ok).toBe(true);

    // Before the caseworker resumes, the application waits for them: the request cannot be repeated.
    const again = await requestDocuments(as(caseworker), application.id, {
      ...request,
      version: (await state(application.id)).version,
    });
    expect(again).toMatchObject({ ok: false, kind: "refused" });

    const resumed = await resumeReview(as(caseworker), application.id, (await state(application.id)).version);
    expect(resumed).toMatchObject({ ok: true, status: "in_review" });
    // 24 Nov (Tue) → 27 Nov (Fri): three working days of pause move 4 Dec (Fri) to 9 Dec (Wed).
    expect((await state(application.id)).decisionDue).toBe("2026-12-09");

    const decidedAt = new Date("2026-12-01T08:00:00Z");
    const approved = await approve(
      as(caseworker, decidedAt),
      application.id,
      approveForm.parse({
        version: String((await state(application.id)).version),
        amount: "1920,50",
        startMonth: "2026-12",
        months: "12",
      }),
    );
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    expect(await state(application.id)).toMatchObject({ status: "approved", amountKopecks: 192_050, decidedAt });
    const approval = await db().applicationEvent.findFirstOrThrow({
      where: { applicationId: application.id, action: "approve" },
    });
    expect(approval.details).toMatchObject({ amountKopecks: 192_050, startMonth: "2026-12", months: 12, changed: [] });

    const history = await db().applicationEvent.findMany({
      where: { applicationId: application.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((row) => row.toStatus)).toEqual([
      "in_review",
      "docs_requested",
      "docs_provided",
      "in_review",
      "approved",
    ]);
    const notifications = await db().notification.findMany({ where: { userId: applicant }, orderBy: { id: "asc" } });
    expect(notifications.length).toBeGreaterThanOrEqual(5);
    expect(notifications.at(-1)!.body).toContain("1\u00a0920,50\u00a0₽");
    expect(await db().outboxMessage.count({ where: { recipient: "parent@example.ru" } })).toBeGreaterThanOrEqual(5);
    expect(await db().outboxMessage.count({ where: { recipient: "+79170000099" } })).toBeGreaterThanOrEqual(5);

    const audit = await db().auditEvent.findMany({
      where: { subject: `application:${application.id}`, outcome: "success" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "casework.takeIntoWork",
      "casework.requestDocuments",
      "casework.resumeReview",
      "casework.approve",
    ]);
    expect(audit[0]).toMatchObject({
      actorType: "staff",
      actorId: String(caseworker.id),
      ip: "10.20.30.40",
      territoryId: kazan,
    });
    expect(audit[0]!.details).toMatchObject({ role: "caseworker", from: "registered", to: "in_review" });
  });

  it("registers a just-sent application on the way into work", async () => {
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "submitted" });
    expect(await takeIntoWork(as(caseworker), application.id, application.version)).toMatchObject({
      ok: true,
      status: "in_review",
      version: application.version + 2,
    });
    const history = await db().applicationEvent.findMany({
      where: { applicationId: application.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((row) => [row.action, row.toStatus])).toEqual([
      ["register", "registered"],
      ["takeIntoReview", "in_review"],
    ]);
  });

  it("asks for the reason when the amount or the period differs from the computed one, and keeps both", async () => {
    const application = await createApplication(db(), {
      userId: applicant,
      territoryId: kazan,
      status: "in_review",
      assignedStaffId: caseworker.id,
    });
    const changed = approveForm.parse({
      version: String(application.version),
      amount: "2000",
      startMonth: "2027-01",
      months: "6",
    });
    expect(await approve(as(caseworker), application.id, changed)).toEqual({
      ok: false,
      kind: "invalid",
      errors: { changeReason: expect.stringContaining("Укажите причину") },
    });
    expect((await state(application.id)).status).toBe("in_review");

    const withReason = approveForm.parse({
      version: String(application.version),
      amount: "2000",
      startMonth: "2027-01",
      months: "6",
      changeReason: "Плата внесена с января",
    });
    expect(await approve(as(caseworker), application.id, withReason)).toMatchObject({ ok: true });
    const event = await db().applicationEvent.findFirstOrThrow({
      where: { applicationId: application.id, action: "approve" },
    });
    expect(event.comment).toBe("Плата внесена с января");
    expect(event.details).toMatchObject({
      amountKopecks: 200_000,
      startMonth: "2027-01",
      months: 6,
      computed: { amountKopecks: 192_050, startMonth: "2026-12", months: 12 },
      changed: ["amount", "startMonth", "months"],
      changeReason: "Плата внесена с января",
    });
  });

  it("checks an approval before «Подтвердить» against the stored figures, not what the form says they were", async () => {
    const application = await createApplication(db(), {
      userId: applicant,
      territoryId: kazan,
      status: "in_review",
      assignedStaffId: caseworker.id,
    });
    const v = String(application.version);
    const asComputed = approveForm.parse({ version: v, amount: "1920,50", startMonth: "2026-12", months: "12" });
    expect(await checkApproval(as(caseworker), application.id, asComputed)).toBeNull();
    const changed = approveForm.parse({ version: v, amount: "3000", startMonth: "2026-12", months: "12" });
    expect(await checkApproval(as(caseworker), application.id, changed)).toEqual({
      ok: false,
      kind: "invalid",
      errors: { changeReason: expect.stringContaining("Укажите причину") },
    });
    expect(
      await checkApproval(as(caseworker), application.id, { ...changed, changeReason: "Перерасчет платы" }),
    ).toBeNull();
    // Another territory learns nothing of the figures: «not found», recorded; nothing changes.
    expect(await checkApproval(as(chelnyCaseworker), application.id, changed)).toEqual({ ok: false, kind: "notFound" });
    const refusal = await db().auditEvent.findFirst({
      where: {
        subject: `application:${application.id}`,
        actorId: String(chelnyCaseworker.id),
        action: "casework.approve",
      },
    });
    expect(refusal?.outcome).toBe("refused");
    expect(await state(application.id)).toMatchObject({ status: "in_review", version: application.version });
  });

  it("rejects with a catalogue reason and a comment; a return reason is not a refusal reason", async () => {
    expect(rejectForm.safeParse({ version: "1", reasonCode: "wrongTerritorialBody", comment: "x" }).success).toBe(
      false,
    );
    expect(rejectForm.safeParse({ version: "1", reasonCode: "incomeAboveThreshold", comment: "  " }).success).toBe(
      false,
    );
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "in_review" });
    const outcome = await reject(
      as(caseworker),
      application.id,
      rejectForm.parse({
        version: String(application.version),
        reasonCode: "incomeAboveThreshold",
        comment: "Доход семьи выше порога",
      }),
    );
    expect(outcome).toMatchObject({ ok: true, status: "rejected" });
    const event = await db().applicationEvent.findFirstOrThrow({
      where: { applicationId: application.id, action: "reject" },
    });
    expect(event).toMatchObject({ reasonCode: "incomeAboveThreshold", comment: "Доход семьи выше порога" });
    expect((await state(application.id)).decidedAt).not.toBeNull();
  });

  it("refuses impossible transitions and changes nothing", async () => {
    const registered = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "registered" });
    const before = await state(registered.id);
    const approveEarly = await approve(
      as(caseworker),
      registered.id,
      approveForm.parse({
        version: String(registered.version),
        amount: "1920,50",
        startMonth: "2026-12",
        months: "12",
      }),
    );
    expect(approveEarly).toEqual({
      ok: false,
      kind: "refused",
      message: "Это действие недоступно в текущем статусе заявления.",
    });
    expect(await resumeReview(as(caseworker), registered.id, registered.version)).toMatchObject({
      ok: false,
      kind: "refused",
    });
    expect(await state(registered.id)).toEqual(before);
    expect(await db().applicationEvent.count({ where: { applicationId: registered.id } })).toBe(0);

    const rejected = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "rejected" });
    expect(await takeIntoWork(as(caseworker), rejected.id, rejected.version)).toEqual({
      ok: false,
      kind: "refused",
      message: expect.stringContaining("окончательное решение"),
    });
    expect(
      await db().auditEvent.findFirst({
        where: { subject: `application:${rejected.id}`, action: "casework.takeIntoWork" },
      }),
    ).toMatchObject({ outcome: "refused" });
  });

  it("two caseworkers at once: the second is told of the conflict and overwrites nothing", async () => {
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan });
    // Both opened the page at the same version; the first takes it into work.
    expect(await takeIntoWork(as(caseworker), application.id, application.version)).toMatchObject({ ok: true });
    const second = await takeIntoWork(as(colleague), application.id, application.version);
    expect(second).toEqual({ ok: false, kind: "conflict", message: CONFLICT_MESSAGE });
    expect(await state(application.id)).toMatchObject({
      status: "in_review",
      assignedStaffId: caseworker.id,
      version: application.version + 1,
    });
    expect(
      await db().auditEvent.findFirst({
        where: { subject: `application:${application.id}`, actorId: String(colleague.id) },
      }),
    ).toMatchObject({ outcome: "failed", action: "casework.takeIntoWork" });

    // A decision on a stale page is refused the same way: the first decision stands.
    const version = (await state(application.id)).version;
    expect(
      await reject(
        as(caseworker),
        application.id,
        rejectForm.parse({ version: String(version), reasonCode: "falseData", comment: "Сведения не подтвердились" }),
      ),
    ).toMatchObject({ ok: true });
    const late = await approve(
      as(colleague),
      application.id,
      approveForm.parse({ version: String(version), amount: "1920,50", startMonth: "2026-12", months: "12" }),
    );
    expect(late).toMatchObject({ ok: false, kind: "conflict" });
    expect(await state(application.id)).toMatchObject({ status: "rejected", amountKopecks: null });
    expect(await db().applicationEvent.count({ where: { applicationId: application.id, action: "approve" } })).toBe(0);
  });

  it("truly concurrent actions from one version: exactly one wins", async () => {
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "in_review" });
    const outcomes = await Promise.all([
      approve(
        as(caseworker),
        application.id,
        approveForm.parse({
          version: String(application.version),
          amount: "1920,50",
          startMonth: "2026-12",
          months: "12",
        }),
      ),
      reject(
        as(colleague),
        application.id,
        rejectForm.parse({ version: String(application.version), reasonCode: "falseData", comment: "Не подтверждено" }),
      ),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([expect.objectContaining({ kind: "conflict" })]);
    expect(await db().applicationEvent.count({ where: { applicationId: application.id } })).toBe(1);
    expect((await state(application.id)).version).toBe(application.version + 1);
  });

  it("lets a supervisor assign a caseworker of their own body, bumping the version; nobody else", async () => {
    const application = await createApplication(db(), {
      userId: applicant,
      territoryId: kazan,
      status: "in_review",
      assignedStaffId: caseworker.id,
    });
    expect(
      await reassign(as(caseworker), application.id, { version: application.version, staffId: colleague.id }),
    ).toEqual({ ok: false, kind: "notFound" });
    expect(
      await reassign(as(supervisor), application.id, { version: application.version, staffId: chelnyCaseworker.id }),
    ).toMatchObject({ ok: false, kind: "invalid" });
    expect(
      await reassign(as(supervisor), application.id, { version: application.version, staffId: colleague.id }),
    ).toMatchObject({ ok: true, version: application.version + 1 });
    expect(await state(application.id)).toMatchObject({ assignedStaffId: colleague.id, status: "in_review" });
    // The assignment moved the version: a decision prepared before it is a conflict.
    expect(
      await reject(
        as(caseworker),
        application.id,
        rejectForm.parse({ version: String(application.version), reasonCode: "falseData", comment: "x" }),
      ),
    ).toMatchObject({ ok: false, kind: "conflict" });
    expect(
      await reassign(as(supervisor), application.id, { version: application.version, staffId: caseworker.id }),
    ).toMatchObject({ ok: false, kind: "conflict" });
    expect((await state(application.id)).assignedStaffId).toBe(colleague.id);
  });

  it("a caseworker of another territory gets «not found» for every action, recorded in the audit log", async () => {
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "in_review" });
    const v = application.version;
    const outcomes = [
      await takeIntoWork(as(chelnyCaseworker), application.id, v),
      await requestDocuments(
        as(chelnyCaseworker),
        application.id,
        requestDocumentsForm.parse({ version: String(v), documents: ["birthCertificate"], message: "m" }),
      ),
      await resumeReview(as(chelnyCaseworker), application.id, v),
      await approve(
        as(chelnyCaseworker),
        application.id,
        approveForm.parse({ version: String(v), amount: "1920,50", startMonth: "2026-12", months: "12" }),
      ),
      await reject(
        as(chelnyCaseworker),
        application.id,
        rejectForm.parse({ version: String(v), reasonCode: "falseData", comment: "x" }),
      ),
    ];
    expect(outcomes).toEqual(Array(5).fill({ ok: false, kind: "notFound" }));
    expect(await state(application.id)).toMatchObject({ status: "in_review", version: v });
    const refusals = await db().auditEvent.findMany({
      where: { subject: `application:${application.id}`, actorId: String(chelnyCaseworker.id) },
    });
    expect(refusals).toHaveLength(5);
    expect(
      refusals.every(
        (row) =>
          row.outcome === "refused" &&
          (row.details as { reason?: string }).reason === "otherTerritory" &&
          row.territoryId === chelny,
      ),
    ).toBe(true);
  });
});
