import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceId } from "../benefits/services";
import type { Database } from "../db/client";
import { applyMigrations, readMigrations } from "../db/migrate";
import { seedTerritories } from "../db/seed";
import { openEmptyTestDatabase, openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { esiaPerson } from "../esia/testing";
import { attachFile, findOwnDraftForm, saveStep, startDraft } from "./repository";
import {
  openApplication,
  openStep,
  reviewDraft,
  saveApplicantStep,
  sendApplication,
  uploadRequestedDocument,
  type StepPost,
} from "./service";
import { stepsOf } from "./steps";
import { createApplicant } from "../casework/testing";
import { SAMPLE_PDF, validAnswers } from "./testing";

// The applicant's use cases against a real database: ownership, what each returns for the page,
// where each sends the person, and that «Проверьте заявление» and sending judge a draft alike.

describe(`the applicant's use cases (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  const today = "2026-12-01";
  const meta = { ip: "10.1.2.3" };

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
  });
  afterAll(() => database.close());

  const user = async () => ({ id: await createApplicant(db()) });
  const profile = {
    lastName: "Хасанова",
    firstName: "Алия",
    middleName: null,
    birthDate: null,
    gender: null,
    snils: null,
    phone: null,
    email: null,
  };
  const post = (values: Record<string, string>, intent = "next", extra: Partial<StepPost> = {}): StepPost => ({
    values,
    intent,
    slot: null,
    file: null,
    ...extra,
  });

  async function draft(userId: number, serviceId: ServiceId = "kindergarten-basic", complete = false) {
    const { application } = await startDraft(db(), userId, serviceId, null, profile);
    if (complete) {
      const answers = validAnswers(serviceId);
      for (const step of stepsOf(serviceId))
        await saveStep(db(), userId, application.id, step, answers[step] ?? {}, true);
    }
    return application.id;
  }

  it("opens a step of the applicant's own draft with what the form needs; anyone else's is not found", async () => {
    const owner = await user();
    const stranger = await user();
    const id = await draft(owner.id);
    const view = await openStep(db(), owner.id, id, "address");
    expect(view).toMatchObject({
      kind: "step",
      applicationId: id,
      step: "address",
      stepTitle: "Адрес регистрации",
      form: { stepId: "address", isFirst: false, isLast: false, initial: { values: { residenceSame: "on" } } },
    });
    if (view.kind !== "step") throw new Error("expected the step");
    expect(view.form.territories.find((t) => t.value === "kazan")?.label).toBe("город Казань");
    expect(await openStep(db(), stranger.id, id, "address")).toEqual({ kind: "notFound" });
    expect(await openStep(db(), owner.id, id, "kindergarten-typo")).toEqual({ kind: "notFound" });
    // A step another service has: the child allowance asks no kindergarten.
    const allowance = await draft(owner.id, "child-allowance");
    expect(await openStep(db(), owner.id, allowance, "kindergarten")).toEqual({ kind: "notFound" });
  });

  it("saves a step as typed, answers with its messages, and goes on only when it passes", async () => {
    const owner = await user();
    const id = await draft(owner.id);
    const invalid = await saveApplicantStep(
      db(),
      owner.id,
      id,
      "address",
      post({ territory: "kazan", postcode: "12", registrationAddress: "" }),
    );
    expect(invalid).toMatchObject({
      kind: "form",
      answer: {
        values: { postcode: "12" },
        errors: { postcode: expect.any(String), registrationAddress: expect.any(String) },
      },
    });
    const kept = await findOwnDraftForm(db(), owner.id, id);
    expect(kept?.answers).toMatchObject({ address: { postcode: "12" } });
    expect(kept?.completedSteps).not.toContain("address");

    const saved = await saveApplicantStep(
      db(),
      owner.id,
      id,
      "address",
      post({ ...validAnswers("kindergarten-basic").address }, "save"),
    );
    expect(saved).toEqual({
      kind: "form",
      answer: {
        values: expect.objectContaining({ postcode: "420111" }),
        errors: {},
        notice: expect.stringContaining("Черновик сохранен"),
        filesChanged: false,
      },
    });
    expect(
      await saveApplicantStep(db(), owner.id, id, "address", post({ ...validAnswers("kindergarten-basic").address })),
    ).toEqual({ kind: "goTo", step: "children" });
    expect(await saveApplicantStep(db(), owner.id, id, "address", post({}, "back"))).toEqual({
      kind: "goTo",
      step: "applicant",
    });
    expect(
      await saveApplicantStep(db(), owner.id, id, "consent", post({ ...validAnswers("kindergarten-basic").consent })),
    ).toEqual({ kind: "finished" });
    expect((await findOwnDraftForm(db(), owner.id, id))?.completedSteps).toEqual(expect.arrayContaining(["consent"]));
  });

  it("checks the upload's slot and file before storing, and the documents step's required files", async () => {
    const owner = await user();
    const id = await draft(owner.id, "kindergarten-additional");
    expect(
      await saveApplicantStep(
        db(),
        owner.id,
        id,
        "attachments",
        post({}, "upload", { slot: "requested", file: { name: "a.pdf", content: SAMPLE_PDF } }),
      ),
    ).toMatchObject({
      kind: "form",
      answer: { errors: { slot: "Выберите вид документа" }, filesChanged: false },
    });
    expect(
      await saveApplicantStep(db(), owner.id, id, "attachments", post({}, "upload", { slot: "income", file: null })),
    ).toMatchObject({ kind: "form", answer: { errors: { file: expect.any(String) } } });
    expect(await db().applicationAttachment.count({ where: { applicationId: id } })).toBe(0);

    // «Далее» without the income certificate: the step is saved, not complete, and says what is missing.
    expect(await saveApplicantStep(db(), owner.id, id, "attachments", post({}))).toMatchObject({
      kind: "form",
      answer: { errors: { file: expect.stringMatching(/^Прикрепите: справк/) } },
    });
    expect((await findOwnDraftForm(db(), owner.id, id))?.completedSteps).not.toContain("attachments");

    const uploaded = await saveApplicantStep(
      db(),
      owner.id,
      id,
      "attachments",
      post({}, "upload", { slot: "income", file: { name: "spravka.pdf", content: SAMPLE_PDF } }),
    );
    expect(uploaded).toMatchObject({
      kind: "form",
      answer: { values: { slot: "income" }, errors: {}, notice: "Файл «spravka.pdf» прикреплен", filesChanged: true },
    });
    expect(await saveApplicantStep(db(), owner.id, id, "attachments", post({}))).toEqual({
      kind: "goTo",
      step: "consent",
    });
    expect((await findOwnDraftForm(db(), owner.id, id))?.completedSteps).toContain("attachments");

    // Someone else's draft takes no file and tells nothing.
    const stranger = await user();
    expect(
      await saveApplicantStep(
        db(),
        stranger.id,
        id,
        "attachments",
        post({}, "upload", { slot: "income", file: { name: "x.pdf", content: SAMPLE_PDF } }),
      ),
    ).toEqual({ kind: "notFound" });
    expect(await db().applicationAttachment.count({ where: { applicationId: id } })).toBe(1);
  });

  it("reviews a draft with the same judgement that sending applies", async () => {
    const owner = await user();
    const partial = await draft(owner.id);
    const incomplete = await reviewDraft(db(), owner.id, partial, "standard", today);
    expect(incomplete).toMatchObject({ kind: "review", estimate: null, levelMet: true });
    if (incomplete.kind !== "review") throw new Error("expected the review");
    expect(incomplete.invalidSteps).toEqual(["applicant", "address", "children", "kindergarten", "payment", "consent"]);
    expect(await sendApplication(db(), { id: owner.id, esiaLevel: "standard" }, partial, meta)).toEqual({
      kind: "refused",
      message: expect.stringContaining("«Сведения о заявителе»"),
    });

    const complete = await draft((await user()).id, "kindergarten-basic", true);
    const applicant = await db().application.findUniqueOrThrow({ where: { id: complete }, select: { userId: true } });
    const review = await reviewDraft(db(), applicant.userId!, complete, "simplified", today);
    expect(review).toMatchObject({
      kind: "review",
      invalidSteps: [],
      levelMet: false,
      requiredLevel: "standard",
      estimate: { eligible: true },
    });
    if (review.kind !== "review") throw new Error("expected the review");
    expect(review.sections.find((s) => s.stepId === "applicant")?.rows[0]).toMatchObject({
      field: "lastName",
      label: "Фамилия",
      value: "Хасанова",
    });
    expect(await sendApplication(db(), { id: applicant.userId!, esiaLevel: "simplified" }, complete, meta)).toEqual({
      kind: "refused",
      message: expect.stringContaining("«Стандартная»"),
    });
    expect(await reviewDraft(db(), owner.id, complete, "standard", today)).toEqual({ kind: "notFound" });
  });

  it("sends once, audits the sending once, and then the step, the review and a resend lead to the sent application", async () => {
    const owner = await user();
    const id = await draft(owner.id, "kindergarten-basic", true);
    const stranger = await user();
    expect(await sendApplication(db(), { id: stranger.id, esiaLevel: "confirmed" }, id, meta)).toEqual({
      kind: "notFound",
    });
    expect(await sendApplication(db(), { id: owner.id, esiaLevel: "standard" }, id, meta)).toEqual({
      kind: "sent",
      applicationId: id,
    });
    expect(await sendApplication(db(), { id: owner.id, esiaLevel: "standard" }, id, meta)).toEqual({
      kind: "sent",
      applicationId: id,
    });
    const audits = await db().auditEvent.findMany({
      where: { action: "application.submit", subject: `application:${id}` },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ outcome: "success", ip: "10.1.2.3" });
    expect(await openStep(db(), owner.id, id, "address")).toEqual({ kind: "sent", applicationId: id });
    expect(await reviewDraft(db(), owner.id, id, "standard", today)).toEqual({ kind: "sent", applicationId: id });
    expect(await saveApplicantStep(db(), owner.id, id, "address", post({ postcode: "420000" }))).toEqual({
      kind: "sent",
      applicationId: id,
    });

    const view = await openApplication(db(), owner.id, id);
    expect(view).toMatchObject({
      kind: "application",
      application: { id, status: "registered" },
      status: { label: expect.any(String) },
      canWithdraw: true,
      request: null,
      requestedFiles: [],
    });
    expect(await openApplication(db(), stranger.id, id)).toEqual({ kind: "notFound" });
    const unsent = await draft(owner.id, "child-allowance");
    expect(await openApplication(db(), owner.id, unsent)).toEqual({
      kind: "draft",
      resumeAt: `/cabinet/applications/${unsent}/step/applicant`,
    });
  });

  it("takes a requested document only while documents are requested", async () => {
    const owner = await user();
    const id = await draft(owner.id, "kindergarten-basic", true);
    await sendApplication(db(), { id: owner.id, esiaLevel: "standard" }, id, meta);
    expect(await uploadRequestedDocument(db(), owner.id, id, null)).toMatchObject({
      kind: "form",
      answer: { errors: { file: expect.any(String) } },
    });
    expect(await uploadRequestedDocument(db(), owner.id, id, { name: "a.pdf", content: SAMPLE_PDF })).toMatchObject({
      kind: "form",
      answer: { message: "Сейчас документы к этому заявлению не запрашивались." },
    });
    expect(await uploadRequestedDocument(db(), (await user()).id, id, { name: "a.pdf", content: SAMPLE_PDF })).toEqual({
      kind: "notFound",
    });
    expect(await attachFile(db(), owner.id, id, "requested", "a.pdf", SAMPLE_PDF)).toEqual({
      ok: false,
      reason: "notAllowed",
    });
  });

  it("keeps ESIA's originals in their own column: the answers hold only what was typed", async () => {
    const owner = await user();
    const person = esiaPerson({ oid: "900777", lastName: "Хасанова", firstName: "Алия", snils: "112-233-445 95" });
    const { application } = await startDraft(db(), owner.id, "kindergarten-basic", person, profile);
    const stored = await db().application.findUniqueOrThrow({
      where: { id: application.id },
      select: { answers: true, esiaOriginals: true, esiaFields: true },
    });
    expect(Object.keys(stored.answers as object)).not.toContain("_esia");
    expect(stored.esiaOriginals).toMatchObject({
      "applicant.lastName": "Хасанова",
      "applicant.snils": "112-233-445 95",
    });

    const applicant = (stored.answers as Record<string, Record<string, string>>).applicant!;
    await saveApplicantStep(
      db(),
      owner.id,
      application.id,
      "applicant",
      post({ ...applicant, snils: "342-932-447 76" }, "save"),
    );
    const saved = await db().application.findUniqueOrThrow({
      where: { id: application.id },
      select: { answers: true, esiaOriginals: true, esiaFields: true },
    });
    expect(Object.keys(saved.answers as object)).not.toContain("_esia");
    expect(saved.esiaOriginals).toEqual(stored.esiaOriginals);
    expect(saved.esiaFields).toContain("applicant.lastName");
    expect(saved.esiaFields).not.toContain("applicant.snils");
  });
});

describe(`the ESIA originals migration (${testDatabaseDriver()})`, () => {
  it("moves the originals a draft carried under «_esia» into their column and out of the answers", async () => {
    const database = await openEmptyTestDatabase();
    try {
      const migrations = await readMigrations();
      const at = migrations.findIndex((migration) => migration.name.endsWith("_issue16_esia_originals"));
      expect(at).toBeGreaterThan(0);
      await database.withSqlSession(async (session) => {
        await applyMigrations(session, migrations.slice(0, at));
        await session.exec(`INSERT INTO "application" ("serviceId", "answers", "completedSteps", "esiaFields", "updatedAt") VALUES
          ('kindergarten-basic', '{"applicant": {"lastName": "Хасанова"}, "_esia": {"applicant.lastName": "Хасанова"}}', '{}', '{applicant.lastName}', now()),
          ('kindergarten-basic', '{"applicant": {"lastName": "Иванова"}}', '{}', '{}', now())`);
        await applyMigrations(session, migrations);
        const rows = await session.query<{ answers: unknown; esiaOriginals: unknown }>(
          `SELECT "answers", "esiaOriginals" FROM "application" ORDER BY "id"`,
        );
        const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);
        expect(rows.map((row) => ({ answers: json(row.answers), esiaOriginals: json(row.esiaOriginals) }))).toEqual([
          { answers: { applicant: { lastName: "Хасанова" } }, esiaOriginals: { "applicant.lastName": "Хасанова" } },
          { answers: { applicant: { lastName: "Иванова" } }, esiaOriginals: {} },
        ]);
      });
    } finally {
      await database.close();
    }
  });
});
