import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "./accounts";
import { certificateHash } from "./client-auth";
import { EsiaProtocolError } from "./errors";
import { grantAuthorization, startAuthorization } from "./oauth";
import { organizationRegistrationForm, registerOrganization } from "./organizations";
import { registerClient, seedMockEsia } from "./seed";
import { authorizationParams, makeClientCredentials, tokenParams, type TestClient } from "./testing";

// Organisation accounts end to end through the mock's real route handlers: v3/te, /rs/orgs and
// /rs/prns/{oid}/roles answer the database this test opened (the handlers' `prisma()` finds it).

const APP_URL = "http://localhost:3000";
const ISSUER = `${APP_URL}/esia-mock/`;
const SCOPE = "openid fullname usr_org";
const SCOPE_ORG = "org_shortname org_fullname org_type org_ogrn org_inn org_kpp org_oktmo org_emps org_addrs org_ctts";
const COMPANY = 1000400001;
const ENTREPRENEUR = 1000400002;
const AGENCY = 1000400003;

type RouteContext = { params: Promise<{ path: string[] }> };
type Get = (request: Request, context: RouteContext) => Promise<Response>;

describe(`mock ESIA organisations (${testDatabaseDriver()})`, () => {
  let database: Database;
  let client: TestClient;
  let orgsRoute: Get;
  let prnsRoute: Get;
  let tokenRoute: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    process.env.APP_URL = APP_URL;
    process.env.ESIA_MOCK_ENABLED = "true";
    database = await openMigratedTestDatabase();
    (globalThis as { __portalDatabase?: Promise<Database> }).__portalDatabase = Promise.resolve(database);
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("ORGSYSTEM01");
    client = {
      clientId: "ORGSYSTEM01",
      redirectUri: "http://business.test/esia/callback",
      credentials,
      certificateHash: await certificateHash(credentials.certificatePem),
    };
    await registerClient(database.prisma, {
      clientId: client.clientId,
      name: "Система для бизнеса",
      certificatePem: credentials.certificatePem,
      redirectUris: [client.redirectUri],
    });
    orgsRoute = (await import("@/app/esia-mock/rs/orgs/[...path]/route")).GET;
    prnsRoute = (await import("@/app/esia-mock/rs/prns/[...path]/route")).GET;
    tokenRoute = (await import("@/app/esia-mock/aas/oauth2/v3/te/route")).POST;
  }, 60_000);
  afterAll(async () => {
    delete (globalThis as { __portalDatabase?: Promise<Database> }).__portalDatabase;
    await database.close();
  });

  /** v2/ac → consent («Войти как»: orgOid) → the redirect to the system. */
  async function consent(
    personaKey: string,
    orgOid: number | null,
    options: { scope?: string; scopeOrg?: string | null } = {},
  ) {
    const db = database.prisma;
    const scopeOrg = options.scopeOrg === null ? undefined : (options.scopeOrg ?? SCOPE_ORG);
    const authorization = await startAuthorization(
      db,
      authorizationParams(client, { scope: options.scope ?? SCOPE, ...(scopeOrg ? { scopeOrg } : {}) }),
    );
    const account = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey } });
    const ticket = await startSession(db, account.id, false);
    const redirect = new URL(
      await grantAuthorization(db, {
        requestId: authorization.id,
        accountId: account.id,
        sessionId: ticket.token,
        authTime: new Date(),
        authMethod: "PWD",
        issuer: ISSUER,
        orgOid,
      }),
    );
    return { redirect, account, scopeOrg };
  }

  /** The code exchanged at the real v3/te route handler. */
  async function tokensFor(
    personaKey: string,
    orgOid: number | null,
    options: { scope?: string; scopeOrg?: string | null } = {},
  ) {
    const { redirect, account, scopeOrg } = await consent(personaKey, orgOid, options);
    const code = redirect.searchParams.get("code");
    expect(code, redirect.toString()).toBeTruthy();
    const body = new URLSearchParams(
      tokenParams(client, { code: code!, scope: options.scope ?? SCOPE, ...(scopeOrg ? { scopeOrg } : {}) }),
    );
    const response = await tokenRoute(
      new Request(`${ISSUER}aas/oauth2/v3/te`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body,
      }),
    );
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { access_token: string; id_token: string; refresh_token: string };
    return { tokens, account };
  }

  async function get(route: Get, path: string, token: string | null) {
    const url = new URL(`${ISSUER}rs/${path}`);
    const segments = url.pathname.replace(/^\/esia-mock\/rs\/(orgs|prns)\//, "").split("/");
    const response = await route(new Request(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} }), {
      params: Promise.resolve({ path: segments }),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & { elements?: unknown[] },
    };
  }

  it("the head enters for the company: the token names it, /rs/orgs answers with what the scopes open", async () => {
    const { tokens, account } = await tokensFor("org-head", COMPANY);
    const access = decodeJwt(tokens.access_token);
    expect(access["urn:esia:org_oid"]).toBe(COMPANY);
    expect(String(access.scope).split(" ")).toEqual(
      expect.arrayContaining([
        "openid",
        `fullname?oid=${account.oid}`,
        `org_ogrn?org_oid=${COMPANY}`,
        `org_emps?org_oid=${COMPANY}`,
      ]),
    );
    expect(decodeJwt(tokens.id_token)).toMatchObject({ sub: account.oid, "urn:esia:org_oid": COMPANY });

    const root = await get(orgsRoute, `orgs/${COMPANY}`, tokens.access_token);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({
      oid: COMPANY,
      shortName: "ООО «Казанские окна»",
      ogrn: "1161690012340",
      inn: "1655123453",
      kpp: "165501001",
      type: "LEGAL",
      oktmo: "92701000001",
    });
    expect(root.body).not.toHaveProperty("leg");

    const employees = await get(orgsRoute, `orgs/${COMPANY}/emps?embed=(elements)`, tokens.access_token);
    expect(employees.status).toBe(200);
    // The head and the accountant; the salesman has left.
    expect(employees.body.elements).toHaveLength(2);
    expect(employees.body.elements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          position: "Генеральный директор",
          chief: true,
          person: expect.objectContaining({ lastName: "Хасанов" }),
        }),
        expect.objectContaining({
          position: "Главный бухгалтер",
          chief: false,
          person: expect.objectContaining({ lastName: "Галиева" }),
        }),
      ]),
    );
    const links = await get(orgsRoute, `orgs/${COMPANY}/emps`, tokens.access_token);
    expect(links.body.elements).toContain(`${APP_URL}/esia-mock/rs/orgs/${COMPANY}/emps/${account.oid}`);
    expect((await get(orgsRoute, `orgs/${COMPANY}/emps/${account.oid}`, tokens.access_token)).body).toMatchObject({
      position: "Генеральный директор",
    });

    const addresses = await get(orgsRoute, `orgs/${COMPANY}/addrs?embed=(elements)`, tokens.access_token);
    expect(addresses.body.elements).toEqual([expect.objectContaining({ type: "OLG", zipCode: "420111" })]);
    const contacts = await get(orgsRoute, `orgs/${COMPANY}/ctts?embed=(elements)`, tokens.access_token);
    expect(contacts.body.elements).toEqual([
      expect.objectContaining({ type: "OPH", value: "+7(917)0001401" }),
      expect.objectContaining({ type: "OEM" }),
    ]);
    const embedded = await get(
      orgsRoute,
      `orgs/${COMPANY}?embed=(employees.elements,addresses.elements)`,
      tokens.access_token,
    );
    expect(embedded.body).toMatchObject({ employees: { size: 2 }, addresses: { size: 1 } });

    // usr_org: the person's organisations, seen from the person.
    const roles = await get(prnsRoute, `prns/${account.oid}/roles`, tokens.access_token);
    expect(roles.status).toBe(200);
    expect(roles.body.elements).toEqual([
      expect.objectContaining({ oid: COMPANY, prnOid: account.oid, type: "LEGAL", chief: true, active: true }),
      expect.objectContaining({ oid: ENTREPRENEUR, type: "BUSINESS", ogrn: "318169000123456", chief: true }),
    ]);
  });

  it("a token for one organisation does not open another, even one the same person heads", async () => {
    const { tokens } = await tokensFor("org-head", COMPANY);
    expect((await get(orgsRoute, `orgs/${ENTREPRENEUR}`, tokens.access_token)).status).toBe(403);
    expect((await get(orgsRoute, `orgs/${AGENCY}/emps`, tokens.access_token)).status).toBe(403);
  });

  it("a collection whose scope the system did not get is refused with 403; the root hides those fields", async () => {
    const { tokens } = await tokensFor("org-employee", COMPANY, { scopeOrg: "org_shortname" });
    expect((await get(orgsRoute, `orgs/${COMPANY}/emps`, tokens.access_token)).status).toBe(403);
    expect((await get(orgsRoute, `orgs/${COMPANY}/addrs`, tokens.access_token)).status).toBe(403);
    const root = await get(orgsRoute, `orgs/${COMPANY}`, tokens.access_token);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({ shortName: "ООО «Казанские окна»" });
    expect(root.body).not.toHaveProperty("inn");
  });

  it("entering as a private person gives no organisation: no org scopes, /rs/orgs refused; /roles needs usr_org", async () => {
    const { tokens, account } = await tokensFor("org-head", null, { scope: "openid fullname" });
    const access = decodeJwt(tokens.access_token);
    expect(access).not.toHaveProperty("urn:esia:org_oid");
    expect(String(access.scope)).not.toContain("org_oid");
    expect((await get(orgsRoute, `orgs/${COMPANY}`, tokens.access_token)).status).toBe(403);
    expect((await get(prnsRoute, `prns/${account.oid}/roles`, tokens.access_token)).status).toBe(403);
    expect((await get(orgsRoute, `orgs/${COMPANY}`, null)).status).toBe(401);
  });

  it("refuses to enter for an organisation the person is not in, has left, or the system did not ask about (ESIA-007194)", async () => {
    for (const [personaKey, orgOid, scopeOrg] of [
      ["org-employee", ENTREPRENEUR, SCOPE_ORG],
      ["org-former", COMPANY, SCOPE_ORG],
      ["org-head", COMPANY, null],
      ["org-head", 2 ** 31 + 5, SCOPE_ORG],
    ] as const) {
      const { redirect } = await consent(personaKey, orgOid, { scopeOrg });
      expect(redirect.searchParams.get("code"), `${personaKey} → ${orgOid}`).toBeNull();
      expect(redirect.searchParams.get("error_description")).toMatch(/^ESIA-007194/);
    }
  });

  it("an employee who leaves loses the organisation at once: /rs/orgs 403, the refresh token refused", async () => {
    const { tokens, account } = await tokensFor("org-employee", AGENCY, { scopeOrg: "org_shortname org_agencytype" });
    expect((await get(orgsRoute, `orgs/${AGENCY}`, tokens.access_token)).body).toMatchObject({
      agencyType: "REGIONAL",
    });
    await database.prisma.esiaOrgEmployee.updateMany({
      where: { accountId: account.id, organization: { oid: AGENCY } },
      data: { leftAt: new Date() },
    });
    try {
      expect((await get(orgsRoute, `orgs/${AGENCY}`, tokens.access_token)).status).toBe(403);
      const refresh = new URLSearchParams({
        ...tokenParams(client, { code: "", scope: SCOPE }),
        grant_type: "refresh_token",
        refresh_token: tokens.refresh_token,
      });
      const response = await tokenRoute(
        new Request(`${ISSUER}aas/oauth2/v3/te`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: refresh,
        }),
      );
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error_description: string }).error_description).toMatch(/^ESIA-007011/);
    } finally {
      await database.prisma.esiaOrgEmployee.updateMany({
        where: { accountId: account.id, organization: { oid: AGENCY } },
        data: { leftAt: null },
      });
    }
  });

  it("v2/ac refuses an unknown org scope (ESIA-007006) and one the system is not approved for (ESIA-007019)", async () => {
    const refusal = async (params: Record<string, string>) => {
      try {
        await startAuthorization(database.prisma, params);
      } catch (error) {
        if (error instanceof EsiaProtocolError) return error.code;
        throw error;
      }
      return "accepted";
    };
    expect(
      await refusal(authorizationParams(client, { scope: SCOPE, scopeOrg: "org_shortname org_bank_secrets" })),
    ).toBe("ESIA-007006");
    const narrow = { ...client, clientId: "PERSONONLY01" };
    await registerClient(database.prisma, {
      clientId: narrow.clientId,
      name: "Только граждане",
      certificatePem: client.credentials.certificatePem,
      redirectUris: [client.redirectUri],
      allowedScopes: ["openid", "fullname", "usr_org"],
    });
    expect(await refusal(authorizationParams(narrow, { scope: SCOPE, scopeOrg: "org_shortname" }))).toBe("ESIA-007019");
    expect(await refusal(authorizationParams(narrow, { scope: SCOPE }))).toBe("accepted");
  });

  it("a confirmed person registers an organisation and becomes its head; twice is refused, and so is a standard account", async () => {
    const db = database.prisma;
    const registration = organizationRegistrationForm.parse({
      type: "LEGAL",
      ogrn: "1021602843470",
      inn: "1655001230",
      kpp: "165501001",
      fullName: "Общество с ограниченной ответственностью «Челны-Сервис»",
      shortName: "ООО «Челны-Сервис»",
      legalAddress: "Республика Татарстан, г. Набережные Челны, пр-кт Мира, д. 1",
      position: "Директор",
    });
    const confirmed = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey: "confirmed" } });
    const outcome = await registerOrganization(db, confirmed.id, registration);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const membership = await db.esiaOrgEmployee.findFirstOrThrow({
      where: { accountId: confirmed.id, organization: { oid: outcome.oid } },
    });
    expect(membership).toMatchObject({ chief: true, admin: true, position: "Директор", leftAt: null });
    expect(await registerOrganization(db, confirmed.id, registration)).toEqual({
      ok: false,
      refusal: "already_registered",
    });
    const standard = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey: "standard" } });
    expect(await registerOrganization(db, standard.id, { ...registration, kpp: "165502001" })).toEqual({
      ok: false,
      refusal: "not_confirmed",
    });

    // The new organisation is at once one to enter for.
    const { redirect } = await consent("confirmed", outcome.oid);
    expect(redirect.searchParams.get("code")).toBeTruthy();
  });

  it("answers 404 for malformed or absent organisations, never a 500", async () => {
    const { tokens } = await tokensFor("org-head", COMPANY);
    for (const path of [
      `orgs/99999999999`,
      `orgs/abc`,
      `orgs/${COMPANY}/vhls`,
      `orgs/${COMPANY}/emps/1/docs`,
      `orgs/${COMPANY}/emps/42`,
    ]) {
      expect((await get(orgsRoute, path, tokens.access_token)).status, path).toBe(404);
    }
  });
});
