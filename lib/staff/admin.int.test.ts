import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import {
  createStaffAccount,
  listStaffAccounts,
  listTerritories,
  renameTerritorialBody,
  resetSecondFactor,
  setStaffActive,
  territoryForAdmin,
  type StaffActor,
} from "./admin";
import { DEMO_STAFF } from "./demo-staff";
import { seedDemoStaff } from "./seed";
import { startStaffSession } from "./sessions";

describe(`staff administration (${testDatabaseDriver()})`, () => {
  let database: Database;
  const db = () => database.prisma;
  const actors: Record<string, StaffActor> = {};
  let kazanId = 0;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    await seedDemoStaff(db());
    for (const staff of await db().staff.findMany()) actors[staff.login] = { id: staff.id, role: staff.role };
    kazanId = (await db().territory.findUniqueOrThrow({ where: { code: "kazan" } })).id;
  });
  afterAll(() => database.close());

  const form = (overrides: Record<string, string> = {}) => ({
    login: "kazan.petrova",
    fullName: "Петрова Анна Сергеевна",
    role: "caseworker",
    territoryId: String(kazanId),
    password: "Vremennyi-2026",
    passwordConfirmation: "Vremennyi-2026",
    ...overrides,
  });

  it("refuses every operation to caseworkers and supervisors, changes nothing, and audits each refusal", async () => {
    const target = actors["kazan.specialist2"]!;
    for (const login of ["kazan.specialist", "kazan.supervisor"]) {
      const actor = actors[login]!;
      const before = await db().auditEvent.count({
        where: { action: "staff.admin.refused", actorId: String(actor.id) },
      });
      const outcomes = [
        await listStaffAccounts(db(), actor, "10.0.0.1"),
        await createStaffAccount(db(), actor, form({ login: `by.${login}` }), "10.0.0.1"),
        await setStaffActive(db(), actor, target.id, false, "10.0.0.1"),
        await resetSecondFactor(db(), actor, target.id, "10.0.0.1"),
        await listTerritories(db(), actor, "10.0.0.1"),
        await territoryForAdmin(db(), actor, kazanId, "10.0.0.1"),
        await renameTerritorialBody(
          db(),
          actor,
          kazanId,
          { name: "Переименованный орган социальной защиты" },
          "10.0.0.1",
        ),
      ];
      for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, kind: "forbidden" });
      expect(
        await db().auditEvent.count({
          where: { action: "staff.admin.refused", actorId: String(actor.id), outcome: "refused" },
        }),
      ).toBe(before + outcomes.length);
    }
    expect(await db().staff.findUnique({ where: { login: "by.kazan.specialist" } })).toBeNull();
    expect(await db().staff.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      active: true,
      totpEnrolledAt: expect.any(Date),
    });
    expect((await db().territorialBody.findUniqueOrThrow({ where: { territoryId: kazanId } })).name).toMatch(
      /в городе Казани$/,
    );
  });

  it("lists every account with its role, territory and state", async () => {
    const listed = await listStaffAccounts(db(), actors.admin!);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.map((row) => row.login).sort()).toEqual(DEMO_STAFF.map((staff) => staff.login).sort());
    expect(listed.value.find((row) => row.login === "chelny.supervisor")).toMatchObject({
      role: "supervisor",
      territoryName: "город Набережные Челны",
      active: true,
      enrolled: true,
    });
    expect(listed.value.find((row) => row.login === "admin")).toMatchObject({ territoryId: null, territoryName: null });
  });

  it("creates an account that has no app yet and an argon2id hash of the administrator's password", async () => {
    const created = await createStaffAccount(db(), actors.admin!, form({ login: " Kazan.Petrova " }), "10.0.0.2");
    if (!created.ok) throw new Error(created.message);
    const row = await db().staff.findUniqueOrThrow({ where: { id: created.value } });
    expect(row).toMatchObject({
      login: "kazan.petrova",
      role: "caseworker",
      territoryId: kazanId,
      active: true,
      totpSecret: null,
      totpEnrolledAt: null,
      totpLastStep: null,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "staff.admin.created", subject: `staff:${created.value}` },
    });
    expect(event).toMatchObject({
      actorType: "staff",
      actorId: String(actors.admin!.id),
      outcome: "success",
      ip: "10.0.0.2",
    });
    expect(JSON.stringify(event.details)).not.toContain("Vremennyi");
  });

  it.each([
    [{ login: "kazan.petrova" }, "login", "Этот логин уже занят"],
    [{ login: "Ка" }, "login", "Логин: от 3 до 40"],
    [{ role: "caseworker", territoryId: "" }, "territoryId", "Выберите территориальный орган"],
    [{ role: "supervisor", territoryId: "" }, "territoryId", "Выберите территориальный орган"],
    [{ role: "administrator" }, "territoryId", "Администратор не привязан"],
    [{ territoryId: "999999" }, "territoryId", "Такого территориального органа нет"],
    [{ role: "director" }, "role", "Выберите роль"],
    [{ password: "Short1a", passwordConfirmation: "Short1a" }, "password", ""],
    [
      { password: "Dlinnyi-parol-2026", passwordConfirmation: "Dlinnyi-parol-2027" },
      "passwordConfirmation",
      "Пароли не совпадают",
    ],
    [{ fullName: "Petrova Anna" }, "fullName", "русскими или татарскими буквами"],
  ])("refuses %j on %s", async (overrides, field, message) => {
    const outcome = await createStaffAccount(db(), actors.admin!, form({ login: "kazan.other", ...overrides }));
    expect(outcome).toMatchObject({ ok: false, kind: "invalid", field, message: expect.stringContaining(message) });
  });

  it("creates an administrator without a territory and a Chelny supervisor", async () => {
    expect(
      (await createStaffAccount(db(), actors.admin!, form({ login: "admin2", role: "administrator", territoryId: "" })))
        .ok,
    ).toBe(true);
    const chelny = await db().territory.findUniqueOrThrow({ where: { code: "naberezhnye-chelny" } });
    expect(
      (
        await createStaffAccount(
          db(),
          actors.admin!,
          form({ login: "chelny.head", role: "supervisor", territoryId: String(chelny.id) }),
        )
      ).ok,
    ).toBe(true);
    expect(await db().staff.findUniqueOrThrow({ where: { login: "admin2" } })).toMatchObject({
      role: "administrator",
      territoryId: null,
    });
  });

  it("deactivates and reactivates an account, ending its sessions; never one's own account", async () => {
    const target = actors["chelny.specialist"]!;
    await startStaffSession(db(), target.id);
    expect(await setStaffActive(db(), actors.admin!, target.id, false, "10.0.0.3")).toEqual({ ok: true, value: true });
    expect(await db().staffSession.count({ where: { staffId: target.id } })).toBe(0);
    expect((await db().staff.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect(await setStaffActive(db(), actors.admin!, target.id, true)).toEqual({ ok: true, value: true });
    expect((await db().staff.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
    expect(await setStaffActive(db(), actors.admin!, actors.admin!.id, false)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await setStaffActive(db(), actors.admin!, 999_999, false)).toMatchObject({ ok: false, kind: "not_found" });
    const actions = (
      await db().auditEvent.findMany({ where: { subject: `staff:${target.id}` }, orderBy: { id: "asc" } })
    ).map((event) => event.action);
    expect(actions).toEqual(["staff.admin.deactivated", "staff.admin.reactivated"]);
    // Filed under the territory, so the Chelny supervisor's audit log shows what was done to their staff.
    const chelny = await db().territory.findUniqueOrThrow({ where: { code: "naberezhnye-chelny" } });
    expect(await db().auditEvent.count({ where: { subject: `staff:${target.id}`, territoryId: chelny.id } })).toBe(2);
  });

  it("resets another account's second factor and ends its sessions, not its own", async () => {
    const target = actors["chelny.supervisor"]!;
    await startStaffSession(db(), target.id);
    expect(await resetSecondFactor(db(), actors.admin!, target.id)).toEqual({ ok: true, value: true });
    expect(await db().staff.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      totpSecret: null,
      totpEnrolledAt: null,
    });
    expect(await db().staffSession.count({ where: { staffId: target.id } })).toBe(0);
    expect(await resetSecondFactor(db(), actors.admin!, actors.admin!.id)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await resetSecondFactor(db(), actors.admin!, 999_999)).toMatchObject({ ok: false, kind: "not_found" });
    expect((await db().staff.findUniqueOrThrow({ where: { id: actors.admin!.id } })).totpEnrolledAt).not.toBeNull();
  });

  it("lists the 45 territories with their bodies and renames a body", async () => {
    const territories = await listTerritories(db(), actors.admin!);
    if (!territories.ok) throw new Error(territories.message);
    expect(territories.value).toHaveLength(45);
    expect(territories.value.find((row) => row.code === "kazan")).toMatchObject({
      name: "город Казань",
      bodyName: expect.stringMatching(/в городе Казани$/),
    });
    expect(await renameTerritorialBody(db(), actors.admin!, kazanId, { name: "кор" })).toMatchObject({
      ok: false,
      kind: "invalid",
      field: "name",
    });
    expect(
      await renameTerritorialBody(db(), actors.admin!, 999_999, { name: "Управление социальной защиты где-то" }),
    ).toMatchObject({ ok: false, kind: "not_found" });
    const name =
      "Управление социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в городе Казани (Вахитовский район)";
    expect(await renameTerritorialBody(db(), actors.admin!, kazanId, { name: `  ${name} ` }, "10.0.0.4")).toEqual({
      ok: true,
      value: true,
    });
    expect((await db().territorialBody.findUniqueOrThrow({ where: { territoryId: kazanId } })).name).toBe(name);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "staff.admin.territorial_body_renamed" } });
    expect(event).toMatchObject({ subject: `territory:${kazanId}`, outcome: "success", ip: "10.0.0.4" });
    expect(await territoryForAdmin(db(), actors.admin!, kazanId)).toMatchObject({
      ok: true,
      value: { bodyName: name },
    });
    expect(await territoryForAdmin(db(), actors.admin!, 999_999)).toMatchObject({ ok: false, kind: "not_found" });
  });
});
