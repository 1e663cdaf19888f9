import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import {
  accountForOperator,
  confirmIdentity,
  enterMailCode,
  latestCheck,
  orderMailCode,
  pendingMailLetter,
  personalDataDraft,
  settleDueChecks,
  submitPersonalData,
} from "./accounts";
import type { PersonalDataSubmission } from "./checks";
import { outbox } from "./control";
import { seedMockEsia } from "./seed";

// The personal account's way up: «Персональные данные» → the automatic checks (failed, fixed,
// passed) → identity confirmed by a registered letter or at a service centre.

const T0 = new Date("2026-03-02T09:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const LEISAN: PersonalDataSubmission = {
  lastName: "Гайнуллина",
  firstName: "Лейсан",
  middleName: "Ильдаровна",
  gender: "F",
  birthDate: "12.04.1992",
  birthPlace: "г. Казань",
  citizenship: "RUS",
  snils: "167-890-123 07",
  passportSeries: "9212",
  passportNumber: "123456",
  passportIssueDate: "20.04.2012",
  passportIssueId: "160-005",
  passportIssuedBy: "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани",
};

describe(`mock ESIA personal data, checks and identity confirmation (${testDatabaseDriver()})`, () => {
  let database: Database;
  let sequence = 0;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedMockEsia(database.prisma, null);
  }, 60_000);
  afterAll(() => database.close());

  async function simplifiedAccount() {
    sequence += 1;
    return database.prisma.esiaAccount.create({
      data: {
        oid: 1000500000 + sequence,
        lastName: "Гайнуллина",
        firstName: "Лейсан",
        level: "simplified",
        mobile: `+7916000000${sequence}`,
        mobileVerified: true,
      },
    });
  }

  it("a SNILS of another person fails at the Pension Fund; the form keeps what was sent; the fix passes", async () => {
    const db = database.prisma;
    const account = await simplifiedAccount();
    const typo = { ...LEISAN, middleName: undefined, snils: "112-233-445 95" }; // Хасанова's
    expect(await submitPersonalData(db, account.id, typo, 1, T0)).toMatchObject({ ok: true });
    expect(await submitPersonalData(db, account.id, LEISAN, 1, T0)).toMatchObject({
      ok: false,
      message: "Ваши данные уже проверяются. Дождитесь результата.",
    });

    await settleDueChecks(db, account.id, T0);
    expect(await latestCheck(db, account.id)).toMatchObject({ status: "verifying" });

    await settleDueChecks(db, account.id, later(1));
    const failed = await latestCheck(db, account.id);
    expect(failed).toMatchObject({ status: "failed", pfrResult: "failed", fmsResult: "passed" });
    expect(failed!.reason).toMatch(/Пенсионный фонд не подтвердил СНИЛС/);
    expect(await db.esiaAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      level: "simplified",
      snils: null,
    });
    const messages = await outbox(db, account.mobile);
    expect(messages.map((message) => message.body)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Пенсионном фонде.*не пройдена/),
        expect.stringMatching(/миграционной службе.*проверка пройдена/),
      ]),
    );

    // «Исправить данные»: the form starts from the failed submission, the blank отчество stays blank.
    const draft = await personalDataDraft(db, account.id);
    expect(draft).toMatchObject({
      lastName: "Гайнуллина",
      snils: "112-233-445 95",
      passportIssueId: "160-005",
      birthDate: "12.04.1992",
      gender: "F",
    });
    expect(draft.middleName).toBeUndefined();

    expect(await submitPersonalData(db, account.id, LEISAN, 1, later(2))).toMatchObject({ ok: true });
    await settleDueChecks(db, account.id, later(3));
    expect(await latestCheck(db, account.id)).toMatchObject({
      status: "passed",
      pfrResult: "passed",
      fmsResult: "passed",
      reason: null,
    });
    const upgraded = await db.esiaAccount.findUniqueOrThrow({
      where: { id: account.id },
      include: { documents: true },
    });
    expect(upgraded).toMatchObject({
      level: "standard",
      snils: "167-890-123 07",
      middleName: "Ильдаровна",
      birthDate: "12.04.1992",
    });
    expect(upgraded.documents).toEqual([
      expect.objectContaining({
        type: "RF_PASSPORT",
        series: "9212",
        number: "123456",
        issueId: "160005",
        vrfStu: "VERIFIED",
      }),
    ]);

    // Back in the form later, it starts from the account's checked data.
    expect(await personalDataDraft(db, account.id)).toMatchObject({
      middleName: "Ильдаровна",
      snils: "167-890-123 07",
      passportIssueId: "160-005",
      passportSeries: "9212",
    });
  });

  it("the same person's SNILS held by another account fails without breaking the account", async () => {
    const db = database.prisma;
    const account = await simplifiedAccount();
    const aliya: PersonalDataSubmission = {
      ...LEISAN,
      lastName: "Хасанова",
      firstName: "Алия",
      middleName: "Ринатовна",
      birthDate: "14.03.1990",
      snils: "112-233-445 95",
      passportIssueDate: "21.03.2010",
    };
    await submitPersonalData(db, account.id, aliya, 0, T0);
    await expect(settleDueChecks(db, account.id, T0)).resolves.toBeUndefined();
    const check = await latestCheck(db, account.id);
    expect(check).toMatchObject({ status: "failed", pfrResult: "failed" });
    expect(check!.reason).toMatch(/уже указан в другой учетной записи/);
    expect(await db.esiaAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      level: "simplified",
      snils: null,
    });
  });

  it("a code by registered mail confirms a standard account; a wrong code does not", async () => {
    const db = database.prisma;
    const account = await simplifiedAccount();
    const address = "420111, Республика Татарстан, г. Казань, ул. Баумана, д. 19, кв. 12";
    expect(await orderMailCode(db, account.id, address, T0)).toMatchObject({ ok: false });

    await submitPersonalData(db, account.id, { ...LEISAN, snils: "178-901-234 94" }, 0, T0);
    await settleDueChecks(db, account.id, T0);
    expect(await pendingMailLetter(db, account.id, T0)).toBeNull();
    expect(await orderMailCode(db, account.id, address, T0)).toEqual({ ok: true, value: true });
    expect(await pendingMailLetter(db, account.id, T0)).toMatchObject({ address });

    const [letter] = await outbox(db, address);
    expect(letter).toMatchObject({ channel: "mail", recipient: address });
    const code = /(\d{8})/.exec(letter!.body)![1]!;
    const wrong = code === "00000000" ? "11111111" : "00000000";
    expect(await enterMailCode(db, account.id, wrong, T0)).toMatchObject({ ok: false, field: "code" });
    expect(await enterMailCode(db, account.id, `${code.slice(0, 4)} ${code.slice(4)}`, T0)).toEqual({
      ok: true,
      value: true,
    });
    expect(await db.esiaAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      level: "confirmed",
      confirmedBy: "mail_code",
    });
    expect(await pendingMailLetter(db, account.id, T0)).toBeNull();
    // A used code does not work twice.
    expect(await enterMailCode(db, account.id, code, T0)).toMatchObject({ ok: false });
  });

  it("the service-centre operator finds a registered account by SNILS and confirms it", async () => {
    const db = database.prisma;
    const found = await accountForOperator(db, { snils: "112-233-445 95" });
    expect(found).toMatchObject({ lastName: "Хасанова", level: "standard" });
    expect(found!.documents).toEqual([expect.objectContaining({ series: "9210", number: "345678" })]);
    expect(await accountForOperator(db, { snils: "190-123-456 36" })).toBeNull();
    expect(await accountForOperator(db, { oid: found!.oid })).toMatchObject({ id: found!.id });

    const deleted = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey: "deleted" } });
    expect(await accountForOperator(db, { oid: deleted.oid })).toBeNull();

    expect(await confirmIdentity(db, found!.id, "service_centre", T0)).toEqual({ ok: true, value: true });
    expect(await db.esiaAccount.findUniqueOrThrow({ where: { id: found!.id } })).toMatchObject({
      level: "confirmed",
      confirmedBy: "service_centre",
    });

    const simplified = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey: "simplified" } });
    expect(await confirmIdentity(db, simplified.id, "signature", T0)).toMatchObject({ ok: false });
  });
});
