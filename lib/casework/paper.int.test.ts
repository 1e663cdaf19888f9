import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachFile, saveStep } from "../applications/repository";
import { saveDraftStep, stepView, type StepVoice } from "../applications/service";
import { stepsOf } from "../applications/steps";
import { SAMPLE_PDF, validAnswers } from "../applications/testing";
import type { ServiceId } from "../benefits/services";
import { dashboardFigures } from "../dashboard/dashboard";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { StaffPrincipal } from "./access";
import { takeIntoWork } from "./commands";
import {
  deletePaperDraft,
  linkedCabinet,
  listPaperDrafts,
  paperDraft,
  paperStartForm,
  receiptInstant,
  registerPaperApplication,
  startPaperApplication,
} from "./paper";
import { viewQueue } from "./service";
import { parseQueueQuery } from "./queue";
import { createStaff, territoryId } from "./testing";

describe(`paper applications registered by a caseworker (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  const meta = { ip: "192.0.2.12" };
  let kazan: number;
  let caseworker: StaffPrincipal;
  let colleague: StaffPrincipal;
  let ministry: StaffPrincipal;
  let parent: number;
  const now = new Date("2026-12-01T10:00:00Z");

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    kazan = await territoryId(db(), "kazan");
    caseworker = await createStaff(db(), "caseworker", kazan);
    colleague = await createStaff(db(), "caseworker", kazan);
    ministry = await createStaff(db(), "ministry", null);
    // The parent has a cabinet linked to a standard ESIA account, with the SNILS of the fixture.
    const user = await db().user.create({
      data: {
        email: "paper-parent@example.ru",
        emailVerified: true,
        passwordHash: "x",
        lastName: "Хасанова",
        firstName: "Алия",
        snils: "112-233-445 95",
      },
    });
    await db().esiaLink.create({ data: { userId: user.id, oid: "910012", level: "standard" } });
    parent = user.id;
  });
  afterAll(() => database.close());

  async function enter(
    serviceId: ServiceId,
    snils: string,
    receivedOn = "2026-11-30",
    channel: "in_person" | "mfc" | "post" = "in_person",
  ) {
    const started = await startPaperApplication(
      db(),
      caseworker,
      meta,
      paperStartForm.parse({ serviceId, channel, receivedOn: receivedOn.split("-").reverse().join(".") }),
    );
    const id = started!.id;
    const answers = validAnswers(serviceId);
    answers.applicant = { ...answers.applicant, snils };
    for (const step of stepsOf(serviceId))
      expect(await saveStep(db(), { staffId: caseworker.id }, id, step, answers[step] ?? {}, true)).toEqual({
        ok: true,
      });
    if (serviceId !== "kindergarten-basic")
      await attachFile(db(), { staffId: caseworker.id }, id, "income", "spravka.pdf", SAMPLE_PDF);
    return id;
  }

  it("checks the start form: a service, a channel and a date of receipt not in the future", () => {
    expect(
      paperStartForm
        .safeParse({ serviceId: "x", channel: "portal", receivedOn: "31.12.2099" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["serviceId", "channel", "receivedOn"]);
    expect(paperStartForm.parse({ serviceId: "child-allowance", channel: "post", receivedOn: "30.11.2026" })).toEqual({
      serviceId: "child-allowance",
      channel: "post",
      receivedOn: "2026-11-30",
    });
  });

  it("registers it with a number, the caseworker's territory and the date of receipt, in the cabinet with the same SNILS", async () => {
    const id = await enter("kindergarten-basic", "112-233-445 95");
    const result = await registerPaperApplication(db(), caseworker, meta, id, now);
    expect(result).toMatchObject({ ok: true, applicationId: id, linkedToCabinet: true });
    const row = await db().application.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(row).toMatchObject({
      status: "registered",
      channel: "in_person",
      userId: parent,
      territoryId: kazan,
      esiaLevel: "standard",
      receivedOn: "2026-11-30",
      submittedAt: new Date("2026-11-30T09:00:00Z"),
      number: `16-2026-${String(id).padStart(7, "0")}`,
    });
    expect(row.decisionDue).toMatch(/^2026-12-\d\d$/);
    expect(row.events.map((e) => [e.action, e.toStatus, e.actor, e.actorId])).toEqual([
      ["receivePaper", "submitted", "caseworker", String(caseworker.id)],
      ["register", "registered", "caseworker", String(caseworker.id)],
    ]);
    // The parent is told in the cabinet, like for an online application.
    expect(
      await db().notification.count({ where: { userId: parent, link: `/cabinet/applications/${id}` } }),
    ).toBeGreaterThan(0);
    // It is in the territory's queue and goes through the same commands.
    const queue = await viewQueue(db(), colleague, meta, parseQueueQuery({}), "2026-12-01");
    expect(queue!.rows.map((r) => r.id)).toContain(id);
    expect(await takeIntoWork({ db: db(), principal: colleague, meta }, id, row.version)).toMatchObject({ ok: true });
    // And the ministry's figures count it as received in person in November.
    const figures = await dashboardFigures(
      db(),
      ministry,
      meta,
      { from: "2026-11", to: "2026-11", serviceId: null, territory: "kazan" },
      "2026-12-01",
    );
    expect(figures!.overall.byChannel.in_person).toBe(1);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "casework.paper.register", outcome: "success", subject: `application:${id}` },
      }),
    ).not.toBeNull();
  });

  it("without a linked cabinet it belongs to no one's cabinet and notifies nobody", async () => {
    const id = await enter("kindergarten-additional", "087-654-303 00", "2026-12-01", "mfc");
    expect(await registerPaperApplication(db(), caseworker, meta, id, now)).toMatchObject({
      ok: true,
      linkedToCabinet: false,
    });
    expect(await db().application.findUniqueOrThrow({ where: { id } })).toMatchObject({
      userId: null,
      esiaLevel: null,
      channel: "mfc",
      submittedAt: now,
    });
  });

  it("refuses an incomplete draft, naming the steps, and keeps it a draft", async () => {
    const started = await startPaperApplication(
      db(),
      caseworker,
      meta,
      paperStartForm.parse({ serviceId: "child-allowance", channel: "post", receivedOn: "30.11.2026" }),
    );
    const result = await registerPaperApplication(db(), caseworker, meta, started!.id, now);
    expect(result).toMatchObject({ ok: false, reason: "incomplete" });
    expect(result.ok === false && result.reason === "incomplete" && result.invalidSteps).toContain("applicant");
    expect((await db().application.findUniqueOrThrow({ where: { id: started!.id } })).status).toBe("draft");
  });

  it("is the entering caseworker's draft alone; the ministry may not enter one", async () => {
    const id = await enter("kindergarten-basic", "112-233-445 95");
    expect(await paperDraft(db(), colleague, id)).toBeNull();
    expect(await saveStep(db(), { staffId: colleague.id }, id, "applicant", {}, false)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await registerPaperApplication(db(), colleague, meta, id, now)).toEqual({ ok: false, reason: "notFound" });
    // A citizen's cabinet never sees a staff draft: it has no user.
    expect(await saveStep(db(), parent, id, "applicant", {}, false)).toEqual({ ok: false, reason: "notFound" });
    expect(
      await startPaperApplication(
        db(),
        ministry,
        meta,
        paperStartForm.parse({ serviceId: "child-allowance", channel: "post", receivedOn: "30.11.2026" }),
      ),
    ).toBeNull();
    expect(
      await db().auditEvent.findFirst({
        where: { actorId: String(ministry.id), action: "casework.paper.register", outcome: "refused" },
      }),
    ).not.toBeNull();
  });

  it("lists the caseworker's own unfinished drafts; the ministry gets none and is recorded", async () => {
    const id = await enter("child-allowance", "112-233-445 95");
    expect((await listPaperDrafts(db(), caseworker, meta))?.map((draft) => draft.id)).toContain(id);
    expect((await listPaperDrafts(db(), colleague, meta))?.map((draft) => draft.id)).not.toContain(id);
    expect(await listPaperDrafts(db(), ministry, meta)).toBeNull();
    expect(
      await db().auditEvent.findFirst({
        where: {
          actorId: String(ministry.id),
          action: "casework.paper.register",
          outcome: "refused",
          details: { path: ["step"], equals: "form" },
        },
      }),
    ).not.toBeNull();
  });

  it("enters a paper draft through the applicant's own step code, in the caseworker's words", async () => {
    const started = await startPaperApplication(
      db(),
      caseworker,
      meta,
      paperStartForm.parse({ serviceId: "kindergarten-additional", channel: "mfc", receivedOn: "30.11.2026" }),
    );
    const voice: StepVoice = {
      attached: (name) => `Скан «${name}» прикреплен`,
      missing: "Прикрепите сканы",
      saved: "Сохранено",
    };
    const draft = async () => (await paperDraft(db(), caseworker, started!.id))!;
    expect(stepView(await draft(), "kindergarten")).toMatchObject({
      step: "kindergarten",
      form: { esiaFields: [], isFirst: false },
    });
    const owner = { staffId: caseworker.id };
    const post = { values: {}, intent: "next", slot: null, file: null };
    expect(await saveDraftStep(db(), owner, await draft(), "attachments", post, voice)).toMatchObject({
      kind: "form",
      answer: { errors: { file: expect.stringMatching(/^Прикрепите сканы: /) } },
    });
    const upload = { ...post, intent: "upload", slot: "income", file: { name: "scan.pdf", content: SAMPLE_PDF } };
    expect(await saveDraftStep(db(), owner, await draft(), "attachments", upload, voice)).toMatchObject({
      kind: "form",
      answer: { notice: "Скан «scan.pdf» прикреплен" },
    });
    expect(await db().applicationAttachment.findFirst({ where: { applicationId: started!.id } })).toMatchObject({
      uploadedBy: "staff",
    });
    // A colleague holding the draft's row cannot write through it: saveStep checks the owner again.
    expect(
      await saveDraftStep(
        db(),
        { staffId: colleague.id },
        await draft(),
        "address",
        { ...post, values: { postcode: "420000" } },
        voice,
      ),
    ).toEqual({ kind: "notFound" });
  });

  it("finds the cabinet only when exactly one linked cabinet has the SNILS", async () => {
    expect(await linkedCabinet(db(), "11223344595")).toEqual({ userId: parent, esiaLevel: "standard" });
    expect(await linkedCabinet(db(), "000-000-000 00")).toBeNull();
    expect(receiptInstant("2026-12-01", now)).toBe(now);
  });

  it("lets the entering caseworker delete an unfinished draft with its scans, and no one else; audited", async () => {
    const id = await enter("child-allowance", "087-654-303 00"); // with an income scan attached
    const chelnyCaseworker = await createStaff(db(), "caseworker", await territoryId(db(), "naberezhnye-chelny"));
    const kazanSupervisor = await createStaff(db(), "supervisor", kazan);
    for (const who of [colleague, kazanSupervisor, chelnyCaseworker, ministry]) {
      expect(await deletePaperDraft(db(), who, meta, id)).toBe(false);
      expect(
        await db().auditEvent.findFirst({
          where: {
            actorId: String(who.id),
            action: "casework.paper.delete",
            outcome: "refused",
            subject: `application:${id}`,
          },
        }),
      ).not.toBeNull();
    }
    expect(await db().applicationAttachment.count({ where: { applicationId: id } })).toBe(1);

    expect(await deletePaperDraft(db(), caseworker, meta, id)).toBe(true);
    expect(await db().application.findUnique({ where: { id } })).toBeNull();
    expect(await db().applicationAttachment.count({ where: { applicationId: id } })).toBe(0);
    const entry = await db().auditEvent.findFirst({
      where: {
        actorId: String(caseworker.id),
        action: "casework.paper.delete",
        outcome: "success",
        subject: `application:${id}`,
      },
    });
    expect(entry?.details).toMatchObject({ serviceId: "child-allowance", channel: "in_person", attachments: 1 });
    // Gone: a second try is a refusal, not an error.
    expect(await deletePaperDraft(db(), caseworker, meta, id)).toBe(false);
    expect(await deletePaperDraft(db(), caseworker, meta, Number.NaN)).toBe(false);
  });

  it("never deletes a registered paper application", async () => {
    const id = await enter("kindergarten-basic", "087-654-303 00");
    expect(await registerPaperApplication(db(), caseworker, meta, id, now)).toMatchObject({ ok: true });
    expect(await deletePaperDraft(db(), caseworker, meta, id)).toBe(false);
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("registered");
  });
});
