import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { esiaPerson } from "../esia/testing";
import { changeApplicationStatus } from "./status-change";
import {
  attachFile,
  findOwnApplication,
  listOwnApplications,
  provideDocuments,
  saveStep,
  startDraft,
  storableValues,
  submitApplication,
} from "./repository";
import { SAMPLE_PDF, validAnswers } from "./testing";
import { stepsOf, type StepId } from "./steps";
import type { ServiceId } from "../benefits/services";

describe(`applications in the database (${testDatabaseDriver()})`, () => {
  let database: Database;
  let counter = 0;
  const db = () => database.prisma;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
  });
  afterAll(() => database.close());

  async function user() {
    counter += 1;
    return db().user.create({
      data: {
        email: `applicant${counter}@example.ru`,
        emailVerified: true,
        phone: `+7917555${String(counter).padStart(4, "0")}`,
        phoneVerified: true,
        passwordHash: "x",
        lastName: "Хасанова",
        firstName: "Алия",
      },
    });
  }

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

  /** A draft with every step saved as a person would have typed it. */
  async function completeDraft(userId: number, serviceId: ServiceId = "kindergarten-basic") {
    const { application } = await startDraft(db(), userId, serviceId, null, profile);
    const answers = validAnswers(serviceId);
    for (const step of stepsOf(serviceId))
      await saveStep(db(), userId, application.id, step, answers[step] ?? {}, true);
    if (serviceId !== "kindergarten-basic")
      await attachFile(db(), userId, application.id, "income", "spravka.pdf", SAMPLE_PDF);
    return application.id;
  }

  it("prefills a new draft from ESIA and marks those fields; one open draft per service", async () => {
    const applicant = await user();
    const person = esiaPerson({ oid: "900001", lastName: "Хасанова", firstName: "Алия", snils: "112-233-445 95" });
    const first = await startDraft(db(), applicant.id, "kindergarten-basic", person, profile);
    expect(first.created).toBe(true);
    const answers = first.application.answers as Record<string, Record<string, string>>;
    expect(answers.applicant?.snils).toBe("112-233-445 95");
    expect(first.application.esiaFields).toContain("applicant.snils");
    const again = await startDraft(db(), applicant.id, "kindergarten-basic", person, profile);
    expect(again).toMatchObject({ created: false, application: { id: first.application.id } });

    // Changing a prefilled value takes away its «из ЕСИА» mark.
    await saveStep(
      db(),
      applicant.id,
      first.application.id,
      "applicant",
      { ...answers.applicant, snils: "342-932-447 76" },
      true,
    );
    const saved = await findOwnApplication(db(), applicant.id, first.application.id);
    expect(saved?.esiaFields).not.toContain("applicant.snils");
    expect(saved?.esiaFields).toContain("applicant.lastName");
  });

  it("a double click on «Заполнить заявление» opens one draft", async () => {
    const applicant = await user();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => startDraft(db(), applicant.id, "child-allowance", null, profile)),
    );
    expect(new Set(results.map((r) => r.application.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("keeps a step's values as typed, also invalid ones, and only its owner can read or change it", async () => {
    const owner = await user();
    const stranger = await user();
    const { application } = await startDraft(db(), owner.id, "child-allowance", null, profile);
    await saveStep(db(), owner.id, application.id, "applicant", { lastName: "Хасанова", snils: "123" }, false);
    const saved = await findOwnApplication(db(), owner.id, application.id);
    expect((saved?.answers as Record<string, Record<string, string>>).applicant).toEqual({
      lastName: "Хасанова",
      snils: "123",
    });
    expect(saved?.completedSteps).toEqual([]);

    expect(await findOwnApplication(db(), stranger.id, application.id)).toBeNull();
    expect(await saveStep(db(), stranger.id, application.id, "applicant", { lastName: "Чужой" }, false)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await attachFile(db(), stranger.id, application.id, "other", "a.pdf", SAMPLE_PDF)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await submitApplication(db(), stranger.id, application.id, "confirmed")).toMatchObject({
      ok: false,
      reason: "notFound",
    });
    expect(await listOwnApplications(db(), stranger.id)).toEqual([]);
  });

  it("stores any step values exactly as posted, whatever they are (property)", async () => {
    const owner = await user();
    const { application } = await startDraft(db(), owner.id, "kindergarten-additional", null, profile);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<StepId>(...stepsOf("kindergarten-additional")),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom("lastName", "snils", "children.0.lastName", "members.3.income", "__proto__", "constructor"),
            fc.string({ minLength: 1, maxLength: 30 }),
          ),
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.string({ unit: "grapheme", maxLength: 30 }),
            fc.string({ unit: "binary", maxLength: 20 }),
            fc.constant("a\u0000b"),
          ),
        ),
        async (step, values) => {
          expect(await saveStep(db(), owner.id, application.id, step, values, false)).toEqual({ ok: true });
          const stored = await findOwnApplication(db(), owner.id, application.id);
          expect((stored?.answers as Record<string, unknown>)[step]).toEqual(storableValues(values));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("refuses to send below the standard ESIA level and while a step is incomplete", async () => {
    const applicant = await user();
    const id = await completeDraft(applicant.id);
    expect(await submitApplication(db(), applicant.id, id, null)).toEqual({ ok: false, reason: "esiaLevel" });
    expect(await submitApplication(db(), applicant.id, id, "simplified")).toEqual({ ok: false, reason: "esiaLevel" });

    const other = await user();
    const { application } = await startDraft(db(), other.id, "kindergarten-additional", null, profile);
    const answers = validAnswers("kindergarten-additional");
    for (const step of ["applicant", "address", "children"] as StepId[])
      await saveStep(db(), other.id, application.id, step, answers[step]!, true);
    const result = await submitApplication(db(), other.id, application.id, "standard");
    expect(result).toMatchObject({ ok: false, reason: "incomplete" });
    expect(!result.ok && result.invalidSteps).toEqual(["kindergarten", "family", "payment", "consent"]);
  });

  it("a means-tested application is not sent without the income documents", async () => {
    const applicant = await user();
    const { application } = await startDraft(db(), applicant.id, "child-allowance", null, profile);
    const answers = validAnswers("child-allowance");
    for (const step of stepsOf("child-allowance"))
      await saveStep(db(), applicant.id, application.id, step, answers[step] ?? {}, true);
    expect(await submitApplication(db(), applicant.id, application.id, "standard")).toMatchObject({
      ok: false,
      reason: "incomplete",
      missingAttachments: ["income"],
    });
  });

  it("sends once: number, territory, eligibility, decision date, history submitted → registered and notices", async () => {
    const applicant = await user();
    const id = await completeDraft(applicant.id);
    const now = new Date("2026-11-23T09:00:00Z");
    const sent = await submitApplication(db(), applicant.id, id, "standard", now);
    expect(sent).toEqual({
      ok: true,
      applicationId: id,
      number: `16-2026-${String(id).padStart(7, "0")}`,
      alreadySubmitted: false,
    });
    const again = await submitApplication(db(), applicant.id, id, "standard", now);
    expect(again).toMatchObject({ ok: true, alreadySubmitted: true, number: sent.ok ? sent.number : "" });

    const stored = await findOwnApplication(db(), applicant.id, id);
    expect(stored).toMatchObject({
      status: "registered",
      version: 3,
      esiaLevel: "standard",
      applicantSurname: "хасанова",
      applicantSnils: "11223344595",
      decisionDue: "2026-12-08",
    });
    expect(stored?.territory?.code).toBe("kazan");
    expect(stored?.amountKopecks).toBe(111_550);
    expect(stored?.events.map((e) => [e.fromStatus, e.toStatus, e.actor])).toEqual([
      ["draft", "submitted", "applicant"],
      ["submitted", "registered", "system"],
    ]);
    const notices = await db().notification.findMany({ where: { userId: applicant.id } });
    expect(notices.map((n) => n.title)).toEqual(
      expect.arrayContaining([`Заявление № ${stored?.number}: Принято (зарегистрировано)`]),
    );
    const outbox = await db().outboxMessage.findMany({
      where: { recipient: { in: [applicant.email!, applicant.phone!] } },
    });
    expect(outbox.map((m) => m.channel).sort()).toEqual(["email", "email", "sms", "sms"]);
    expect(outbox.every((m) => !m.body.includes("112-233-445 95"))).toBe(true);

    // A sent application is no longer a draft: its steps cannot change.
    expect(await saveStep(db(), applicant.id, id, "applicant", {}, false)).toEqual({ ok: false, reason: "notDraft" });
  });

  it("two submissions at the same moment (double click) make one application", async () => {
    const applicant = await user();
    const id = await completeDraft(applicant.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitApplication(db(), applicant.id, id, "confirmed")),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.ok ? r.number : "")))).toHaveProperty("size", 1);
    expect(await db().applicationEvent.count({ where: { applicationId: id } })).toBe(2);
  });

  it("documents requested by the caseworker: uploaded only then, sent back once, history kept", async () => {
    const applicant = await user();
    const id = await completeDraft(applicant.id);
    await submitApplication(db(), applicant.id, id, "standard");
    expect(await attachFile(db(), applicant.id, id, "requested", "a.pdf", SAMPLE_PDF)).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    const at = new Date().toISOString();
    const review = await changeApplicationStatus(db(), {
      applicationId: id,
      expectedVersion: 3,
      command: { action: "takeIntoReview", actor: "caseworker", actorId: "1", at },
    });
    expect(review).toMatchObject({ ok: true, status: "in_review", version: 4 });
    const requested = await changeApplicationStatus(db(), {
      applicationId: id,
      expectedVersion: 4,
      command: { action: "requestDocuments", actor: "caseworker", actorId: "1", at },
      details: { requestedDocuments: ["Справка о составе семьи"], message: "Приложите справку" },
    });
    expect(requested).toMatchObject({ ok: true, status: "docs_requested" });
    // A stale version is a conflict, and nothing changes.
    expect(
      await changeApplicationStatus(db(), {
        applicationId: id,
        expectedVersion: 4,
        command: { action: "reject", actor: "caseworker", actorId: "2", at, reasonCode: "falseData" },
      }),
    ).toEqual({
      ok: false,
      reason: "conflict",
    });

    expect(await provideDocuments(db(), applicant.id, id, 5)).toEqual({ ok: false, reason: "noDocuments" });
    expect(
      await attachFile(
        db(),
        applicant.id,
        id,
        "requested",
        "evil.html",
        new TextEncoder().encode("<script>alert(1)</script>"),
      ),
    ).toEqual({ ok: false, reason: "type" });
    expect(await attachFile(db(), applicant.id, id, "other", "a.pdf", SAMPLE_PDF)).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(await attachFile(db(), applicant.id, id, "requested", "../../spravka.pdf", SAMPLE_PDF)).toMatchObject({
      ok: true,
    });
    expect(await provideDocuments(db(), applicant.id, id, 5)).toEqual({ ok: true });
    expect(await provideDocuments(db(), applicant.id, id, 6)).toMatchObject({ ok: false });

    const stored = await findOwnApplication(db(), applicant.id, id);
    expect(stored?.status).toBe("docs_provided");
    expect(stored?.attachments.find((a) => a.slot === "requested")?.fileName).toBe("spravka.pdf");
    expect(stored?.events.map((e) => e.toStatus)).toEqual([
      "submitted",
      "registered",
      "in_review",
      "docs_requested",
      "docs_provided",
    ]);
    await expect(db().applicationEvent.deleteMany({ where: { applicationId: id } })).rejects.toThrow();
  });
});
