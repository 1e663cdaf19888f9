import { importJWK, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "./accounts";
import { certificateHash } from "./client-auth";
import { EsiaProtocolError } from "./errors";
import { ensureSigningKey } from "./keys";
import { exchangeToken, grantAuthorization, startAuthorization, UnsafeRedirectError } from "./oauth";
import { registerClient, seedMockEsia } from "./seed";
import {
  authorizationParams,
  cmsClientSecret,
  legacyAuthorizationParams,
  legacyTokenParams,
  makeClientCredentials,
  type TestClient,
} from "./testing";

// The legacy pair /aas/oauth2/ac + /aas/oauth2/te (research/esia.md §2.2): client_secret is a
// detached CMS signature made by `openssl cms -sign -binary -outform DER -noattr`, verified by pkijs.

const ISSUER = "http://localhost:3000/esia-mock/";
const SCOPE = "openid fullname snils";

describe(`mock ESIA legacy ac/te with CMS signatures (${testDatabaseDriver()})`, () => {
  let database: Database;
  let client: TestClient;
  let stranger: TestClient;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("LEGACY01");
    client = {
      clientId: "LEGACY01",
      redirectUri: "http://legacy.test/esia/callback",
      credentials,
      certificateHash: await certificateHash(credentials.certificatePem),
    };
    await registerClient(database.prisma, {
      clientId: client.clientId,
      name: "Старая система",
      certificatePem: credentials.certificatePem,
      redirectUris: [client.redirectUri],
    });
    stranger = { ...client, credentials: makeClientCredentials("LEGACY01") };
  }, 60_000);
  afterAll(() => database.close());

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

  async function codeFor(personaKey: string) {
    const db = database.prisma;
    const authorization = await startAuthorization(
      db,
      legacyAuthorizationParams(client, { scope: SCOPE }),
      new Date(),
      "legacy",
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
    return { code: redirect.searchParams.get("code")!, account };
  }

  it("completes the code flow: CMS-signed ac, then te signed again with a fresh state", async () => {
    const { code, account } = await codeFor("confirmed");
    const params = legacyTokenParams(client, { code, scope: SCOPE });
    const outcome = await exchangeToken(database.prisma, params, ISSUER, new Date(), "legacy");
    if (outcome.kind !== "tokens") throw new Error("no tokens");
    expect(outcome.body).toMatchObject({ state: params.state, token_type: "Bearer", expires_in: 3600 });
    const key = await importJWK((await ensureSigningKey(database.prisma)).publicJwk, "RS256");
    const { payload } = await jwtVerify(outcome.body.id_token!, key, { issuer: ISSUER, audience: client.clientId });
    expect(payload.sub).toBe(account.oid);
  });

  it("refuses a tampered signature, one over other parameters, and one by another key (ESIA-007053)", async () => {
    const params = legacyAuthorizationParams(client, { scope: SCOPE });
    const bytes = Buffer.from(params.client_secret, "base64url");
    bytes[bytes.length - 1]! ^= 0x01;
    expect(
      await refusal(
        startAuthorization(
          database.prisma,
          { ...params, client_secret: bytes.toString("base64url") },
          new Date(),
          "legacy",
        ),
      ),
    ).toBe("ESIA-007053");
    expect(
      await refusal(startAuthorization(database.prisma, { ...params, scope: "openid snils" }, new Date(), "legacy")),
    ).toBe("ESIA-007053");
    const foreign = cmsClientSecret(
      stranger.credentials,
      `${SCOPE}${params.timestamp}${client.clientId}${params.state}`,
    );
    expect(
      await refusal(startAuthorization(database.prisma, { ...params, client_secret: foreign }, new Date(), "legacy")),
    ).toBe("ESIA-007053");
  });

  it("refuses a signature with the content attached, a v2 raw signature, and garbage (ESIA-007053)", async () => {
    const now = new Date();
    const params = legacyAuthorizationParams(client, { scope: SCOPE, now });
    const attached = cmsClientSecret(
      client.credentials,
      `${SCOPE}${params.timestamp}${client.clientId}${params.state}`,
      { attached: true },
    );
    expect(
      await refusal(startAuthorization(database.prisma, { ...params, client_secret: attached }, new Date(), "legacy")),
    ).toBe("ESIA-007053");
    const v2 = authorizationParams(client, { scope: SCOPE, state: params.state, now });
    expect(
      await refusal(
        startAuthorization(database.prisma, { ...params, client_secret: v2.client_secret }, new Date(), "legacy"),
      ),
    ).toBe("ESIA-007053");
    expect(
      await refusal(
        startAuthorization(
          database.prisma,
          { ...params, client_secret: Buffer.alloc(300, 48).toString("base64url") },
          new Date(),
          "legacy",
        ),
      ),
    ).toBe("ESIA-007053");
    // And the other way round: a CMS secret at v2/ac.
    expect(await refusal(startAuthorization(database.prisma, { ...v2, client_secret: params.client_secret }))).toBe(
      "ESIA-007053",
    );
  });

  it("answers the same errors as v2: missing parameters, stale time, unregistered redirect, unknown scope", async () => {
    const params = legacyAuthorizationParams(client, { scope: SCOPE });
    const { state: _state, ...withoutState } = params;
    expect(await refusal(startAuthorization(database.prisma, withoutState, new Date(), "legacy"))).toBe("ESIA-007014");
    const stale = legacyAuthorizationParams(client, { scope: SCOPE, now: new Date(Date.now() - 10 * 60_000) });
    expect(await refusal(startAuthorization(database.prisma, stale, new Date(), "legacy"))).toBe("ESIA-007015");
    expect(
      await refusal(
        startAuthorization(database.prisma, { ...params, redirect_uri: "http://evil.test/" }, new Date(), "legacy"),
      ),
    ).toBe("unsafe:ESIA-007023");
    expect(
      await refusal(
        startAuthorization(
          database.prisma,
          legacyAuthorizationParams(client, { scope: "openid vehicles" }),
          new Date(),
          "legacy",
        ),
      ),
    ).toBe("ESIA-007006");
  });

  it("refuses at te: a replayed code (ESIA-007011), a tampered signature (ESIA-007053), no client_secret (ESIA-007014)", async () => {
    const { code } = await codeFor("standard");
    const good = legacyTokenParams(client, { code, scope: SCOPE });
    const bytes = Buffer.from(good.client_secret, "base64url");
    bytes[bytes.length - 2]! ^= 0x10;
    expect(
      await refusal(
        exchangeToken(
          database.prisma,
          { ...good, client_secret: bytes.toString("base64url") },
          ISSUER,
          new Date(),
          "legacy",
        ),
      ),
    ).toBe("ESIA-007053");
    const { client_secret: _secret, ...unsigned } = good;
    expect(await refusal(exchangeToken(database.prisma, unsigned, ISSUER, new Date(), "legacy"))).toBe("ESIA-007014");
    expect((await exchangeToken(database.prisma, good, ISSUER, new Date(), "legacy")).kind).toBe("tokens");
    const again = legacyTokenParams(client, { code, scope: SCOPE });
    expect(await refusal(exchangeToken(database.prisma, again, ISSUER, new Date(), "legacy"))).toBe("ESIA-007011");
  });
});
