import { createHash, randomUUID, X509Certificate } from "node:crypto";
import { importJWK, jwtVerify, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "./accounts";
import { certificateHash, formatEsiaTimestamp } from "./client-auth";
import { EsiaProtocolError } from "./errors";
import { ensureSigningKey, gostCertificates } from "./keys";
import {
  exchangeToken,
  grantAuthorization,
  refuseAuthorization,
  startAuthorization,
  UnsafeRedirectError,
} from "./oauth";
import { personResource } from "./rest";
import { registerClient, seedMockEsia } from "./seed";
import {
  authorizationParams,
  clientSecret,
  makeClientCredentials,
  pkcePair,
  signedWithGost,
  tokenParams,
  type TestClient,
} from "./testing";
import { gostCertificateHash, gostVerify } from "../crypto/gost";
import { makeGostCredentials } from "../crypto/gost-testing";

const ISSUER = "http://localhost:3000/esia-mock/";
const BASE_URL = "http://localhost:3000/esia-mock";
const SCOPE =
  "openid fullname birthdate gender snils id_doc mobile email addresses kid_fullname kid_birthdate kid_birth_cert_doc";

describe(`mock ESIA protocol (${testDatabaseDriver()})`, () => {
  let database: Database;
  let client: TestClient;
  let stranger: TestClient;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("RTPORTAL01");
    client = {
      clientId: "RTPORTAL01",
      redirectUri: "http://portal.test/api/esia/callback",
      credentials,
      certificateHash: await certificateHash(credentials.certificatePem),
    };
    await registerClient(database.prisma, {
      clientId: client.clientId,
      name: "Портал РТ",
      certificatePem: credentials.certificatePem,
      redirectUris: [client.redirectUri],
    });
    // Another system's key: a valid signature, but not of the registered certificate.
    const otherCredentials = makeClientCredentials("OTHER");
    stranger = { ...client, credentials: otherCredentials };
  }, 60_000);
  afterAll(() => database.close());

  async function codeFor(personaKey: string, options: { challenge?: string; scope?: string } = {}) {
    const db = database.prisma;
    const authorization = await startAuthorization(
      db,
      authorizationParams(client, {
        scope: options.scope ?? SCOPE,
        ...(options.challenge ? { challenge: options.challenge } : {}),
      }),
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
      }),
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
      documents: {
        stateFacts: ["hasSize"],
        size: 1,
        elements: [expect.objectContaining({ type: "RF_PASSPORT", vrfStu: "VERIFIED", series: "9210" })],
      },
      contacts: {
        size: 2,
        elements: expect.arrayContaining([expect.objectContaining({ type: "MBT", value: "+7(917)0000002" })]),
      },
    });
    expect((root.body as { eTag: string }).eTag).toMatch(/^[0-9A-F]{40}$/);

    const kids = await personResource(database.prisma, {
      authorization: `Bearer ${outcome.body.access_token}`,
      path: [String(account.oid), "kids"],
      embed: null,
      issuer: ISSUER,
      baseUrl: BASE_URL,
    });
    expect((kids.body as { elements: string[] }).elements[0]).toMatch(
      new RegExp(`^${BASE_URL}/rs/prns/${account.oid}/kids/\\d+$`),
    );
  });

  it("marks a confirmed account as trusted (is_tru, lvl PR)", async () => {
    const { redirect } = await codeFor("confirmed");
    const outcome = await exchangeToken(
      database.prisma,
      tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }),
      ISSUER,
    );
    if (outcome.kind !== "tokens") throw new Error("no tokens");
    const key = await importJWK((await ensureSigningKey(database.prisma)).publicJwk, "RS256");
    const { payload } = await jwtVerify(outcome.body.id_token!, key, { issuer: ISSUER });
    expect(payload["urn:esia:sbj"]).toMatchObject({ "urn:esia:sbj:lvl": "PR", "urn:esia:sbj:is_tru": true });
  });

  it("refuses a client secret signed with another key (ESIA-007053)", async () => {
    const now = new Date();
    const params = authorizationParams(client, { scope: SCOPE, now });
    const forged = {
      ...params,
      client_secret: authorizationParams(stranger, { scope: SCOPE, state: params.state, now }).client_secret,
    };
    expect(await refusal(startAuthorization(database.prisma, forged))).toBe("ESIA-007053");
  });

  it("refuses a signature over different parameters (ESIA-007053)", async () => {
    const params = authorizationParams(client, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, { ...params, scope: "openid snils" }))).toBe(
      "ESIA-007053",
    );
  });

  it("refuses a wrong certificate hash (ESIA-007002) and a stale timestamp (ESIA-007015)", async () => {
    const params = authorizationParams(client, { scope: SCOPE });
    expect(
      await refusal(startAuthorization(database.prisma, { ...params, client_certificate_hash: "A".repeat(64) })),
    ).toBe("ESIA-007002");
    const stale = authorizationParams(client, { scope: SCOPE, now: new Date(Date.now() - 10 * 60_000) });
    expect(await refusal(startAuthorization(database.prisma, stale))).toBe("ESIA-007015");
  });

  it("never redirects to an unregistered redirect_uri or for an unknown system", async () => {
    const params = authorizationParams({ ...client, redirectUri: "http://evil.test/callback" }, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, params))).toBe("unsafe:ESIA-007023");
    const prefix = authorizationParams({ ...client, redirectUri: `${client.redirectUri}/../x` }, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, prefix))).toBe("unsafe:ESIA-007023");
    expect(
      await refusal(
        startAuthorization(database.prisma, { ...authorizationParams(client, { scope: SCOPE }), client_id: "NOSUCH" }),
      ),
    ).toBe("unsafe:ESIA-007002");
  });

  it("lists missing parameters (ESIA-007014) and refuses unknown scopes (ESIA-007006)", async () => {
    const { state: _state, ...withoutState } = authorizationParams(client, { scope: SCOPE });
    expect(await refusal(startAuthorization(database.prisma, withoutState))).toBe("ESIA-007014");
    expect(
      await refusal(startAuthorization(database.prisma, authorizationParams(client, { scope: "openid vehicles" }))),
    ).toBe("ESIA-007006");
  });

  it("accepts a code once: a replay is refused (ESIA-007011)", async () => {
    const { redirect } = await codeFor("standard");
    const code = redirect.searchParams.get("code")!;
    expect((await exchangeToken(database.prisma, tokenParams(client, { code, scope: SCOPE }), ISSUER)).kind).toBe(
      "tokens",
    );
    expect(await refusal(exchangeToken(database.prisma, tokenParams(client, { code, scope: SCOPE }), ISSUER))).toBe(
      "ESIA-007011",
    );
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
    expect(
      await refusal(
        exchangeToken(
          database.prisma,
          tokenParams(client, { code, scope: SCOPE, verifier: pkcePair().verifier }),
          ISSUER,
        ),
      ),
    ).toBe("ESIA-007040");

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

    const filtered = await startAuthorization(database.prisma, {
      ...authorizationParams(client, { scope: SCOPE }),
      person_filter: Buffer.from("conf_acc").toString("base64"),
    });
    const account = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "standard" } });
    const redirect = new URL(
      await grantAuthorization(database.prisma, {
        requestId: filtered.id,
        accountId: account.id,
        sessionId: "s",
        authTime: new Date(),
        authMethod: "PWD",
        issuer: ISSUER,
      }),
    );
    expect(redirect.searchParams.get("error_description")).toMatch(/^ESIA-007055: /);
    expect(redirect.searchParams.has("code")).toBe(false);
  });

  it("rotates refresh tokens: the old one is refused after use", async () => {
    const { redirect } = await codeFor("standard");
    const first = await exchangeToken(
      database.prisma,
      tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }),
      ISSUER,
    );
    if (first.kind !== "tokens") throw new Error("no tokens");
    const refresh = (token: string) => {
      // One clock reading for both: two could straddle a second and sign different timestamps.
      const now = new Date();
      const params = tokenParams(client, { code: "", scope: SCOPE, now });
      return exchangeToken(
        database.prisma,
        {
          ...params,
          code: undefined,
          grant_type: "refresh_token",
          refresh_token: token,
          client_secret: authorizationParams(client, { scope: SCOPE, state: params.state, now }).client_secret,
        },
        ISSUER,
      );
    };
    const second = await refresh(first.body.refresh_token!);
    expect(second.kind).toBe("tokens");
    expect(await refusal(refresh(first.body.refresh_token!))).toBe("ESIA-007011");
  });

  describe("token update: grant_type=client_credentials with prm_chg?oid=", () => {
    const updateParams = (scope: string, by: TestClient = client) => {
      const signed = {
        client_id: by.clientId,
        scope,
        timestamp: formatEsiaTimestamp(new Date()),
        state: randomUUID(),
        redirect_uri: by.redirectUri,
      };
      return {
        ...signed,
        client_secret: clientSecret(by.credentials.privateKeyPem, signed),
        client_certificate_hash: by.certificateHash,
        grant_type: "client_credentials",
        token_type: "Bearer",
      };
    };
    const update = (scope: string, by: TestClient = client) => {
      const params = updateParams(scope, by);
      return { params, outcome: exchangeToken(database.prisma, params, ISSUER) };
    };

    it("issues a token for a person who let the system in, with exactly the requested scopes", async () => {
      const { redirect, account } = await codeFor("standard");
      await exchangeToken(
        database.prisma,
        tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }),
        ISSUER,
      );
      const { params, outcome } = update(`prm_chg?oid=${account.oid} fullname?oid=${account.oid}`);
      const answer = await outcome;
      if (answer.kind !== "tokens") throw new Error("no tokens");
      expect(answer.body).toMatchObject({ state: params.state, token_type: "Bearer", expires_in: 3600 });
      expect(answer.body.id_token).toBeUndefined();
      expect(answer.body.refresh_token).toBeUndefined();
      const key = await importJWK((await ensureSigningKey(database.prisma)).publicJwk, "RS256");
      const { payload } = await jwtVerify(answer.body.access_token, key, { issuer: ISSUER });
      expect(payload).toMatchObject({
        scope: `prm_chg?oid=${account.oid} fullname?oid=${account.oid}`,
        "urn:esia:sbj_id": account.oid,
        client_id: "RTPORTAL01",
      });
      const person = await personResource(database.prisma, {
        authorization: `Bearer ${answer.body.access_token}`,
        path: [String(account.oid)],
        embed: null,
        issuer: ISSUER,
        baseUrl: BASE_URL,
      });
      expect(person.status).toBe(200);
    });

    it("refuses a person who never let the system in, a scope they did not grant, a bad scope and a bad signature", async () => {
      const outsider = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "large-family" } });
      expect(await refusal(update(`prm_chg?oid=${outsider.oid}`).outcome)).toBe("ESIA-007019");
      const { redirect, account } = await codeFor("upgrade", { scope: "openid fullname" });
      await exchangeToken(
        database.prisma,
        tokenParams(client, { code: redirect.searchParams.get("code")!, scope: "openid fullname" }),
        ISSUER,
      );
      expect((await update(`prm_chg?oid=${account.oid}`).outcome).kind).toBe("tokens");
      expect(await refusal(update(`prm_chg?oid=${account.oid} snils?oid=${account.oid}`).outcome)).toBe("ESIA-007019");
      expect(await refusal(update(`fullname?oid=${account.oid}`).outcome)).toBe("ESIA-007006");
      expect(await refusal(update("prm_chg").outcome)).toBe("ESIA-007006");
      expect(await refusal(update(`prm_chg?oid=${account.oid}`, stranger).outcome)).toBe("ESIA-007053");
      expect(
        await refusal(
          exchangeToken(
            database.prisma,
            { ...updateParams(`prm_chg?oid=${account.oid}`), grant_type: "password" },
            ISSUER,
          ),
        ),
      ).toBe("ESIA-007012");
    });
  });

  describe("permissions: Digital Profile consents on v2/ac", () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
    const consent = {
      sysname: "MOCK_SOCIAL_SUPPORT",
      expire: 43_200,
      actions: [{ sysname: "USE_DATA" }],
      purposes: [{ sysname: "SOCIAL_BENEFIT" }],
      scopes: [{ sysname: "fullname" }, { sysname: "inn" }],
    };

    it("keeps the consents on the request and adds their data to the token's scopes", async () => {
      const db = database.prisma;
      const authorization = await startAuthorization(db, {
        ...authorizationParams(client, { scope: "openid fullname" }),
        permissions: encode([consent]),
      });
      expect((await db.esiaAuthRequest.findUniqueOrThrow({ where: { id: authorization.id } })).permissions).toEqual([
        {
          sysname: "MOCK_SOCIAL_SUPPORT",
          expire: 43_200,
          actions: [{ sysname: "USE_DATA" }],
          purposes: [{ sysname: "SOCIAL_BENEFIT" }],
          scopes: [{ sysname: "fullname" }, { sysname: "inn" }],
        },
      ]);
      const account = await db.esiaAccount.findUniqueOrThrow({ where: { personaKey: "standard" } });
      const ticket = await startSession(db, account.id, false);
      const redirect = new URL(
        await grantAuthorization(db, {
          requestId: authorization.id,
          accountId: account.id,
          sessionId: ticket.token,
          authTime: new Date(),
          authMethod: "PWD",
          issuer: ISSUER,
        }),
      );
      const outcome = await exchangeToken(
        db,
        tokenParams(client, { code: redirect.searchParams.get("code")!, scope: "openid fullname" }),
        ISSUER,
      );
      if (outcome.kind !== "tokens") throw new Error("no tokens");
      const key = await importJWK((await ensureSigningKey(db)).publicJwk, "RS256");
      const { payload } = await jwtVerify(outcome.body.access_token, key, { issuer: ISSUER });
      expect(payload.scope).toBe(`openid fullname?oid=${account.oid} inn?oid=${account.oid}`);
    });

    it("accepts null (as go-api-epgu sends it) and refuses a wrong consent with its ESIA-0367xx code", async () => {
      const db = database.prisma;
      const withNull = await startAuthorization(db, {
        ...authorizationParams(client, { scope: "openid fullname" }),
        permissions: "bnVsbA",
      });
      expect((await db.esiaAuthRequest.findUniqueOrThrow({ where: { id: withNull.id } })).permissions).toBeNull();
      const attempt = (permissions: unknown) =>
        startAuthorization(db, {
          ...authorizationParams(client, { scope: "openid fullname" }),
          permissions: encode(permissions),
        });
      expect(await refusal(attempt([{ ...consent, sysname: "CREDIT" }]))).toBe("ESIA-036701");
      expect(await refusal(attempt([{ ...consent, purposes: [] }]))).toBe("ESIA-036707");
      expect(await refusal(attempt([{ ...consent, expire: 0 }]))).toBe("ESIA-036716");
    });

    it("refuses a consent over data the system is not approved for (ESIA-007019)", async () => {
      const narrow = { ...client, clientId: "NARROW01" };
      await registerClient(database.prisma, {
        clientId: narrow.clientId,
        name: "Узкая система",
        certificatePem: client.credentials.certificatePem,
        redirectUris: [client.redirectUri],
        allowedScopes: ["openid", "fullname"],
      });
      const params = { ...authorizationParams(narrow, { scope: "openid fullname" }), permissions: encode([consent]) };
      expect(await refusal(startAuthorization(database.prisma, params))).toBe("ESIA-007019");
      expect(
        (
          await startAuthorization(database.prisma, {
            ...params,
            permissions: encode([{ ...consent, scopes: [{ sysname: "fullname" }] }]),
          })
        ).clientId,
      ).toBe("NARROW01");
    });
  });

  it("answers 401 for a token it did not sign and 403 for another person's data", async () => {
    const { redirect } = await codeFor("standard");
    const outcome = await exchangeToken(
      database.prisma,
      tokenParams(client, { code: redirect.searchParams.get("code")!, scope: SCOPE }),
      ISSUER,
    );
    if (outcome.kind !== "tokens") throw new Error("no tokens");
    const other = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "confirmed" } });
    const read = (authorization: string, oid: number) =>
      personResource(database.prisma, {
        authorization,
        path: [String(oid)],
        embed: null,
        issuer: ISSUER,
        baseUrl: BASE_URL,
      });
    expect((await read(`Bearer ${outcome.body.access_token}x`, other.oid)).status).toBe(401);
    expect((await read(`Bearer ${outcome.body.id_token}`, other.oid)).status).toBe(401);
    expect((await read(`Bearer ${outcome.body.access_token}`, other.oid)).status).toBe(403);
  });

  describe("a system registered with a GOST certificate, as at the real ESIA", () => {
    let gost: TestClient;
    let gostPrivateKey: string;
    /** The same system's parameters with an RSA signature: re-signed with GOST below, or sent as they are. */
    let rsaSigning: TestClient;

    beforeAll(async () => {
      const credentials = makeGostCredentials("GOSTSYS01");
      gostPrivateKey = credentials.privateKeyPem;
      gost = {
        clientId: "GOSTSYS01",
        redirectUri: "http://gost.test/esia/callback",
        credentials,
        certificateHash: await gostCertificateHash(credentials.certificatePem),
      };
      await registerClient(database.prisma, {
        clientId: gost.clientId,
        name: "ГОСТ-система",
        certificatePem: credentials.certificatePem,
        redirectUris: [gost.redirectUri],
        tokenAlgorithm: "GOST3410_2012_256",
      });
      rsaSigning = { ...gost, credentials: makeClientCredentials("GOSTSYS01") };
    }, 60_000);

    it("is named by the Streebog-256 of its certificate, and keeps its token algorithm when registered again without one", async () => {
      const row = await database.prisma.esiaClient.findUniqueOrThrow({ where: { clientId: gost.clientId } });
      expect(row.certificateHash).toBe(gost.certificateHash);
      await registerClient(database.prisma, {
        clientId: gost.clientId,
        name: "ГОСТ-система",
        certificatePem: gost.credentials.certificatePem,
        redirectUris: [gost.redirectUri],
      });
      expect(
        (await database.prisma.esiaClient.findUniqueOrThrow({ where: { clientId: gost.clientId } })).tokenAlgorithm,
      ).toBe("GOST3410_2012_256");
    });

    it("accepts GOST-signed requests and signs this system's tokens GOST3410_2012_256; the person API takes them", async () => {
      const { verifier, challenge } = pkcePair();
      const authorization = await startAuthorization(
        database.prisma,
        await signedWithGost(authorizationParams(rsaSigning, { scope: SCOPE, challenge }), gostPrivateKey),
      );
      const account = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey: "standard" } });
      const redirect = new URL(
        await grantAuthorization(database.prisma, {
          requestId: authorization.id,
          accountId: account.id,
          sessionId: "s-gost",
          authTime: new Date(),
          authMethod: "PWD",
          issuer: ISSUER,
        }),
      );
      const params = await signedWithGost(
        tokenParams(rsaSigning, { code: redirect.searchParams.get("code")!, scope: SCOPE, verifier }),
        gostPrivateKey,
      );
      const outcome = await exchangeToken(database.prisma, params, ISSUER);
      if (outcome.kind !== "tokens") throw new Error("no tokens");

      const certificates = await gostCertificates(database.prisma);
      expect(certificates).toHaveLength(1);
      for (const token of [outcome.body.id_token!, outcome.body.access_token]) {
        expect(decodeProtectedHeader(token)).toMatchObject({ alg: "GOST3410_2012_256", typ: "JWT", ver: 1 });
        const [header, payload, signature] = token.split(".") as [string, string, string];
        const signatureBytes = Buffer.from(signature, "base64url");
        expect(signatureBytes).toHaveLength(64);
        expect(await gostVerify(certificates[0]!, Buffer.from(`${header}.${payload}`), signatureBytes)).toBe(true);
      }
      const root = await personResource(database.prisma, {
        authorization: `Bearer ${outcome.body.access_token}`,
        path: [String(account.oid)],
        embed: null,
        issuer: ISSUER,
        baseUrl: BASE_URL,
      });
      expect(root.status).toBe(200);
      const [header, payload] = outcome.body.access_token.split(".");
      const forged = `${header}.${payload}.${Buffer.alloc(64, 7).toString("base64url")}`;
      expect(
        (
          await personResource(database.prisma, {
            authorization: `Bearer ${forged}`,
            path: [String(account.oid)],
            embed: null,
            issuer: ISSUER,
            baseUrl: BASE_URL,
          })
        ).status,
      ).toBe(401);
    });

    it("refuses this system's requests signed with RSA, reversed, or by another GOST key (ESIA-007053), and a wrong hash (ESIA-007002)", async () => {
      const rsaSigned = authorizationParams(rsaSigning, { scope: SCOPE });
      expect(await refusal(startAuthorization(database.prisma, rsaSigned))).toBe("ESIA-007053");
      const signed = await signedWithGost(authorizationParams(rsaSigning, { scope: SCOPE }), gostPrivateKey);
      const reversed = Buffer.from(signed.client_secret, "base64url").reverse().toString("base64url");
      expect(await refusal(startAuthorization(database.prisma, { ...signed, client_secret: reversed }))).toBe(
        "ESIA-007053",
      );
      expect(
        await refusal(
          startAuthorization(database.prisma, await signedWithGost(signed, makeGostCredentials("OTHER").privateKeyPem)),
        ),
      ).toBe("ESIA-007053");
      const sha256Hash = createHash("sha256")
        .update(new X509Certificate(gost.credentials.certificatePem).raw)
        .digest("hex")
        .toUpperCase();
      expect(
        await refusal(startAuthorization(database.prisma, { ...signed, client_certificate_hash: sha256Hash })),
      ).toBe("ESIA-007002");
    });

    it("refuses a GOST-signing system against a registration with an RSA certificate (ESIA-007002, then ESIA-007053)", async () => {
      const signed = await signedWithGost(
        authorizationParams(
          { ...rsaSigning, clientId: client.clientId, redirectUri: client.redirectUri },
          { scope: SCOPE },
        ),
        gostPrivateKey,
      );
      expect(await refusal(startAuthorization(database.prisma, signed))).toBe("ESIA-007002");
      expect(
        await refusal(
          startAuthorization(database.prisma, { ...signed, client_certificate_hash: client.certificateHash }),
        ),
      ).toBe("ESIA-007053");
    });
  });
});
