import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { createStaffAccount, resetSecondFactor, setStaffActive } from "./admin";
import { DEMO_STAFF_PASSWORD, demoStaff } from "./demo-staff";
import { seedDemoStaff } from "./seed";
import { activeStaffSession, pendingStaffSession, STAFF_PENDING_SECONDS, STAFF_SESSION_IDLE_SECONDS } from "./sessions";
import {
  ACCOUNT_DISABLED,
  completeEnrolment,
  completeSignIn,
  enrolmentFor,
  SESSION_GONE,
  signInWithPassword,
  recentLoginAlerts,
  signOutStaff,
  USED_CODE,
  WRONG_CODE,
  WRONG_CREDENTIALS,
  type StaffThrottle,
} from "./sign-in";
import { openTotpSecret, totpCode } from "./totp";

const policy = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 99 };
const THROTTLE: StaffThrottle = { login: policy, totp: policy };
const kazan = demoStaff("kazan.specialist");
const admin = demoStaff("admin");

describe(`staff sign-in with password and TOTP (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  // Each test moves the clock on by ten minutes, so no TOTP step is ever reused between tests.
  let clock = new Date("2026-11-23T09:00:00Z").getTime();
  let now = new Date(clock);
  let ipCounter = 0;
  let ip = "10.1.0.0";

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    await seedDemoStaff(db());
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    clock += 10 * 60_000;
    now = new Date(clock);
    ip = `10.1.0.${(ipCounter += 1)}`;
    await db().throttleCounter.deleteMany();
  });

  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
  const password = (login: string, secret = DEMO_STAFF_PASSWORD, at = now, from = ip) =>
    signInWithPassword(db(), { login, password: secret, ip: from, userAgent: "vitest" }, THROTTLE, at);

  async function pendingToken(login: string, at = now): Promise<string> {
    const step = await password(login, DEMO_STAFF_PASSWORD, at);
    if (!step.ok) throw new Error(step.message);
    return step.value.token;
  }

  async function auditActions(staffId: number) {
    return (await db().auditEvent.findMany({ where: { subject: `staff:${staffId}` }, orderBy: { id: "asc" } })).map(
      (event) => event.action,
    );
  }

  it("signs a demo caseworker in with password and code, in a session bound to their territory", async () => {
    const step = await password(" Kazan.Specialist ");
    expect(step).toMatchObject({ ok: true, value: { next: "second-factor" } });
    if (!step.ok) return;
    // After the password alone the session opens nothing.
    expect(await activeStaffSession(db(), step.value.token, now)).toBeNull();
    const signedIn = await completeSignIn(
      db(),
      { token: step.value.token, code: totpCode(kazan.totpSecret, now), ip },
      THROTTLE,
      now,
    );
    if (!signedIn.ok) throw new Error(signedIn.message);
    expect(signedIn.value).not.toBe(step.value.token);
    expect(await activeStaffSession(db(), step.value.token, now)).toBeNull();
    const staff = await activeStaffSession(db(), signedIn.value, later(5));
    const kazanTerritory = await db().territory.findUniqueOrThrow({ where: { code: "kazan" } });
    expect(staff).toEqual({
      id: step.value.staffId,
      login: "kazan.specialist",
      fullName: kazan.fullName,
      role: "caseworker",
      territoryId: kazanTerritory.id,
      territoryName: "город Казань",
    });
    expect((await auditActions(step.value.staffId)).slice(-2)).toEqual([
      "staff.login.password",
      "staff.login.completed",
    ]);
  });

  it("answers a wrong password and an unknown login alike, and audits neither the password nor what was typed", async () => {
    expect(await password("kazan.specialist", "Wrong-password-1")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await password("Wrong-password-1", "Wrong-password-1")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    const events = await db().auditEvent.findMany({ where: { action: "staff.login.failed", ip } });
    expect(
      events.map((event) => [event.actorType, event.outcome, (event.details as { reason: string }).reason]),
    ).toEqual([
      ["staff", "failed", "password"],
      ["anonymous", "failed", "unknown_login"],
    ]);
    expect(JSON.stringify(events)).not.toContain("Wrong-password-1");
  });

  it("refuses a citizen's credentials: staff accounts are a separate table", async () => {
    await db().user.create({
      data: {
        email: "citizen@example.ru",
        passwordHash: (await db().staff.findUniqueOrThrow({ where: { login: "kazan.specialist" } })).passwordHash,
        lastName: "Иванова",
        firstName: "Анна",
      },
    });
    expect(await password("citizen@example.ru")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("refuses a wrong code and accepts a code only once, even in another session", async () => {
    const first = await pendingToken("kazan.specialist");
    expect(
      await completeSignIn(db(), { token: first, code: totpCode(admin.totpSecret, now), ip }, THROTTLE, now),
    ).toEqual({ ok: false, message: WRONG_CODE, field: "code" });
    const code = totpCode(kazan.totpSecret, now);
    expect((await completeSignIn(db(), { token: first, code, ip }, THROTTLE, now)).ok).toBe(true);
    const second = await pendingToken("kazan.specialist");
    expect(await completeSignIn(db(), { token: second, code, ip }, THROTTLE, later(10))).toEqual({
      ok: false,
      message: USED_CODE,
      field: "code",
    });
    // The app's next code (one step ahead is within the window) is fine.
    expect(
      (
        await completeSignIn(
          db(),
          { token: second, code: totpCode(kazan.totpSecret, later(30)), ip },
          THROTTLE,
          later(10),
        )
      ).ok,
    ).toBe(true);
    const staff = await db().staff.findUniqueOrThrow({ where: { login: "kazan.specialist" } });
    expect(
      (await db().auditEvent.findMany({ where: { subject: `staff:${staff.id}`, action: "staff.totp.failed" } }))
        .map((event) => (event.details as { reason: string }).reason)
        .slice(-2),
    ).toEqual(["wrong", "replayed"]);
  });

  it("lets only one of two simultaneous submissions of one code through", async () => {
    const tokens = [await pendingToken("kazan.specialist2"), await pendingToken("kazan.specialist2")];
    const code = totpCode(demoStaff("kazan.specialist2").totpSecret, now);
    const results = await Promise.all(tokens.map((token) => completeSignIn(db(), { token, code, ip }, THROTTLE, now)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, message: USED_CODE, field: "code" });
  });

  it("accepts codes one step either side of the clock, and not two", async () => {
    const secret = demoStaff("chelny.specialist").totpSecret;
    expect(
      (
        await completeSignIn(
          db(),
          { token: await pendingToken("chelny.specialist"), code: totpCode(secret, later(-30)), ip },
          THROTTLE,
          now,
        )
      ).ok,
    ).toBe(true);
    const token = await pendingToken("chelny.specialist");
    expect(await completeSignIn(db(), { token, code: totpCode(secret, later(60)), ip }, THROTTLE, now)).toMatchObject({
      ok: false,
      message: WRONG_CODE,
    });
    expect((await completeSignIn(db(), { token, code: totpCode(secret, later(30)), ip }, THROTTLE, now)).ok).toBe(true);
  });

  it("cannot be locked out by others: wrong passwords from many addresses only slow the login, the owner still signs in", async () => {
    const target = demoStaff("chelny.supervisor");
    for (let attempt = 0; attempt < 12; attempt++)
      expect((await password(target.login, "Wrong-password-1", now, `10.9.${attempt}.1`)).ok).toBe(false);
    expect((await password(target.login, DEMO_STAFF_PASSWORD, now, "10.9.9.9")).ok).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "staff.login.throttled" } })).toBe(0);
  });

  it("locks guessing per account and address, with an alert in the audit log for the administrator", async () => {
    const target = demoStaff("kazan.specialist2");
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await password(target.login, "Wrong-password-1", now, "10.9.7.7")).ok).toBe(false);
    const locked = await password(target.login, DEMO_STAFF_PASSWORD, now, "10.9.7.7");
    expect(locked).toMatchObject({
      ok: false,
      message: expect.stringContaining("Слишком много неудачных попыток входа"),
    });
    const staffId = (await db().staff.findUniqueOrThrow({ where: { login: target.login } })).id;
    const alerts = await recentLoginAlerts(db(), now);
    expect(alerts).toEqual([
      expect.objectContaining({ subject: `staff:${staffId}`, ip: "10.9.7.7", login: target.login }),
    ]);
    // The owner elsewhere is not locked; the lock ends with its time (THROTTLE_LOCK_SECONDS).
    expect((await password(target.login, DEMO_STAFF_PASSWORD, now, "10.9.7.8")).ok).toBe(true);
    expect((await password(target.login, DEMO_STAFF_PASSWORD, later(901), "10.9.7.7")).ok).toBe(true);
  });

  it("locks password guessing per address across logins, at four times the account's limit", async () => {
    for (let attempt = 0; attempt < 19; attempt++)
      expect((await password(`a${attempt}`, "Wrong-password-1")).ok).toBe(false);
    expect((await password("kazan.supervisor")).ok).toBe(true);
    expect((await password("a19", "Wrong-password-1")).ok).toBe(false);
    expect(await password("kazan.supervisor")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Слишком много"),
    });
    expect((await password("kazan.supervisor", DEMO_STAFF_PASSWORD, now, "10.8.8.8")).ok).toBe(true);
  });

  it("locks code guessing per account after five wrong codes, even with the right code then", async () => {
    const token = await pendingToken("kazan.supervisor");
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await completeSignIn(db(), { token, code: String(100000 + attempt), ip: `10.7.${attempt}.1` }, THROTTLE, now))
          .ok,
      ).toBe(false);
    }
    const locked = await completeSignIn(
      db(),
      { token, code: totpCode(demoStaff("kazan.supervisor").totpSecret, now), ip: "10.7.9.9" },
      THROTTLE,
      now,
    );
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining("Слишком много неверных кодов") });
  });

  it("refuses a deactivated account after the password, and ends its sessions at deactivation", async () => {
    const adminRow = await db().staff.findUniqueOrThrow({ where: { login: "admin" } });
    const token = await pendingToken("chelny.specialist");
    const full = await completeSignIn(
      db(),
      { token, code: totpCode(demoStaff("chelny.specialist").totpSecret, later(30)), ip },
      THROTTLE,
      now,
    );
    if (!full.ok) throw new Error(full.message);
    const target = await db().staff.findUniqueOrThrow({ where: { login: "chelny.specialist" } });
    await setStaffActive(db(), { id: adminRow.id, role: "administrator" }, target.id, false, ip);
    expect(await activeStaffSession(db(), full.value, now)).toBeNull();
    expect(await password("chelny.specialist")).toEqual({ ok: false, message: ACCOUNT_DISABLED });
    expect(await password("chelny.specialist", "Wrong-password-1")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    await setStaffActive(db(), { id: adminRow.id, role: "administrator" }, target.id, true, ip);
    expect((await password("chelny.specialist")).ok).toBe(true);
  });

  it("expires a pending session after ten minutes and a full one after 30 idle minutes or 8 hours", async () => {
    const pending = await pendingToken("kazan.supervisor");
    expect(await pendingStaffSession(db(), pending, later(STAFF_PENDING_SECONDS - 1))).not.toBeNull();
    expect(
      await completeSignIn(
        db(),
        {
          token: pending,
          code: totpCode(demoStaff("kazan.supervisor").totpSecret, later(STAFF_PENDING_SECONDS + 1)),
          ip,
        },
        THROTTLE,
        later(STAFF_PENDING_SECONDS + 1),
      ),
    ).toEqual({ ok: false, message: SESSION_GONE });

    const token = await pendingToken("kazan.supervisor");
    const full = await completeSignIn(
      db(),
      { token, code: totpCode(demoStaff("kazan.supervisor").totpSecret, now), ip },
      THROTTLE,
      now,
    );
    if (!full.ok) throw new Error(full.message);
    // Used every 25 minutes it lives on; each use pushes the idle deadline.
    for (let use = 1; use <= 20; use++) {
      const alive = await activeStaffSession(db(), full.value, later(use * 25 * 60));
      if (use * 25 * 60 < 8 * 3600) expect(alive, `use ${use}`).not.toBeNull();
      else expect(alive, `use ${use}`).toBeNull();
    }
    const idle = await pendingToken("kazan.supervisor", later(9 * 3600));
    const idleFull = await completeSignIn(
      db(),
      { token: idle, code: totpCode(demoStaff("kazan.supervisor").totpSecret, later(9 * 3600)), ip },
      THROTTLE,
      later(9 * 3600),
    );
    if (!idleFull.ok) throw new Error(idleFull.message);
    expect(await activeStaffSession(db(), idleFull.value, later(9 * 3600 + STAFF_SESSION_IDLE_SECONDS + 1))).toBeNull();
  });

  it("signs out on the server: the token opens nothing afterwards", async () => {
    const token = await pendingToken("kazan.specialist");
    const full = await completeSignIn(db(), { token, code: totpCode(kazan.totpSecret, now), ip }, THROTTLE, now);
    if (!full.ok) throw new Error(full.message);
    await signOutStaff(db(), full.value, ip);
    expect(await activeStaffSession(db(), full.value, now)).toBeNull();
    const staff = await db().staff.findUniqueOrThrow({ where: { login: "kazan.specialist" } });
    expect((await auditActions(staff.id)).at(-1)).toBe("staff.logout");
  });

  it("enrols an app at an admin-created account's first login, with the person's own password", async () => {
    const adminRow = await db().staff.findUniqueOrThrow({ where: { login: "admin" } });
    const territory = await db().territory.findUniqueOrThrow({ where: { code: "kazan" } });
    const created = await createStaffAccount(
      db(),
      { id: adminRow.id, role: "administrator" },
      {
        login: "kazan.novikova",
        fullName: "Новикова Дарья Игоревна",
        role: "caseworker",
        territoryId: String(territory.id),
        password: "Vremennyi-2026",
        passwordConfirmation: "Vremennyi-2026",
      },
      ip,
    );
    if (!created.ok) throw new Error(created.message);
    const step = await password("kazan.novikova", "Vremennyi-2026");
    expect(step).toMatchObject({ ok: true, value: { next: "enrol" } });
    if (!step.ok) return;
    const token = step.value.token;
    const enrolment = await enrolmentFor(db(), token, now);
    if (!enrolment) throw new Error("no enrolment");
    expect(enrolment.choosePassword).toBe(true);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    // Reloading the page shows the same secret; the database holds it sealed.
    expect((await enrolmentFor(db(), token, now))?.secret).toBe(enrolment.secret);
    const stored = await db().staff.findUniqueOrThrow({ where: { id: created.value } });
    expect(stored.totpSecret).not.toContain(enrolment.secret);
    expect(openTotpSecret(stored.totpSecret, created.value)).toBe(enrolment.secret);

    const code = totpCode(enrolment.secret, now);
    // An account without an app cannot take the ordinary second-factor path.
    expect(await completeSignIn(db(), { token, code, ip }, THROTTLE, now)).toEqual({
      ok: false,
      message: SESSION_GONE,
    });
    expect(await completeEnrolment(db(), { token, code, ip }, THROTTLE, now)).toMatchObject({
      ok: false,
      field: "password",
    });
    expect(
      await completeEnrolment(db(), { token, code, ip, newPassword: "Vremennyi-2026" }, THROTTLE, now),
    ).toMatchObject({ ok: false, field: "password" });
    const enrolled = await completeEnrolment(db(), { token, code, ip, newPassword: "Sobstvennyi-2026" }, THROTTLE, now);
    if (!enrolled.ok) throw new Error(enrolled.message);
    expect(await activeStaffSession(db(), enrolled.value, now)).toMatchObject({
      login: "kazan.novikova",
      role: "caseworker",
      territoryId: territory.id,
    });
    expect(await auditActions(created.value)).toEqual([
      "staff.admin.created",
      "staff.login.password",
      "staff.totp.enrolled",
      "staff.password.changed",
      "staff.login.completed",
    ]);

    expect(await password("kazan.novikova", "Vremennyi-2026")).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await password("kazan.novikova", "Sobstvennyi-2026", later(60))).toMatchObject({
      ok: true,
      value: { next: "second-factor" },
    });
  });

  it("after a reset of the second factor asks for a new app, not a new password, and the old app's codes stop working", async () => {
    const adminRow = await db().staff.findUniqueOrThrow({ where: { login: "admin" } });
    const target = await db().staff.findUniqueOrThrow({ where: { login: "kazan.specialist2" } });
    const secret = demoStaff("kazan.specialist2").totpSecret;
    const before = await completeSignIn(
      db(),
      { token: await pendingToken("kazan.specialist2"), code: totpCode(secret, now), ip },
      THROTTLE,
      now,
    );
    if (!before.ok) throw new Error(before.message);
    expect(await resetSecondFactor(db(), { id: adminRow.id, role: "administrator" }, target.id, ip)).toEqual({
      ok: true,
      value: true,
    });
    expect(await activeStaffSession(db(), before.value, now)).toBeNull();

    const step = await password("kazan.specialist2", DEMO_STAFF_PASSWORD, later(60));
    expect(step).toMatchObject({ ok: true, value: { next: "enrol" } });
    if (!step.ok) return;
    const enrolment = await enrolmentFor(db(), step.value.token, later(60));
    expect(enrolment?.choosePassword).toBe(false);
    expect(enrolment?.secret).not.toBe(secret);
    expect(
      await completeEnrolment(
        db(),
        { token: step.value.token, code: totpCode(secret, later(60)), ip },
        THROTTLE,
        later(60),
      ),
    ).toMatchObject({ ok: false, message: WRONG_CODE });
    expect(
      (
        await completeEnrolment(
          db(),
          { token: step.value.token, code: totpCode(enrolment!.secret, later(60)), ip },
          THROTTLE,
          later(60),
        )
      ).ok,
    ).toBe(true);
    // Put the demo account back as documented for the tests that follow.
    await seedDemoStaff(db());
  });

  it("writes no password, secret or code into the audit log", async () => {
    const everything = JSON.stringify(await db().auditEvent.findMany());
    for (const secret of [
      DEMO_STAFF_PASSWORD,
      "Vremennyi-2026",
      "Sobstvennyi-2026",
      kazan.totpSecret,
      admin.totpSecret,
    ])
      expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/"code"/);
  });
});
