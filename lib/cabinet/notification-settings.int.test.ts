import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { takeIntoWork } from "../casework/commands";
import { createApplication, createStaff, territoryId } from "../casework/testing";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { esiaPerson } from "../esia/testing";
import { handleEsiaLogin, settleDifferences } from "./accounts";
import { noticeSettings, saveNoticeChannels } from "./notification-settings";

// «Уведомления»: the applicant's choice decides which confirmed contacts hear of a status change;
// a contact ESIA reports as verified counts as confirmed; an unconfirmed one hears nothing.

describe(`notification settings (${testDatabaseDriver()})`, () => {
  let database: Database;
  let counter = 0;
  const db = () => database.prisma;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
  });
  afterAll(() => database.close());

  async function applicant(data: { email: string; emailVerified: boolean; phone?: string; phoneVerified?: boolean }) {
    counter += 1;
    return db().user.create({ data: { ...data, passwordHash: "not-used", lastName: "Хасанова", firstName: "Алия" } });
  }

  async function noticesAfterAStatusChange(userId: number) {
    const kazan = await territoryId(db(), "kazan");
    const staff = await createStaff(db(), "caseworker", kazan);
    const application = await createApplication(db(), { userId, territoryId: kazan, status: "registered" });
    expect(
      await takeIntoWork({ db: db(), principal: staff, meta: { ip: null } }, application.id, application.version),
    ).toMatchObject({ ok: true });
    const rows = await db().outboxMessage.findMany({ where: { subject: { contains: application.number! } } });
    return rows.map((row) => `${row.channel}:${row.recipient}`).sort();
  }

  it("sends to both confirmed contacts by default, and only to the chosen one after a change", async () => {
    const user = await applicant({
      email: `both${counter}@example.ru`,
      emailVerified: true,
      phone: "+79170001001",
      phoneVerified: true,
    });
    expect((await noticeSettings(db(), user.id)).noticeChannels).toBe("both");
    expect(await noticesAfterAStatusChange(user.id)).toEqual([`email:${user.email}`, "sms:+79170001001"]);

    expect(await saveNoticeChannels(db(), user.id, { noticeChannels: "sms" }, "10.0.0.1")).toEqual({ ok: true });
    expect(await noticesAfterAStatusChange(user.id)).toEqual(["sms:+79170001001"]);
    expect(await saveNoticeChannels(db(), user.id, { noticeChannels: "email" }, null)).toEqual({ ok: true });
    expect(await noticesAfterAStatusChange(user.id)).toEqual([`email:${user.email}`]);
    expect(
      await db().auditEvent.count({ where: { action: "notices.channels_changed", subject: `user:${user.id}` } }),
    ).toBe(2);
  });

  it("refuses a choice the form does not offer, and keeps the old one", async () => {
    const user = await applicant({ email: `bad${counter}@example.ru`, emailVerified: true });
    expect(await saveNoticeChannels(db(), user.id, { noticeChannels: "pigeon" }, null)).toMatchObject({ ok: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).noticeChannels).toBe("both");
  });

  it("sends nothing to an unconfirmed e-mail, and counts one verified at ESIA as confirmed", async () => {
    const email = `esia${counter}@example.ru`;
    const user = await applicant({ email, emailVerified: false });
    expect(await noticesAfterAStatusChange(user.id)).toEqual([]);
    expect((await noticeSettings(db(), user.id)).email).toEqual({ value: email, confirmed: false, confirmedBy: null });

    await handleEsiaLogin(db(), {
      person: esiaPerson({ oid: `77${counter}`, email, mobile: null }),
      signedInUserId: user.id,
      intent: "link",
      returnTo: null,
      ip: null,
    });
    expect((await noticeSettings(db(), user.id)).email).toEqual({ value: email, confirmed: true, confirmedBy: "esia" });
    expect(await noticesAfterAStatusChange(user.id)).toEqual([`email:${email}`]);
  });

  it("an e-mail taken over from ESIA with «Подтвердить замену» is confirmed", async () => {
    const user = await applicant({ email: `old${counter}@example.ru`, emailVerified: false });
    const linked = await handleEsiaLogin(db(), {
      person: esiaPerson({ oid: `88${counter}`, email: `verified${counter}@example.ru`, mobile: "+79170001002" }),
      signedInUserId: user.id,
      intent: "link",
      returnTo: null,
      ip: null,
    });
    if (linked.kind !== "linked" || !linked.pendingId) throw new Error("expected differences");
    expect((await settleDifferences(db(), linked.pendingId, user.id, true, null)).ok).toBe(true);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: `verified${counter}@example.ru`,
      emailVerified: true,
      phone: "+79170001002",
      phoneVerified: true,
    });
  });
});
