import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeSessionUser, createSession } from "../auth/sessions";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import type { EsiaPerson } from "../esia/person";
import { esiaPerson } from "../esia/testing";
import { hashPassword } from "../security/passwords";
import {
  changePassword,
  confirmRegistration,
  handleEsiaLogin,
  logInAndLink,
  logInWithPassword,
  registerFromEsia,
  settleDifferences,
  startPasswordReset,
  startRegistration,
  unlinkEsia,
} from "./accounts";

const person = (oid: string, overrides: Partial<EsiaPerson> = {}): EsiaPerson =>
  esiaPerson({ oid, mobile: null, email: null, ...overrides });

describe(`cabinet accounts and the ESIA link (${testDatabaseDriver()})`, () => {
  let database: Database;
  let passwordHash: string;
  let counter = 0;
  const db = () => database.prisma;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    passwordHash = await hashPassword("Parol2026");
  });
  afterAll(() => database.close());

  async function user(overrides: Partial<{ lastName: string; firstName: string }> = {}) {
    counter += 1;
    return db().user.create({
      data: {
        email: `user${counter}@example.ru`,
        passwordHash,
        lastName: overrides.lastName ?? "Хасанова",
        firstName: overrides.firstName ?? "Алия",
      },
    });
  }

  it("registers a cabinet only with the code that was sent, once", async () => {
    const started = await startRegistration(db(), {
      lastName: "Иванова",
      firstName: "Мария",
      email: "maria@example.ru",
      password: "Parol2026",
    });
    if (!started.ok) throw new Error(started.message);
    const message = await db().outboxMessage.findFirstOrThrow({
      where: { recipient: "maria@example.ru" },
      orderBy: { id: "desc" },
    });
    const code = /(\d{6})/.exec(message.body)![1]!;
    expect(await confirmRegistration(db(), started.value, "000000", null)).toMatchObject({ ok: false, field: "code" });
    const confirmed = await confirmRegistration(db(), started.value, code, null);
    expect(confirmed.ok).toBe(true);
    expect(await confirmRegistration(db(), started.value, code, null)).toMatchObject({ ok: false });
    expect(
      await startRegistration(db(), {
        lastName: "И",
        firstName: "М",
        email: "maria@example.ru",
        password: "Parol2026",
      }),
    ).toMatchObject({ ok: false, field: "email" });
  });

  const POLICY = {
    login: { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 99 },
    codes: { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 99 },
  };

  it("soft-locks an account (ASVS V2.2.1): guesses from elsewhere are refused, its owner's known browser still gets in", async () => {
    const target = await user();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await logInWithPassword(db(), { login: target.email!, password: "wrong", ip: `10.0.3.${attempt}` }, POLICY))
          .ok,
      ).toBe(false);
    }
    expect(
      await logInWithPassword(db(), { login: target.email!, password: "Parol2026", ip: "10.0.3.99" }, POLICY),
    ).toMatchObject({ ok: false });
    // A browser that vouches for another account is no help.
    expect(
      await logInWithPassword(
        db(),
        { login: target.email!, password: "Parol2026", ip: "10.0.3.99", knownUserIds: [target.id + 1000] },
        POLICY,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await logInWithPassword(
        db(),
        { login: target.email!, password: "Parol2026", ip: "10.0.3.99", knownUserIds: [target.id] },
        POLICY,
      ),
    ).toEqual({ ok: true, value: target.id });
  });

  it("limits one address across accounts at four times the account limit; a forged address is not the caller's choice", async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(
        (
          await logInWithPassword(
            db(),
            { login: `nobody${attempt}@example.ru`, password: "wrong", ip: "10.0.4.1" },
            POLICY,
          )
        ).ok,
      ).toBe(false);
    }
    const owner = await user();
    expect(
      await logInWithPassword(db(), { login: owner.email!, password: "Parol2026", ip: "10.0.4.1" }, POLICY),
    ).toMatchObject({ ok: false, message: expect.stringContaining("Слишком много") });
    expect(
      await logInWithPassword(db(), { login: owner.email!, password: "Parol2026", ip: "10.0.4.2" }, POLICY),
    ).toEqual({ ok: true, value: owner.id });
  });

  it("locks password guessing after five failures, even with the right password then", async () => {
    const target = await user();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (
          await logInWithPassword(
            db(),
            { login: target.email!, password: "wrong", ip: "10.0.0.1" },
            {
              login: { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 99 },
              codes: { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 99 },
            },
          )
        ).ok,
      ).toBe(false);
    }
    const locked = await logInWithPassword(db(), { login: target.email!, password: "Parol2026", ip: "10.0.0.2" });
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining("Слишком много неудачных попыток") });
  });

  it("offers a choice for an unknown ESIA account, and signs in the cabinet it is linked to", async () => {
    const choice = await handleEsiaLogin(db(), {
      person: person("5001"),
      signedInUserId: null,
      intent: "login",
      returnTo: null,
      ip: null,
    });
    expect(choice.kind).toBe("choose");
    const owner = await user();
    expect(
      (
        await handleEsiaLogin(db(), {
          person: person("5001"),
          signedInUserId: owner.id,
          intent: "link",
          returnTo: null,
          ip: null,
        })
      ).kind,
    ).toBe("linked");
    expect(
      await handleEsiaLogin(db(), {
        person: person("5001", { level: "confirmed", trusted: true }),
        signedInUserId: null,
        intent: "login",
        returnTo: null,
        ip: null,
      }),
    ).toEqual({ kind: "signed_in", userId: owner.id });
    expect(await db().esiaLink.findUniqueOrThrow({ where: { userId: owner.id } })).toMatchObject({
      level: "confirmed",
      trusted: true,
    });
  });

  it("refuses to link an ESIA account already linked elsewhere, and changes nothing", async () => {
    const first = await user();
    const second = await user();
    await handleEsiaLogin(db(), {
      person: person("5002"),
      signedInUserId: first.id,
      intent: "link",
      returnTo: null,
      ip: "10.1.1.1",
    });
    expect(
      await handleEsiaLogin(db(), {
        person: person("5002"),
        signedInUserId: second.id,
        intent: "link",
        returnTo: null,
        ip: "10.1.1.1",
      }),
    ).toEqual({ kind: "refused", reason: "oid_taken" });
    expect(await db().esiaLink.findUnique({ where: { userId: second.id } })).toBeNull();
    expect(
      await db().auditEvent.findFirst({
        where: { action: "esia.link", outcome: "refused", subject: `user:${second.id}` },
      }),
    ).toMatchObject({ ip: "10.1.1.1" });
    expect(
      await handleEsiaLogin(db(), {
        person: person("5003"),
        signedInUserId: first.id,
        intent: "link",
        returnTo: null,
        ip: null,
      }),
    ).toEqual({ kind: "refused", reason: "cabinet_taken" });
  });

  it("shows differences after linking; «Подтвердить замену» writes ESIA's data and marks it so", async () => {
    const cabinet = await user({ firstName: "Алиё" });
    const linked = await handleEsiaLogin(db(), {
      person: person("5004"),
      signedInUserId: cabinet.id,
      intent: "link",
      returnTo: "/cabinet",
      ip: null,
    });
    if (linked.kind !== "linked" || !linked.pendingId) throw new Error("expected differences");
    const stranger = await user();
    expect((await settleDifferences(db(), linked.pendingId, stranger.id, true, null)).ok).toBe(false);
    expect(await settleDifferences(db(), linked.pendingId, cabinet.id, true, null)).toEqual({
      ok: true,
      value: { returnTo: "/cabinet", kept: [] },
    });
    const updated = await db().user.findUniqueOrThrow({ where: { id: cabinet.id } });
    expect(updated).toMatchObject({
      firstName: "Алия",
      snils: "112-233-445 95",
      fieldSources: expect.objectContaining({ firstName: "esia", snils: "esia" }),
    });
  });

  it("takes over ESIA's data but not an e-mail or phone another cabinet already uses", async () => {
    const holder = await db().user.create({
      data: { email: "taken@example.ru", passwordHash, lastName: "Иванова", firstName: "Мария" },
    });
    const cabinet = await user({ firstName: "Алиё" });
    const linked = await handleEsiaLogin(db(), {
      person: person("5008", { email: holder.email }),
      signedInUserId: cabinet.id,
      intent: "link",
      returnTo: null,
      ip: null,
    });
    if (linked.kind !== "linked" || !linked.pendingId) throw new Error("expected differences");
    expect(await settleDifferences(db(), linked.pendingId, cabinet.id, true, null)).toEqual({
      ok: true,
      value: { returnTo: null, kept: ["email"] },
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: cabinet.id } })).toMatchObject({
      firstName: "Алия",
      email: cabinet.email,
    });
  });

  it("logs in with an existing cabinet and links it; registers a new cabinet from ESIA", async () => {
    const existing = await user();
    const choice = await handleEsiaLogin(db(), {
      person: person("5005"),
      signedInUserId: null,
      intent: "login",
      returnTo: null,
      ip: null,
    });
    if (choice.kind !== "choose") throw new Error("expected a choice");
    expect(await logInAndLink(db(), choice.pendingId, existing.email!, "wrong", "10.2.2.2")).toMatchObject({
      ok: false,
    });
    expect((await logInAndLink(db(), choice.pendingId, existing.email!, "Parol2026", "10.2.2.2")).ok).toBe(true);
    expect(await db().esiaLink.findUnique({ where: { oid: "5005" } })).toMatchObject({ userId: existing.id });

    const another = await handleEsiaLogin(db(), {
      person: person("5006", { mobile: "+79170005006" }),
      signedInUserId: null,
      intent: "login",
      returnTo: null,
      ip: null,
    });
    if (another.kind !== "choose") throw new Error("expected a choice");
    const created = await registerFromEsia(
      db(),
      another.pendingId,
      { phone: "+79170005006", password: "Parol2026" },
      null,
    );
    if (!created.ok) throw new Error(created.message);
    expect(
      await db().user.findUniqueOrThrow({ where: { id: created.value.userId }, include: { esiaLink: true } }),
    ).toMatchObject({
      lastName: "Хасанова",
      snils: "112-233-445 95",
      phoneVerified: true,
      esiaLink: { oid: "5006" },
      fieldSources: expect.objectContaining({ lastName: "esia", phone: "esia" }),
    });
  });

  it("unlinking and changing the password end the user's other sessions", async () => {
    const owner = await user();
    await handleEsiaLogin(db(), {
      person: person("5007"),
      signedInUserId: owner.id,
      intent: "link",
      returnTo: null,
      ip: null,
    });
    const here = await createSession(db(), owner.id);
    const elsewhere = await createSession(db(), owner.id);
    expect((await unlinkEsia(db(), owner.id, here, null)).ok).toBe(true);
    expect(await activeSessionUser(db(), here)).not.toBeNull();
    expect(await activeSessionUser(db(), elsewhere)).toBeNull();

    const third = await createSession(db(), owner.id);
    expect(await changePassword(db(), owner.id, "wrong", "Novyi2026", here, null)).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    expect((await changePassword(db(), owner.id, "Parol2026", "Novyi2026", here, null)).ok).toBe(true);
    expect(await activeSessionUser(db(), third)).toBeNull();
    expect(await activeSessionUser(db(), here)).not.toBeNull();
  });

  it("limits codes sent to one address, known or not, alike", async () => {
    for (let request = 0; request < 5; request++)
      expect((await startPasswordReset(db(), "nobody@example.ru")).ok).toBe(true);
    expect(await startPasswordReset(db(), "nobody@example.ru")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Слишком много запросов кода"),
    });
    expect(await db().outboxMessage.count({ where: { recipient: "nobody@example.ru" } })).toBe(0);
  });

  it("locks guessing the current password from a signed-in session", async () => {
    const owner = await user();
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await changePassword(db(), owner.id, "wrong", "Novyi2026", null, null)).ok).toBe(false);
    expect(await changePassword(db(), owner.id, "Parol2026", "Novyi2026", null, null)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Слишком много"),
    });
  }, 60_000);

  it("keeps the audit log append-only", async () => {
    const entry = await db().auditEvent.findFirstOrThrow();
    await expect(db().auditEvent.update({ where: { id: entry.id }, data: { outcome: "success" } })).rejects.toThrow();
    await expect(db().auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow();
  });
});
