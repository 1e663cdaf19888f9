import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page, type Response } from "@playwright/test";
import { certificateHash } from "../lib/esia-mock/client-auth";
import { authorizationParams, makeClientCredentials, tokenParams, type TestClient } from "../lib/esia-mock/testing";

// A client system on another origin (another port of 127.0.0.1), as any team's site would be: it
// sends the browser to v2/ac, receives the code on its own callback, exchanges it at v3/te from
// its server, reads the person, and logs out through /idp/ext/Logout. Chromium enforces the
// mock's CSP throughout; a blocked form-action would leave the browser on the consent page.

const CLIENT_ID = "OTHERORIGIN";
const SCOPE = "openid fullname";

let server: Server;
let clientOrigin: string;
let client: TestClient;
const violations: string[] = [];

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** The client system: a tiny site a team would write, with its server-side code exchange. */
function startClientSystem(mockBase: string): Promise<void> {
  const states = new Set<string>();
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", clientOrigin);
      const html = (status: number, text: string) =>
        response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(text);
      if (url.pathname === "/") {
        const params = authorizationParams(client, { scope: SCOPE, accessType: "online" });
        states.add(params.state);
        return html(
          200,
          page(
            "Система другой команды",
            `<a href="${escape(`${mockBase}/aas/oauth2/v2/ac?${new URLSearchParams(params)}`)}">Войти через Госуслуги</a>`,
          ),
        );
      }
      if (url.pathname === "/callback") {
        const state = url.searchParams.get("state") ?? "";
        if (!states.delete(state)) return html(400, page("Чужой state", ""));
        const error = url.searchParams.get("error");
        if (error)
          return html(
            200,
            page("Вход не выполнен", `<p>ЕСИА ответила: ${escape(error)}</p><a href="/">Попробовать снова</a>`),
          );
        const token = await fetch(`${mockBase}/aas/oauth2/v3/te`, {
          method: "POST",
          body: new URLSearchParams(tokenParams(client, { code: url.searchParams.get("code") ?? "", scope: SCOPE })),
        });
        if (!token.ok) return html(502, page("Обмен кода не удался", `<pre>${escape(await token.text())}</pre>`));
        const { access_token: accessToken, id_token: idToken } = (await token.json()) as {
          access_token: string;
          id_token: string;
        };
        const { sub } = JSON.parse(Buffer.from(idToken.split(".")[1]!, "base64url").toString("utf8")) as {
          sub: number | string;
        };
        const person = (await (
          await fetch(`${mockBase}/rs/prns/${sub}`, { headers: { authorization: `Bearer ${accessToken}` } })
        ).json()) as { lastName: string; firstName: string };
        const logout = `${mockBase}/idp/ext/Logout?${new URLSearchParams({ client_id: CLIENT_ID, redirect_url: `${clientOrigin}/logged-out` })}`;
        return html(
          200,
          page(
            "Вы вошли",
            `<p>Здравствуйте, ${escape(`${person.lastName} ${person.firstName}`)}</p><a href="${escape(logout)}">Выйти</a>`,
          ),
        );
      }
      if (url.pathname === "/logged-out") return html(200, page("Вы вышли", `<a href="/">Войти снова</a>`));
      html(404, page("Нет такой страницы", ""));
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
}

test.beforeAll(async ({ request, baseURL }) => {
  const credentials = makeClientCredentials(CLIENT_ID);
  await startClientSystem(`${baseURL}/esia-mock`);
  clientOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = {
    clientId: CLIENT_ID,
    redirectUri: `${clientOrigin}/callback`,
    credentials,
    certificateHash: await certificateHash(credentials.certificatePem),
  };
  const registered = await request.post("/esia-mock/api/clients", {
    data: {
      clientId: CLIENT_ID,
      name: "Система другой команды",
      certificatePem: credentials.certificatePem,
      redirectUris: [client.redirectUri],
    },
  });
  expect(registered.status()).toBe(201);
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.beforeEach(({ page }) => {
  violations.length = 0;
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});

/** From the system's site to the consent page, loaded as its own document (its CSP is the one that counts). */
async function toConsent(page: Page): Promise<Response> {
  await page.goto(clientOrigin);
  await page.getByRole("link", { name: "Войти через Госуслуги" }).click();
  const consentDocument = page.waitForResponse(
    (response) =>
      response.request().resourceType() === "document" &&
      new URL(response.url()).pathname === "/esia-mock/consent" &&
      response.status() === 200,
  );
  await page.getByRole("button", { name: "Войти как Гарипов Ильдар" }).click();
  const response = await consentDocument;
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible();
  return response;
}

test("a system on another origin completes login and logout through the mock", async ({ page, baseURL }) => {
  expect(new URL(clientOrigin).origin).not.toBe(new URL(baseURL!).origin);
  await toConsent(page);
  await expect(page.getByText("Система другой команды")).toBeVisible();

  await page.getByRole("button", { name: "Предоставить" }).click();
  await expect(page.getByRole("heading", { name: "Вы вошли" })).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`^${clientOrigin}/callback\\?`));
  await expect(page.getByText("Здравствуйте, Гарипов Ильдар")).toBeVisible();

  await page.getByRole("link", { name: "Выйти" }).click();
  await expect(page.getByRole("heading", { name: "Вы вышли" })).toBeVisible();
  // The ESIA session ended too: the next login asks for the account again.
  await page.getByRole("link", { name: "Войти снова" }).click();
  await page.getByRole("link", { name: "Войти через Госуслуги" }).click();
  await expect(page.getByRole("button", { name: "Войти как Гарипов Ильдар" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a refusal reaches the system on another origin as access_denied", async ({ page }) => {
  await toConsent(page);
  await page.getByRole("button", { name: "Отказать" }).click();
  await expect(page.getByRole("heading", { name: "Вход не выполнен" })).toBeVisible();
  await expect(page.getByText("ЕСИА ответила: access_denied")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the consent page's policy names only the request's redirect origin; other mock pages keep 'self'", async ({
  page,
  request,
}) => {
  const policy = (await toConsent(page)).headers()["content-security-policy"]!;
  expect(policy).toContain(`form-action 'self' ${clientOrigin};`);
  expect(policy).not.toMatch(/unsafe-inline|\*/);

  // An address naming some other origin is sent back to the request's own one.
  const forged = new URL(page.url());
  forged.searchParams.set("redirect_origin", "http://evil.example");
  const answer = await page.goto(forged.toString());
  expect(new URL(page.url()).searchParams.get("redirect_origin")).toBe(clientOrigin);
  expect(answer?.headers()["content-security-policy"]).not.toContain("evil.example");

  const login = await request.get("/esia-mock/login");
  expect(login.headers()["content-security-policy"]).toContain("form-action 'self';");
});
