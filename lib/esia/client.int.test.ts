import { createLocalJWKSet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "../esia-mock/accounts";
import { publicKeys } from "../esia-mock/keys";
import { exchangeToken, grantAuthorization, refuseAuthorization, startAuthorization } from "../esia-mock/oauth";
import { personResource } from "../esia-mock/rest";
import type { ScenarioName } from "../esia-mock/scenarios";
import { registerClient, seedMockEsia } from "../esia-mock/seed";
import { makeClientCredentials } from "../esia-mock/testing";
import { makeGostCredentials } from "../crypto/gost-testing";
import { gostCertificates } from "../esia-mock/keys";
import { EsiaClient, EsiaLoginError } from "./client";
import { GostCertificateSigner, RsaCertificateSigner } from "./signer";

// The contract between the portal's ESIA client and the mock: the client's real code, the mock's
// real handlers, with HTTP replaced by a direct call (the e2e tests cover HTTP itself). Run twice:
// the mock's RSA stand-in, and GOST as at the real ESIA (GOST-signed requests from a system
// registered with a GOST certificate, GOST3410_2012_256 tokens checked against ESIA's certificates).

const BASE = "http://esia.test/esia-mock";
const ISSUER = `${BASE}/`;
const REDIRECT = "http://portal.test/esia/callback";
const SCOPE =
  "openid fullname birthdate gender snils id_doc mobile email addresses kid_fullname kid_birthdate kid_gender kid_birth_cert_doc";

describe(`the portal's ESIA client against the mock (${testDatabaseDriver()})`, () => {
  let database: Database;
  const clients: Record<"rsa" | "gost", EsiaClient> = {} as Record<"rsa" | "gost", EsiaClient>;

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("RTPORTAL01");
    await registerClient(database.prisma, {
      clientId: "RTPORTAL01",
      name: "Портал",
      certificatePem: credentials.certificatePem,
      redirectUris: [REDIRECT],
    });
    const mockFetch: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith("/aas/oauth2/v3/te")) {
        const params = Object.fromEntries(new URLSearchParams(String(init?.body)));
        try {
          const outcome = await exchangeToken(database.prisma, params, ISSUER);
          return outcome.kind === "tokens"
            ? Response.json(outcome.body)
            : new Response("<html>500</html>", { status: 500 });
        } catch (error) {
          return Response.json((error as { toResponse: (s?: string) => unknown }).toResponse(params.state), {
            status: 400,
          });
        }
      }
      const path = url.pathname.replace(/^.*\/rs\/prns\//, "").split("/");
      const result = await personResource(database.prisma, {
        authorization: new Headers(init?.headers).get("authorization"),
        path,
        embed: url.searchParams.get("embed"),
        issuer: ISSUER,
        baseUrl: BASE,
      });
      return Response.json(result.body, { status: result.status });
    };
    clients.rsa = new EsiaClient({
      baseUrl: BASE,
      clientId: "RTPORTAL01",
      redirectUri: REDIRECT,
      scope: SCOPE,
      issuer: ISSUER,
      requireNonce: true,
      keys: createLocalJWKSet({ keys: await publicKeys(database.prisma) }),
      signer: new RsaCertificateSigner(credentials.privateKeyPem, credentials.certificatePem),
      fetch: mockFetch,
    });
    const gost = makeGostCredentials("RTPORTAL02");
    await registerClient(database.prisma, {
      clientId: "RTPORTAL02",
      name: "Портал (ГОСТ)",
      certificatePem: gost.certificatePem,
      redirectUris: [REDIRECT],
      tokenAlgorithm: "GOST3410_2012_256",
    });
    const esiaCertificates = await gostCertificates(database.prisma);
    clients.gost = new EsiaClient({
      baseUrl: BASE,
      clientId: "RTPORTAL02",
      redirectUri: REDIRECT,
      scope: SCOPE,
      issuer: ISSUER,
      requireNonce: true,
      // No RS256 key at all: only ESIA's GOST certificates can verify.
      keys: createLocalJWKSet({ keys: [] }),
      gostCertificates: async () => esiaCertificates,
      signer: await GostCertificateSigner.create({ pem: gost.privateKeyPem }, gost.certificatePem),
      fetch: mockFetch,
    });
  }, 60_000);
  afterAll(() => database.close());

  describe.each(["rsa", "gost"] as const)("signing with %s", (kind) => {
    const client = {
      start: () => clients[kind].start(),
      complete: (...args: Parameters<EsiaClient["complete"]>) => clients[kind].complete(...args),
    };

    async function logInAs(personaKey: string, scenario: ScenarioName | null = null) {
      await database.prisma.esiaAccount.update({ where: { personaKey }, data: { scenario } });
      const flow = await client.start();
      const request = await startAuthorization(database.prisma, Object.fromEntries(new URL(flow.url).searchParams));
      const account = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey } });
      const session = await startSession(database.prisma, account.id, false);
      const redirect = await grantAuthorization(database.prisma, {
        requestId: request.id,
        accountId: account.id,
        sessionId: session.token,
        authTime: new Date(),
        authMethod: "PWD",
        issuer: ISSUER,
      });
      return { flow, callback: new URL(redirect).searchParams };
    }

    async function failure(promise: Promise<unknown>): Promise<string> {
      try {
        await promise;
      } catch (error) {
        if (error instanceof EsiaLoginError) return `${error.failure}${error.detail ? `: ${error.detail}` : ""}`;
        throw error;
      }
      return "logged in";
    }

    it("logs in a standard account and reads the person with documents, contacts and children", async () => {
      const { flow, callback } = await logInAs("standard");
      const { person, levelClaim } = await client.complete(callback, flow);
      expect(levelClaim).toBe("P");
      expect(person).toMatchObject({
        oid: "1000300002",
        lastName: "Хасанова",
        firstName: "Алия",
        middleName: "Ринатовна",
        birthDate: "1990-03-14",
        gender: "F",
        snils: "112-233-445 95",
        mobile: "+79170000002",
        email: "aliya.khasanova@example.ru",
        passport: { series: "9210", number: "345678", verified: true },
        trusted: false,
        level: "standard",
      });
      expect(person.kids.map((kid) => kid.firstName)).toEqual(["Тимур", "Амина"]);
      expect(person.kids[0]?.birthCertificate).toMatchObject({ series: "IV-КБ", number: "512345" });
    });

    it("infers the simplified and confirmed levels", async () => {
      const simplified = await logInAs("simplified");
      expect((await client.complete(simplified.callback, simplified.flow)).person.level).toBe("simplified");
      const confirmed = await logInAs("confirmed");
      expect((await client.complete(confirmed.callback, confirmed.flow)).person).toMatchObject({
        level: "confirmed",
        trusted: true,
      });
    });

    it("refuses a callback whose state is not this browser's flow", async () => {
      const { flow, callback } = await logInAs("standard");
      expect(await failure(client.complete(callback, { ...flow, state: "another-flow" }))).toBe("state_mismatch");
    });

    it("refuses a replayed callback: the code works once", async () => {
      const { flow, callback } = await logInAs("standard");
      await client.complete(callback, flow);
      expect(await failure(client.complete(callback, flow))).toMatch(/^token_request_failed: HTTP 400 ESIA-007011/);
    });

    it("reports a refusal on the consent screen as access_denied", async () => {
      const flow = await client.start();
      const request = await startAuthorization(database.prisma, Object.fromEntries(new URL(flow.url).searchParams));
      const callback = new URL((await refuseAuthorization(database.prisma, request.id))!).searchParams;
      expect(await failure(client.complete(callback, flow))).toMatch(/^access_denied/);
    });

    it.each([
      ["token_expired", "token_invalid: id_token: expired"],
      ["token_bad_signature", "token_invalid: id_token: signature"],
      ["token_alg_none", "token_invalid: id_token: algorithm"],
      ["token_malformed", "token_invalid: id_token: malformed"],
      ["token_wrong_issuer", "token_invalid: id_token: issuer"],
      ["token_wrong_audience", "token_invalid: id_token: audience"],
      ["token_wrong_nonce", "token_invalid: id_token: nonce"],
      ["token_missing_claims", "token_invalid: id_token: subject"],
      ["token_server_error", "token_request_failed: HTTP 500"],
      ["rest_unauthorized", "person_unavailable: HTTP 401"],
      ["rest_server_error", "person_unavailable: HTTP 500"],
    ] as const)("refuses the login when the mock plays %s", async (scenario, expected) => {
      const { flow, callback } = await logInAs("confirmed", scenario);
      try {
        expect(await failure(client.complete(callback, flow))).toBe(expected);
      } finally {
        await database.prisma.esiaAccount.update({ where: { personaKey: "confirmed" }, data: { scenario: null } });
      }
    });
  });

  it("refuses the GOST signer against a system registered with an RSA certificate (ESIA-007002)", async () => {
    const gost = makeGostCredentials("RTPORTAL01");
    const misregistered = new EsiaClient({
      baseUrl: BASE,
      clientId: "RTPORTAL01",
      redirectUri: REDIRECT,
      scope: SCOPE,
      issuer: ISSUER,
      requireNonce: true,
      keys: createLocalJWKSet({ keys: [] }),
      signer: await GostCertificateSigner.create({ pem: gost.privateKeyPem }, gost.certificatePem),
    });
    const flow = await misregistered.start();
    const refusal = await startAuthorization(database.prisma, Object.fromEntries(new URL(flow.url).searchParams)).then(
      () => "accepted",
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(/^ESIA-007002/);
  });
});
