import { importJWK, jwtVerify, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "./accounts";
import { certificateHash } from "./client-auth";
import { EsiaProtocolError } from "./errors";
import { ensureSigningKey } from "./keys";
import { exchangeToken, grantAuthorization, refuseAuthorization, startAuthorization, UnsafeRedirectError } from "./oauth";
import { personResource } from "./rest";
import { registerClient, seedMockEsia } from "./seed";
import { authorizationParams, makeClientCredentials, pkcePair, tokenParams, type TestClient } from "./testing";

const ISSUER = "http://localhost:3000/esia-mock/";
const BASE_URL = "http://localhost:3000/esia-mock";
const SCOPE = "openid fullname birthdate gender snils id_doc mobile email addresses kid_fullname kid_birthdate kid_birth_cert_doc";

describe(`mock ESIA protocol (${testDatabaseDriver()})`, () => {
  let database: Database;
  let client: TestClient;
  let stranger: TestClient;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("RTPORTAL01");
    client = { clientId: "RTPORTAL01", redirectUri: "http://portal.test/api/esia/callback", credentials, certificateHash: certificateHash(credentials.certificatePem) };
    await registerClient(database.prisma, { clientId: client.clientId, name: "Портал РТ", certificatePem: credentials.certificatePem, redirectUris: [client.redirectUri] });
    // Another system's key: a valid signature, but not of the registered certificate.
    const otherCredentials = makeClientCredentials("OTHER");
    stranger = { ...client, credentials: otherCredentials };
  }, 60_000);
  afterAll(() => database.close());

  async function codeFor(personaKey: string, options: { challenge?: string; scope?: string } = {}) {
    const db = database.prisma;
    const authorization = await startAuthorization(db, authorizationParams(client, { scope: options.scope ?? SCOPE, ...(options.challenge ? { challenge: options.challenge } : {}) }));
    const account = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey } });
    const ticket = await startSession(db, account.id, false);
    const redirect = new URL(
      await grantAuthorization(db, { requestId: authorization.id, accountId: account.id, sessionId: ticket.token, authTime: new Date(), authMethod: "PWD", issuer: ISSUER }),
    );
    return { redirect, account };
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof EsiaProtocolError) return error.code;
      if (error instanceof UnsafeRedirectError) return `unsafe:${error.esia.code}`;
      throw error;
    }
    throw new Error("the mock accepted the request");
  }

  it("completes the code flow with PKCE: code on the redirect, tokens shaped as ESIA's, person data", async () => {
    const { verifier, challenge } = pkcePair();
    const { redirect, account } = await codeFor("standard", { challenge });
    expect(redirect.origin + redirect.pathname).toBe(client.redirectUri);
    const code = redirect.searchParams.get("code")!;
    expect(decodeProtectedHeader(code)).toMatchObject({ sbt: "authorization_code", ver: 1 });

    const params = tokenParams(client, { code, scope: SCOPE, verifier });
    const outcome = await exchangeToken(database.prisma, params, ISSUER);
    expect(outcome.kind).toBe("tokens");
    if (outcome.kind !== "tokens") return;
    expect(outcome.body).toMatchObject({ token_type: "Bearer", expires_in: 3600, state: params.state });
    expect(outcome.body.refresh_token).toMatch(/^[0-9a-f-]{36}$/);

    const key = await importJWK((await ensureSigningKey(database.prisma)).publicJwk, "RS256");
    const id = await jwtVerify(outcome.body.id_token!, key, { issuer: ISSUER, audience: "RTPORTAL01" });
    expect(id.protectedHeader).toMatchObject({ alg: "RS256", sbt: "id" });
    expect(id.payload).toMatchObject({
      sub: account.oid,
      amr: "PWD",
      "urn:esia:sbj": { "urn:esia:sbj:typ": "P", "urn:esia:sbj:lvl": "P", "urn:esia:sbj:oid": account.oid },
    });
    expect(id.payload).not.toHaveProperty("nonce");
    expect((id.payload["urn:esia:sbj"] as Record<string, unknown>)["urn:esia:sbj:is_tru"]).toBeUndefined();
    const access = await jwtVerify(outcome.body.access_token, key, { issuer: ISSUER });
    expect(access.payload).toMatchObject({ client_id: "RTPORTAL01", "urn:esia:sbj_id": account.oid });
    expect(String(access.payload.scope)).toContain(`fullname?oid=${account.oid}`);

    const root = await personResource(database.prisma, {
      authorization: `Bearer ${outcome.body.access_token}`,
      path: [String(account.oid)],
      embed: "(contacts.elements,documents.elements,addresses.elements)",
      issuer: ISSUER,
      baseUrl: BASE_URL,
    });
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({
      stateFacts: ["EntityRoot"],
      lastName: "Хасанова",
      birthDate: "14.03.1990",
      gender: "F",
      snils: "112-233-445 95",
      trusted: false,
      documents: { stateFacts: ["hasSize"], size: 1, elements: [expect.objectContaining({ type: "RF_PASSPORT", vrfStu: "VERIFIED", series: "9210" })] },
      contacts: { size: 2, elements: expect.arrayContaining([expect.objectContaining({ type: "MBT", value: "+7(917)0000002" })]) },
    });
    expect((root.body as { eTag: string }).eTag).toMatch(/^[0-9A-F]{40}$/);

    const kids = await personResource(database.prisma, { authorization: `Bearer ${outcome.body.access_token}`, path: [String(account.oid), "kids"], embed: null, issuer: ISSUER, baseUrl: BASE_URL });
    expect((kids.body as { elements: string[] }).elements[0]).toMatch(new RegExp(`^${BASE_URL}/rs/prns/${account.oid}/kids/\\d+$`));
  });

  it("marks a confirmed account as trusted (is_tru, lvl PR)", async () => {
    const { redirect } = await codeFor("confirmed");
    const outcome = await exchangeToken(database.prisma, tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }), ISSUER);
    if (outcome.kind !== "tokens") throw new Error("no tokens");
    const key = await importJWK((await ensureSigningKey(database.prisma)).publicJwk, "RS256");
    const { payload } = await jwtVerify(outcome.body.id_token!, key, { issuer: ISSUER });
    expect(payload["urn:esia:sbj"]).toMatchObject({ "urn:esia:sbj:lvl": "PR", "urn:esia:sbj:is_tru": true });
  });

  it("refuses a client secret signed with another key (ESIA-007053)", async () => {
    const params = authorizationParams(client, { scope: SCOPE });
    const forged = { ...params, client_secret: authorizationParams(stranger, { scope: SCOPE, state: params.state }).client_secret };
    expect(await refusal(startAuthorization(database.prisma, forged))).toBe("ESIA-007053");
  });

  it("refuses a signature over different parameters (ESIA-007053)", async () => {
    const params = authorizationParams(client, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, { ...params, scope: "openid snils" }))).toBe("ESIA-007053");
  });

  it("refuses a wrong certificate hash (ESIA-007002) and a stale timestamp (ESIA-007015)", async () => {
    const params = authorizationParams(client, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, { ...params, client_certificate_hash: "A".repeat(64) }))).toBe("ESIA-007002");
    const stale = authorizationParams(client, { scope: SCOPE, now: new Date(Date.now() - 10 * 60_000) });
    expect(await refusal(startAuthorization(database.prisma, stale))).toBe("ESIA-007015");
  });

  it("never redirects to an unregistered redirect_uri or for an unknown system", async () => {
    const params = authorizationParams({ ...client, redirectUri: "http://evil.test/callback" }, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, params))).toBe("unsafe:ESIA-007023");
    const prefix = authorizationParams({ ...client, redirectUri: `${client.redirectUri}/../x` }, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, prefix))).toBe("unsafe:ESIA-007023");
    expect(await refusal(startAuthorization(database.prisma, { ...authorizationParams(client, { scope: SCOPE }), client_id: "NOSUCH" }))).toBe("unsafe:ESIA-007002");
  });

  it("lists missing parameters (ESIA-007014) and refuses unknown scopes (ESIA-007006)", async () => {
    const { state: _state, ...withoutState } = authorizationParams(client, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, withoutState))).toBe("ESIA-007014");
    expect(await refusal(startAuthorization(database.prisma, authorizationParams(client, { scope: "openid usr_org" })))).toBe("ESIA-007006");
  });

  it("accepts a code once: a replay is refused (ESIA-007011)", async () => {
    const { redirect } = await codeFor("standard");
    const code = redirect.searchParams.get("code")!;
    expect((await exchangeToken(database.prisma, tokenParams(client, { code, scope: SCOPE }), ISSUER)).kind).toBe("tokens");
    expect(await refusal(exchangeToken(database.prisma, tokenParams(client, { code, scope: SCOPE }), ISSUER))).toBe("ESIA-007011");
  });

  it("refuses a code after its four minutes (ESIA-007011)", async () => {
    const { redirect } = await codeFor("standard");
    const later = new Date(Date.now() + 5 * 60_000);
    const params = tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE, now: later });
    expect(await refusal(exchangeToken(database.prisma, params, ISSUER, later))).toBe("ESIA-007011");
  });

  it("refuses a wrong PKCE verifier (ESIA-007040) and a code exchanged with a stranger's signature", async () => {
    const { challenge } = pkcePair();
    const { redirect } = await codeFor("standard", { challenge });
    const code = redirect.searchParams.get("code")!;
    expect(await refusal(exchangeToken(database.prisma, tokenParams(client, { code, scope: SCOPE, verifier: pkcePair().verifier }), ISSUER))).toBe("ESIA-007040");

    const second = await codeFor("standard");
    const forged = tokenParams(stranger, { code: second.redirect.searchParams.get("code")!, scope: SCOPE });
    expect(await refusal(exchangeToken(database.prisma, forged, ISSUER))).toBe("ESIA-007053");
  });

  it("sends access_denied (ESIA-007004) when the person refuses, and ESIA-007055 for conf_acc with an unconfirmed account", async () => {
    const authorization = await startAuthorization(database.prisma, authorizationParams(client, { scope: SCOPE }));
    const refused = new URL((await refuseAuthorization(database.prisma, authorization.id))!);
    expect(refused.searchParams.get("error")).toBe("access_denied");
    expect(refused.searchParams.get("error_description")).toMatch(/^ESIA-007004: /);
    expect(refused.searchParams.get("state")).toBe(authorization.state);

    const filtered = await startAuthorization(database.prisma, { ...authorizationParams(client, { scope: SCOPE }), person_filter: Buffer.from("conf_acc").toString("base64") });
    const account = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "standard" } });
    const redirect = new URL(await grantAuthorization(database.prisma, { requestId: filtered.id, accountId: account.id, sessionId: "s", authTime: new Date(), authMethod: "PWD", issuer: ISSUER }));
    expect(redirect.searchParams.get("error_description")).toMatch(/^ESIA-007055: /);
    expect(redirect.searchParams.has("code")).toBe(false);
  });

  it("rotates refresh tokens: the old one is refused after use", async () => {
    const { redirect } = await codeFor("standard");
    const first = await exchangeToken(database.prisma, tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }), ISSUER);
    if (first.kind !== "tokens") throw new Error("no tokens");
    const refresh = (token: string) => {
      const params = tokenParams(client, { code: "", scope: SCOPE });
      return exchangeToken(database.prisma, { ...params, code: undefined, grant_type: "refresh_token", refresh_token: token, client_secret: authorizationParams(client, { scope: SCOPE, state: params.state }).client_secret }, ISSUER);
    };
    const second = await refresh(first.body.refresh_token!);
    expect(second.kind).toBe("tokens");
    expect(await refusal(refresh(first.body.refresh_token!))).toBe("ESIA-007011");
  });

  it("answers 401 for a token it did not sign and 403 for another person's data", async () => {
    const { redirect } = await codeFor("standard");
    const outcome = await exchangeToken(database.prisma, tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }), ISSUER);
    if (outcome.kind !== "tokens") throw new Error("no tokens");
    const other = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "confirmed" } });
    const read = (authorization: string, oid: number) => personResource(database.prisma, { authorization, path: [String(oid)], embed: null, issuer: ISSUER, baseUrl: BASE_URL });
    expect((await read(`Bearer ${outcome.body.access_token}x`, other.oid)).status).toBe(401);
    expect((await read(`Bearer ${outcome.body.id_token}`, other.oid)).status).toBe(401);
    expect((await read(`Bearer ${outcome.body.access_token}`, other.oid)).status).toBe(403);
  });
});
