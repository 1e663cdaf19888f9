import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { TATARSTAN_TERRITORIES, territorialBodyName } from "../reference/territories";
import { receiptFromApplication } from "./receipt";
import { applicationReceiptPdf } from "./receipt-pdf";
import { findReceiptApplication } from "./receipt-source";
import { pdfPagesText } from "./testing";

// The receipt route's query and mapping against a real database row: the owner of a sent
// application gets it with the territorial body; anyone else, a draft or a missing id gets null.

describe(`application receipt from the database (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  let owner: number;
  let stranger: number;
  let territoryId: number;
  const bodyName = territorialBodyName(TATARSTAN_TERRITORIES[0]!);

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    const territory = TATARSTAN_TERRITORIES[0]!;
    territoryId = (
      await db().territory.create({
        data: {
          code: territory.code,
          name: territory.name,
          kind: territory.kind,
          administrativeCentre: territory.administrativeCentre,
          territorialBody: { create: { name: bodyName } },
        },
      })
    ).id;
    owner = (
      await db().user.create({
        data: { email: "receipt-owner@example.ru", passwordHash: "x", lastName: "Хасанова", firstName: "Алия" },
      })
    ).id;
    stranger = (
      await db().user.create({
        data: { email: "receipt-stranger@example.ru", passwordHash: "x", lastName: "Иванов", firstName: "Петр" },
      })
    ).id;
  });
  afterAll(() => database.close());

  const answers = {
    applicant: {
      lastName: "Хасанова",
      firstName: "Алия",
      middleName: "Ринатовна",
      birthDate: "12.03.1990",
      snils: "112-233-445 95",
    },
    children: {
      "0.lastName": "Хасанов",
      "0.firstName": "Тимур",
      "0.middleName": "Айдарович",
      "1.lastName": "Хасанова",
      "1.firstName": "Амина",
      count: "2",
    },
  };

  async function application(
    userId: number,
    data: { number: string | null; status: "draft" | "submitted" | "in_review" },
  ) {
    return db().application.create({
      data: {
        userId,
        serviceId: "kindergarten-additional",
        status: data.status,
        number: data.number,
        answers,
        territoryId,
        submittedAt: data.status === "draft" ? null : new Date("2026-11-23T07:45:00.000Z"),
        decisionDue: data.status === "draft" ? null : "2026-12-08",
        eligibility: {
          eligible: true,
          amountKopecks: 61_600,
          explanation: ["Дополнительная компенсация = 616,00 ₽ в месяц"],
        },
        amountKopecks: data.status === "draft" ? null : 61_600,
      },
    });
  }

  it("gives the owner of a sent application a PDF receipt with its number, applicant, children and body", async () => {
    const sent = await application(owner, { number: "16-2026-0000501", status: "in_review" });
    const row = await findReceiptApplication(db(), sent.id, owner);
    expect(row?.territory?.territorialBody?.name).toBe(bodyName);

    const receipt = receiptFromApplication(row!, new Date("2026-11-24T08:00:00.000Z"));
    expect(receipt).toMatchObject({
      number: "16-2026-0000501",
      serviceTitle: "Назначение дополнительной компенсации части родительской платы за детский сад",
      submittedAt: "2026-11-23T07:45:00.000Z",
      applicantName: "Хасанова Алия Ринатовна",
      children: ["Хасанов Тимур Айдарович", "Хасанова Амина"],
      territorialBodyName: bodyName,
      statusLabel: "В работе",
      decisionDue: "2026-12-08",
      amountKopecks: 61_600,
      eligible: true,
    });

    const pdf = await applicationReceiptPdf(receipt);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getTitle()).toContain("16-2026-0000501");
    const text = (await pdfPagesText(pdf)).join("\n").replace(/\s+/g, " ");
    for (const expected of [
      "16-2026-0000501",
      "Хасанова Алия Ринатовна",
      "Хасанов Тимур Айдарович, Хасанова Амина",
      "23.11.2026 10:45",
      "до 08.12.2026",
      "В работе",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/616,00\s₽ в месяц/);
  });

  it("finds nothing for another person, a draft or a missing id", async () => {
    const sent = await application(owner, { number: "16-2026-0000502", status: "submitted" });
    const draft = await application(owner, { number: null, status: "draft" });
    expect(await findReceiptApplication(db(), sent.id, stranger)).toBeNull();
    expect(await findReceiptApplication(db(), draft.id, owner)).toBeNull();
    expect(await findReceiptApplication(db(), 2_147_483_647, owner)).toBeNull();
    expect(await findReceiptApplication(db(), sent.id, owner)).not.toBeNull();
  });
});
