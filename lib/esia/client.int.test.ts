import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createLocalJWKSet } from "jose";
import { getSortedRoutes } from "next/dist/shared/lib/router/utils/sorted-routes";
import { getRouteMatcher } from "next/dist/shared/lib/router/utils/route-matcher";
import { getRouteRegex } from "next/dist/shared/lib/router/utils/route-regex";
import { normalizeAppPath } from "next/dist/shared/lib/router/utils/app-paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { startSession } from "../esia-mock/accounts";
import { seedMockEsia } from "../esia-mock/seed";
import { makeClientCredentials } from "../esia-mock/testing";
import { makeGostCredentials } from "../crypto/gost-testing";
import { EsiaClient, EsiaLoginError } from "./client";
import { GostCertificateSigner, RsaCertificateSigner } from "./signer";

// The contract between the portal's ESIA client and the mock: the client's real code against the
// mock's real route handlers (app/esia-mock/**/route.ts), found and matched by Next's own route
// table code, with HTTP replaced by a direct call (the e2e tests cover HTTP itself). Run twice:
// the mock's RSA stand-in, and GOST as at the real ESIA (GOST-signed requests from a system
// registered with a GOST certificate, GOST3410_2012_256 tokens checked against ESIA's certificates).

// A route handler reads the request's cookies through next/headers; outside a Next server that
// request scope is this one, filled from the dispatched request's Cookie header.
const requestScope = new AsyncLocalStorage<{ cookies: Map<string, string>; setCookies: string[] }>();
vi.mock("next/headers", () => ({
  cookies: async () => {
    const scope = requestScope.getStore();
    if (!scope) throw new Error("cookies() outside a dispatched request");
    return {
      get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name)! } : undefined),
      set: (name: string, value: string) => scope.setCookies.push(`${name}=${value}`),
      delete: (options: string | { name: string }) =>
        scope.setCookies.push(`${typeof options === "string" ? options : options.name}=; Max-Age=0`),
    };
  },
}));

const APP_URL = "http://portal.test";
const BASE = `${APP_URL}/esia-mock`;
const ISSUER = `${BASE}/`;
const REDIRECT = `${APP_URL}/esia/callback`;
const SCOPE =
  "openid fullname birthdate gender snils id_doc mobile email addresses kid_fullname kid_birthdate kid_gender kid_birth_cert_doc";
const MOCK_SESSION_COOKIE = "esia_mock_session";

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
interface Route {
  page: string;
  file: string;
  match: (pathname: string) => false | Record<string, string | string[]>;
}

/** The mock's route handlers as Next routes them: every route.ts under app/esia-mock, most specific first. */
function mockRouteTable(): Route[] {
  const appDir = path.resolve(import.meta.dirname, "../../app");
  const files = readdirSync(path.join(appDir, "esia-mock"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(appDir, "esia-mock", file));
  const byPage = new Map(
    files.map((file) => [
      normalizeAppPath(`/${path.relative(appDir, file).split(path.sep).join("/")}`.replace(/\.ts$/, "")),
      file,
    ]),
  );
  return getSortedRoutes([...byPage.keys()]).map((page) => ({
    page,
    file: byPage.get(page)!,
    match: getRouteMatcher(getRouteRegex(page)) as Route["match"],
  }));
}

/** A fetch that answers from the mock's route handlers: the handler's Response, or Next's 404/405. */
function routeFetch(routes: Route[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    for (const route of routes) {
      const params = url.origin === APP_URL && route.match(url.pathname);
      if (!params) continue;
      const handlers = (await import(route.file)) as Partial<Record<string, Handler>>;
      const handler = handlers[request.method];
      if (!handler) return new Response(null, { status: 405 });
      const cookies = new Map(
        (request.headers.get("cookie") ?? "")
          .split(/;\s*/)
          .filter(Boolean)
          .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
      );
      const scope = { cookies, setCookies: [] as string[] };
      try {
        const response = await requestScope.run(scope, () => handler(request, { params: Promise.resolve(params) }));
        const headers = new Headers(response.headers);
        for (const cookie of scope.setCookies) headers.append("set-cookie", cookie);
        return new Response(response.body, { status: response.status, headers });
      } catch (error) {
        // notFound() and friends throw an error whose digest carries the status.
        const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(String((error as { digest?: unknown }).digest));
        if (fallback) return new Response(null, { status: Number(fallback[1]) });
        throw error;
      }
    }
    return new Response(null, { status: 404 });
  };
}

describe(`the portal's ESIA client against the mock's route handlers (${testDatabaseDriver()})`, () => {
  let database: Database;
  const clients: Record<"rsa" | "gost", EsiaClient> = {} as Record<"rsa" | "gost", EsiaClient>;
  const mockFetch = routeFetch(mockRouteTable());
  const previousEnv = { APP_URL: process.env.APP_URL, ESIA_MOCK_ENABLED: process.env.ESIA_MOCK_ENABLED };

  async function post(pathname: string, body: unknown): Promise<Response> {
    return mockFetch(`${BASE}${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  async function register(clientId: string, name: string, certificatePem: string, tokenAlgorithm?: string) {
    const response = await post("/api/clients", {
      clientId,
      name,
      certificatePem,
      redirectUris: [REDIRECT],
      ...(tokenAlgorithm ? { tokenAlgorithm } : {}),
    });
    expect(response.status).toBe(201);
  }

  beforeAll(async () => {
    // The handlers read the mock's settings (its address, on/off) from the configuration.
    process.env.APP_URL = APP_URL;
    process.env.ESIA_MOCK_ENABLED = "true";
    database = await openMigratedTestDatabase();
    // The handlers' database is the serving process's one (lib/db/runtime.ts keeps it on globalThis).
    (globalThis as { __portalDatabase?: Promise<Database> }).__portalDatabase = Promise.resolve(database);
    await seedMockEsia(database.prisma, null);
    const credentials = makeClientCredentials("RTPORTAL01");
    await register("RTPORTAL01", "Портал", credentials.certificatePem);
    const jwks = (await (await mockFetch(`${BASE}/jwks`)).json()) as Parameters<typeof createLocalJWKSet>[0];
    clients.rsa = new EsiaClient({
      baseUrl: BASE,
      clientId: "RTPORTAL01",
      redirectUri: REDIRECT,
      scope: SCOPE,
      issuer: ISSUER,
      requireNonce: true,
      keys: createLocalJWKSet(jwks),
      signer: new RsaCertificateSigner(credentials.privateKeyPem, credentials.certificatePem),
      fetch: mockFetch,
    });
    const gost = makeGostCredentials("RTPORTAL02");
    await register("RTPORTAL02", "Портал (ГОСТ)", gost.certificatePem, "GOST3410_2012_256");
    const certificatesFile = await mockFetch(`${BASE}/certificates`);
    expect(certificatesFile.status).toBe(200);
    const esiaCertificates = (await certificatesFile.text()).match(
      /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g,
    )!;
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
  afterAll(async () => {
    delete (globalThis as { __portalDatabase?: unknown }).__portalDatabase;
    await database.close();
    for (const [name, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** The browser's way through the mock: the authorization request, then the consent form's decision. */
  async function authorize(flowUrl: string, personaKey: string, decision: "grant" | "refuse") {
    const anonymous = await mockFetch(flowUrl, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    const login = new URL(anonymous.headers.get("location")!);
    expect(login.pathname).toBe("/esia-mock/login");
    const requestId = login.searchParams.get("request")!;
    // The login form is a page and its server action (the e2e journeys fill it in); its outcome is this session.
    const account = await database.prisma.esiaAccount.findUniqueOrThrow({ where: { personaKey } });
    const cookie = `${MOCK_SESSION_COOKIE}=${(await startSession(database.prisma, account.id, false)).token}`;
    const signedIn = await mockFetch(flowUrl, { redirect: "manual", headers: { cookie } });
    expect(new URL(signedIn.headers.get("location")!).pathname).toBe("/esia-mock/consent");
    const answer = await mockFetch(`${BASE}/consent/decision`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: APP_URL },
      body: new URLSearchParams({ request: requestId, decision }),
    });
    expect(answer.status).toBe(303);
    const callback = new URL(answer.headers.get("location")!);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    return callback.searchParams;
  }

  async function playScenario(personaKey: string, scenario: string | null) {
    expect((await post("/api/scenario", { personaKey, scenario })).status).toBe(200);
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

  describe.each(["rsa", "gost"] as const)("signing with %s", (kind) => {
    const client = {
      start: () => clients[kind].start(),
      complete: (...args: Parameters<EsiaClient["complete"]>) => clients[kind].complete(...args),
    };

    async function logInAs(personaKey: string) {
      const flow = await client.start();
      return { flow, callback: await authorize(flow.url, personaKey, "grant") };
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
      const callback = await authorize(flow.url, "standard", "refuse");
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
      await playScenario("confirmed", scenario);
      try {
        const { flow, callback } = await logInAs("confirmed");
        expect(await failure(client.complete(callback, flow))).toBe(expected);
      } finally {
        await playScenario("confirmed", null);
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
      fetch: mockFetch,
    });
    const flow = await misregistered.start();
    const refusal = await mockFetch(flow.url, { redirect: "manual" });
    expect(refusal.status).toBe(302);
    const back = new URL(refusal.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(await failure(misregistered.complete(back.searchParams, flow))).toMatch(/ESIA-007002/);
  });

  it("answers what the mock does not serve as Next would: 404, and 405 for a method a route lacks", async () => {
    expect((await mockFetch(`${BASE}/aas/oauth2/v4/te`, { method: "POST" })).status).toBe(404);
    expect((await mockFetch(`${BASE}/aas/oauth2/v3/te`)).status).toBe(405);
  });
});
