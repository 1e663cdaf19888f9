import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import * as oidc from "openid-client";
import { certificateHash, formatEsiaTimestamp } from "../lib/esia-mock/client-auth";
import {
  clientSecret,
  legacyAuthorizationParams,
  legacyTokenParams,
  makeClientCredentials,
} from "../lib/esia-mock/testing";
import { expectAccessible } from "./support/accessibility";

// `npm run esia-mock` as another team runs it: the script starts the mock alone, on its own port
// with its own embedded database; the team registers its system over HTTP and runs openid-client
// through discovery and a full code flow. Nothing of the portal answers on that server.

const CLIENT_ID = "OTHERTEAM01";
const SCOPE = "openid fullname snils";

let mock: ChildProcess;
let mockOrigin: string;
let dataDir: string;
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForDiscovery(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (mock.exitCode !== null) throw new Error(`npm run esia-mock exited with ${mock.exitCode}:\n${output}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the stand-alone mock did not answer ${url}:\n${output}`);
}

test.describe("npm run esia-mock: the mock alone, for another team", () => {
  test.describe.configure({ timeout: 120_000 });
  const credentials = makeClientCredentials(CLIENT_ID);

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const port = await freePort();
    mockOrigin = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(path.join(tmpdir(), "esia-mock-standalone-"));
    // The e2e run has just built the portal; the script would otherwise build first.
    mock = spawn("npm", ["run", "--silent", "esia-mock"], {
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ESIA_MOCK_PORT: String(port),
        ESIA_MOCK_URL: mockOrigin,
        ESIA_MOCK_DATA_DIR: dataDir,
        ESIA_MOCK_SKIP_BUILD: "true",
        ESIA_MOCK_CHECK_DELAY_SECONDS: "1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    mock.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    mock.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitForDiscovery(`${mockOrigin}/esia-mock/.well-known/openid-configuration`, Date.now() + 90_000);
  });

  test.afterAll(async () => {
    if (mock?.pid && mock.exitCode === null) {
      const exited = new Promise((resolve) => mock.once("exit", resolve));
      process.kill(-mock.pid, "SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("serves only the mock: the portal's pages and API are not there", async ({ request }) => {
    for (const pathname of ["/cabinet", "/api/health", "/services", "/staff"]) {
      const response = await request.get(`${mockOrigin}${pathname}`, { maxRedirects: 0 });
      expect(response.status(), pathname).toBe(404);
    }
    const home = await request.get(`${mockOrigin}/`, { maxRedirects: 0 });
    expect(home.status()).toBe(302);
    expect(new URL(home.headers().location!, mockOrigin).href).toBe(`${mockOrigin}/esia-mock`);
  });

  test("a team registers its system and openid-client completes discovery and the code flow", async ({
    page,
    request,
  }) => {
    const redirectUri = `${mockOrigin}/esia-mock/other-team/callback`;
    const hash = await certificateHash(credentials.certificatePem);
    const registration = await request.post(`${mockOrigin}/esia-mock/api/clients`, {
      data: {
        clientId: CLIENT_ID,
        name: "Система другой команды",
        certificatePem: credentials.certificatePem,
        redirectUris: [redirectUri],
        subjectFormat: "string",
      },
    });
    expect(registration.status()).toBe(201);

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
    const config = await oidc.discovery(new URL(`${mockOrigin}/esia-mock/`), CLIENT_ID, undefined, esiaClientAuth, {
      execute: [oidc.allowInsecureRequests],
    });
    expect(config.serverMetadata().issuer).toBe(`${mockOrigin}/esia-mock/`);

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
      // A Digital Profile consent, listed on the consent screen, its data added to the token's scopes.
      permissions: Buffer.from(
        JSON.stringify([
          {
            sysname: "MOCK_SOCIAL_SUPPORT",
            expire: 1440,
            actions: [{ sysname: "USE_DATA" }],
            purposes: [{ sysname: "STATE_SERVICE" }],
            scopes: [{ sysname: "fullname" }, { sysname: "birthdate" }],
          },
        ]),
      ).toString("base64url"),
    });
    await page.goto(url.toString());
    await page.getByRole("button", { name: "Войти как Гарипов Ильдар" }).click();
    // The consent page reloads itself once to get its own CSP (decision 0014): slow on a busy machine.
    await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Система другой команды")).toBeVisible();
    const consents = page.getByRole("region", { name: "Согласия на обработку персональных данных" });
    await expect(
      consents.getByRole("heading", {
        name: "Согласие на обработку персональных данных для назначения мер социальной поддержки",
      }),
    ).toBeVisible();
    await expect(consents.getByText("Цели: Предоставление государственной услуги")).toBeVisible();
    await expect(consents.getByText("Срок действия согласия: 1 день")).toBeVisible();
    await page.getByRole("button", { name: "Предоставить" }).click();
    await page.waitForURL(`${redirectUri}?**`);

    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: `${mockOrigin}/esia-mock/`, aud: CLIENT_ID, sub: "1000300003" });
    const accessClaims = JSON.parse(Buffer.from(tokens.access_token.split(".")[1]!, "base64url").toString("utf8")) as {
      scope: string;
    };
    expect(accessClaims.scope).toBe("openid fullname?oid=1000300003 snils?oid=1000300003 birthdate?oid=1000300003");
    const person = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(`${mockOrigin}/esia-mock/rs/prns/${claims.sub}`),
      "GET",
    );
    expect(person.status).toBe(200);
    expect(await person.json()).toMatchObject({ lastName: "Гарипов", snils: "123-456-789 64", trusted: true });
  });

  test("an older client logs in through the legacy ac/te with an OpenSSL CMS signature; a tampered one is refused", async ({
    page,
    request,
  }) => {
    const legacy = {
      clientId: "OLDTEAM01",
      redirectUri: `${mockOrigin}/esia-mock/old-team/callback`,
      credentials,
      certificateHash: "",
    };
    const registration = await request.post(`${mockOrigin}/esia-mock/api/clients`, {
      data: {
        clientId: legacy.clientId,
        name: "Старая система другой команды",
        certificatePem: credentials.certificatePem,
        redirectUris: [legacy.redirectUri],
      },
    });
    expect(registration.status()).toBe(201);

    const tampered = legacyAuthorizationParams(legacy, { scope: "openid fullname" });
    const bytes = Buffer.from(tampered.client_secret, "base64url");
    bytes[bytes.length - 1]! ^= 0x01;
    const refused = await request.get(
      `${mockOrigin}/esia-mock/aas/oauth2/ac?${new URLSearchParams({ ...tampered, client_secret: bytes.toString("base64url") })}`,
      { maxRedirects: 0 },
    );
    expect(refused.status()).toBe(302);
    const refusal = new URL(refused.headers().location!);
    expect(refusal.searchParams.get("error_description")).toMatch(/^ESIA-007053: /);
    expect(refusal.searchParams.get("state")).toBe(tampered.state);

    await page.goto(
      `${mockOrigin}/esia-mock/aas/oauth2/ac?${new URLSearchParams(legacyAuthorizationParams(legacy, { scope: "openid fullname" }))}`,
    );
    await page.getByRole("button", { name: "Войти как Гарипов Ильдар" }).click();
    await expect(page.getByText("Старая система другой команды")).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Предоставить" }).click();
    await page.waitForURL(`${legacy.redirectUri}?**`);
    const code = new URL(page.url()).searchParams.get("code")!;
    const token = await request.post(`${mockOrigin}/esia-mock/aas/oauth2/te`, {
      form: legacyTokenParams(legacy, { code, scope: "openid fullname" }),
    });
    expect(token.status()).toBe(200);
    expect(await token.json()).toMatchObject({ token_type: "Bearer", expires_in: 3600, id_token: expect.any(String) });
  });

  test("an organisation's employee logs in for it with openid-client and reads /rs/orgs/{oid}", async ({
    page,
    request,
  }) => {
    const clientId = "BIZTEAM01";
    const redirectUri = `${mockOrigin}/esia-mock/biz-team/callback`;
    const scope = "openid fullname usr_org";
    const scopeOrg = "org_shortname org_fullname org_ogrn org_inn org_kpp org_type org_emps";
    const hash = await certificateHash(credentials.certificatePem);
    const registration = await request.post(`${mockOrigin}/esia-mock/api/clients`, {
      data: {
        clientId,
        name: "Кабинет юридического лица",
        certificatePem: credentials.certificatePem,
        redirectUris: [redirectUri],
        subjectFormat: "string",
      },
    });
    expect(registration.status()).toBe(201);
    // scope_org is signed too, in both requests: client_id + scope + scope_org + timestamp + state + redirect_uri [+ code].
    const esiaClientAuth: oidc.ClientAuth = (_server, _client, body) => {
      const signed = {
        client_id: clientId,
        scope,
        scope_org: scopeOrg,
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
    const config = await oidc.discovery(new URL(`${mockOrigin}/esia-mock/`), clientId, undefined, esiaClientAuth, {
      execute: [oidc.allowInsecureRequests],
    });
    expect(config.serverMetadata().scopes_supported).toEqual(
      expect.arrayContaining(["usr_org", "org_shortname", "org_emps"]),
    );

    const state = randomUUID();
    const signed = {
      client_id: clientId,
      scope,
      scope_org: scopeOrg,
      timestamp: formatEsiaTimestamp(new Date()),
      state,
      redirect_uri: redirectUri,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      ...signed,
      client_secret: clientSecret(credentials.privateKeyPem, signed),
      client_certificate_hash: hash,
      access_type: "online",
    });
    await page.goto(url.toString());
    await page.getByRole("button", { name: "Войти как Галиева Алсу" }).click();
    await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible({ timeout: 20_000 });
    const orgData = page.getByRole("region", { name: "Данные организации" });
    await expect(orgData.getByText("ОГРН организации")).toBeVisible();
    await expect(orgData.getByText("Сотрудники организации")).toBeVisible();
    const enterAs = page.getByRole("group", { name: "Войти как" });
    await expect(enterAs.getByRole("radio", { name: "Частное лицо" })).toBeChecked();
    // The accountant works at the company and the agency, not at her head's own business.
    await expect(enterAs.getByRole("radio")).toHaveCount(3);
    await expectAccessible(page, "consent with «Войти как»");
    await enterAs.getByRole("radio", { name: /ООО «Казанские окна»/ }).check();
    await page.getByRole("button", { name: "Предоставить" }).click();
    await page.waitForURL(`${redirectUri}?**`);

    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), { expectedState: state });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ sub: "1000300015", "urn:esia:org_oid": 1000400001 });
    const orgOid = claims["urn:esia:org_oid"] as number;
    const organization = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(`${mockOrigin}/esia-mock/rs/orgs/${orgOid}`),
      "GET",
    );
    expect(organization.status).toBe(200);
    expect(await organization.json()).toMatchObject({
      oid: orgOid,
      shortName: "ООО «Казанские окна»",
      ogrn: "1161690012340",
      inn: "1655123453",
      kpp: "165501001",
      type: "LEGAL",
    });
    const employees = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(`${mockOrigin}/esia-mock/rs/orgs/${orgOid}/emps?embed=(elements)`),
      "GET",
    );
    expect(((await employees.json()) as { size: number }).size).toBe(2);
    // Not the addresses (no org_addrs), not another organisation.
    expect(
      (
        await oidc.fetchProtectedResource(
          config,
          tokens.access_token,
          new URL(`${mockOrigin}/esia-mock/rs/orgs/${orgOid}/addrs`),
          "GET",
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await oidc.fetchProtectedResource(
          config,
          tokens.access_token,
          new URL(`${mockOrigin}/esia-mock/rs/orgs/1000400003`),
          "GET",
        )
      ).status,
    ).toBe(403);
    const roles = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(`${mockOrigin}/esia-mock/rs/prns/1000300015/roles`),
      "GET",
    );
    expect(
      ((await roles.json()) as { elements: { shortName: string }[] }).elements.map((role) => role.shortName),
    ).toEqual(["ООО «Казанские окна»", "УСЗН в Вахитовском районе г. Казани"]);
  });

  test("a confirmed person registers an organisation in the mock and becomes its head", async ({ page }) => {
    await page.goto(`${mockOrigin}/esia-mock/login`);
    await page.getByRole("button", { name: "Войти как Гарипов Ильдар" }).click();
    await page.getByRole("link", { name: "Мои организации" }).click();
    await expect(page.getByRole("heading", { name: "Организации", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Зарегистрировать организацию" }).click();
    await page.getByLabel("ОГРН или ОГРНИП").fill("1021602843471");
    await page.getByLabel("ИНН").fill("1655001230");
    await page.getByLabel("Полное наименование").fill("Общество с ограниченной ответственностью «Челны-Сервис»");
    await page.getByLabel("Сокращенное наименование").fill("ООО «Челны-Сервис»");
    await page.getByLabel("Адрес места нахождения").fill("Республика Татарстан, г. Набережные Челны, пр-кт Мира, д. 1");
    await page.getByRole("button", { name: "Зарегистрировать" }).click();
    // A wrong control digit and no КПП: the messages beside the fields, what was typed kept.
    await expect(page.getByLabel("ОГРН или ОГРНИП")).toHaveAccessibleDescription(
      /ОГРН — 13 цифр, последняя контрольная/,
    );
    await expect(page.getByLabel("КПП (для юридического лица)")).toHaveAccessibleDescription(/Введите КПП/);
    await expect(page.getByLabel("Сокращенное наименование")).toHaveValue("ООО «Челны-Сервис»");
    await expectAccessible(page, "organisation registration with errors");
    await page.getByLabel("ОГРН или ОГРНИП").fill("1021602843470");
    await page.getByLabel("КПП (для юридического лица)").fill("165001001");
    await page.getByRole("button", { name: "Зарегистрировать" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Учетная запись организации «ООО «Челны-Сервис»» зарегистрирована. Вы — ее руководитель.",
    );
    await expect(page.getByRole("heading", { name: "ООО «Челны-Сервис»" })).toBeVisible();
    await expect(page.getByText("Генеральный директор, руководитель, администратор профиля")).toBeVisible();
    await expectAccessible(page, "the person's organisations");
  });
});
