import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import * as oidc from "openid-client";
import { certificateHash, formatEsiaTimestamp } from "../lib/esia-mock/client-auth";
import { clientSecret, makeClientCredentials } from "../lib/esia-mock/testing";

// A real, independent OpenID Connect client (openid-client) against the mock over HTTP, as any
// team building against ESIA would use it: discovery (a mock extra), PKCE, the ESIA-specific
// client_secret signature, id_token validation, then the person REST API.

const CLIENT_ID = "OIDCTEST";
const SCOPE = "openid fullname birthdate snils id_doc mobile";

test.describe("an independent OIDC client completes the ESIA code flow against the mock", () => {
  const credentials = makeClientCredentials(CLIENT_ID);
  let hash: string;

  test.beforeAll(async ({ request, baseURL }) => {
    hash = await certificateHash(credentials.certificatePem);
    const response = await request.post("/esia-mock/api/clients", {
      data: {
        clientId: CLIENT_ID,
        name: "Тестовая система (openid-client)",
        certificatePem: credentials.certificatePem,
        redirectUris: [`${baseURL}/oidc-test/callback`],
        subjectFormat: "string", // openid-client insists on a string sub; real ESIA sends a number
      },
    });
    expect(response.status()).toBe(201);
  });

  /** ESIA's client authentication at v3/te: a signature over the request, not a shared secret. */
  const esiaClientAuth: oidc.ClientAuth = (_server, _client, body) => {
    const signed = {
      client_id: CLIENT_ID,
      scope: SCOPE,
      timestamp: formatEsiaTimestamp(new Date()),
      state: randomUUID(),
      redirect_uri: body.get("redirect_uri") ?? "",
      code: body.get("code") ?? "",
    };
    for (const [name, value] of Object.entries(signed)) body.set(name, value);
    body.set("client_secret", clientSecret(credentials.privateKeyPem, signed));
    body.set("client_certificate_hash", hash);
    body.set("token_type", "Bearer");
  };

  async function authorize(page: Page, baseURL: string, config: oidc.Configuration, redirectUri: string) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = randomUUID();
    const signed = {
      client_id: CLIENT_ID,
      scope: SCOPE,
      timestamp: formatEsiaTimestamp(new Date()),
      state,
      redirect_uri: redirectUri,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      ...signed,
      client_secret: clientSecret(credentials.privateKeyPem, signed),
      client_certificate_hash: hash,
      access_type: "online",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
    });
    await page.goto(url.toString());
    await page.getByRole("button", { name: "Войти как Гарипов Ильдар" }).click();
    await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible();
    await expect(page.getByText("Тестовая система (openid-client)")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "СНИЛС" })).toBeVisible();
    await page.getByRole("button", { name: "Предоставить" }).click();
    // The browser lands on the system's redirect_uri (nothing is served there in this test).
    await page.waitForURL(`${baseURL}/oidc-test/callback?**`);
    return { callback: new URL(page.url()), verifier, state };
  }

  test("discovery → login and consent → code with PKCE → verified id_token → person data", async ({
    page,
    baseURL,
  }) => {
    const config = await oidc.discovery(new URL(`${baseURL}/esia-mock/`), CLIENT_ID, undefined, esiaClientAuth, {
      execute: [oidc.allowInsecureRequests],
    });
    const redirectUri = `${baseURL}/oidc-test/callback`;
    const { callback, verifier, state } = await authorize(page, baseURL!, config, redirectUri);

    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(`${baseURL}/esia-mock/`);
    expect(claims.aud).toBe(CLIENT_ID);
    expect(claims.sub).toBe("1000300003");
    expect(claims["urn:esia:sbj"]).toMatchObject({ "urn:esia:sbj:lvl": "PR", "urn:esia:sbj:is_tru": true });

    const person = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(`${baseURL}/esia-mock/rs/prns/${claims.sub}`),
      "GET",
    );
    expect(person.status).toBe(200);
    expect(await person.json()).toMatchObject({
      lastName: "Гарипов",
      firstName: "Ильдар",
      snils: "123-456-789 64",
      trusted: true,
    });
  });

  test("the same code cannot be exchanged twice (ESIA-007011)", async ({ page, baseURL }) => {
    const config = await oidc.discovery(new URL(`${baseURL}/esia-mock/`), CLIENT_ID, undefined, esiaClientAuth, {
      execute: [oidc.allowInsecureRequests],
    });
    const { callback, verifier, state } = await authorize(page, baseURL!, config, `${baseURL}/oidc-test/callback`);
    await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
    const replay = oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
    await expect(replay).rejects.toMatchObject({
      error: "invalid_grant",
      error_description: expect.stringMatching(/^ESIA-007011: /),
    });
  });
});

test.describe("the mock refuses malformed requests as ESIA does", () => {
  test("a JSON body at v3/te is read as missing parameters (ESIA-007014)", async ({ request }) => {
    const response = await request.post("/esia-mock/aas/oauth2/v3/te", {
      data: { client_id: "RTPORTAL01", grant_type: "authorization_code" },
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "invalid_request",
      error_description: expect.stringMatching(/^ESIA-007014: .*client_id/),
    });
  });

  test("an unregistered redirect_uri gets an error page, never a redirect", async ({ page }) => {
    const query = new URLSearchParams({
      client_id: "RTPORTAL01",
      redirect_uri: "http://evil.example/steal",
      response_type: "code",
      scope: "openid",
      state: randomUUID(),
    });
    const response = await page.goto(`/esia-mock/aas/oauth2/v2/ac?${query}`);
    expect(response?.status()).toBe(400);
    expect(page.url()).toContain("/esia-mock/aas/oauth2/v2/ac");
    await expect(page.getByRole("heading", { name: "Не удалось выполнить вход" })).toBeVisible();
    await expect(page.getByText(/ESIA-007023/)).toBeVisible();
  });

  test("logout returns only to a site of the registered system", async ({ request }) => {
    const away = await request.get(
      "/esia-mock/idp/ext/Logout?client_id=RTPORTAL01&redirect_url=http%3A%2F%2Fevil.example%2F",
      { maxRedirects: 0 },
    );
    expect(away.status()).toBe(302);
    expect(away.headers().location).toMatch(/\/esia-mock\/login\?loggedOut=1$/);
  });
});
