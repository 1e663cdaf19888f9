import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { gostCertificateHash } from "../lib/crypto/gost";
// @ts-expect-error -- a plain .mjs script shared with the run command
import { ensureEsiaClientCertificate, ensureEsiaGostClientCertificate } from "../scripts/esia-client-certificate.mjs";
import { passEsia, PASSWORD, unique } from "./support/applications";

// The portal configured exactly as for the real ESIA — ESIA_SIGNER=gost with a GOST key and
// certificate made by openssl, ESIA's certificates from a file, no nonce expected — against the
// bundled mock, which has the portal registered with that GOST certificate and GOST3410_2012_256
// tokens (set as on the technology portal). A second portal server of its own, on a free port, with
// its own embedded database: the shared e2e server keeps the mock's RSA stand-in.

const folder = path.resolve(`.data/e2e/esia-gost-${process.pid}`);
let server: ChildProcess | undefined;
let base = "";
let certificatePem = "";

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

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the GOST portal exited with ${server?.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the GOST portal did not answer at ${url}`);
}

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const client = ensureEsiaGostClientCertificate(folder) as { keyFile: string; certificateFile: string };
  certificatePem = readFileSync(client.certificateFile, "utf8");
  const certificatesFile = path.join(folder, "esia-certificates.pem");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const stderr: string[] = [];
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      APP_URL: base,
      PGLITE_DATA_DIR: path.join(folder, "pglite"),
      DATABASE_URL: "",
      SEED_DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      ESIA_MOCK_ENABLED: "true",
      ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
      ESIA_MOCK_CHECK_DELAY_SECONDS: "1",
      DEV_OUTBOX_ENABLED: "true",
      DEV_OUTBOX_ALLOW_IN_PRODUCTION: "true",
      INSECURE_LOCAL_HTTP: "true", // plain http on 127.0.0.1
      DELIVERY_TRANSPORT: "outbox",
      // As for the real ESIA (docs/esia-real.md):
      ESIA_SIGNER: "gost",
      ESIA_CLIENT_CERTIFICATE_FILE: client.certificateFile,
      ESIA_CLIENT_PRIVATE_KEY_FILE: client.keyFile,
      ESIA_CERTIFICATES_FILE: certificatesFile,
      ESIA_JWKS_URL: "",
      ESIA_EXPECT_NONCE: "false",
    },
  });
  server.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  try {
    await waitForHealth(`${base}/api/health`, Date.now() + 90_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${stderr.join("").slice(-2000)}`);
  }

  // The operator's two steps on the technology portal and with esia.zip: GOST tokens for the
  // system, and ESIA's certificates saved where ESIA_CERTIFICATES_FILE points.
  const registered = await fetch(`${base}/esia-mock/api/clients`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      clientId: "RTPORTAL01",
      name: "Портал государственных и муниципальных услуг Республики Татарстан",
      certificatePem,
      redirectUris: [`${base}/esia/callback`],
      tokenAlgorithm: "GOST3410_2012_256",
    }),
  });
  expect(registered.status).toBe(201);
  const certificates = await fetch(`${base}/esia-mock/certificates`);
  expect(certificates.status).toBe(200);
  writeFileSync(certificatesFile, await certificates.text());
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** The v2/ac request the portal sent, as the browser carried it to the mock. */
function watchAuthorizationRequest(page: Page): () => URL {
  let seen: URL | undefined;
  page.on("request", (request) => {
    if (request.url().includes("/esia-mock/aas/oauth2/v2/ac")) seen = new URL(request.url());
  });
  return () => {
    if (!seen) throw new Error("no v2/ac request");
    return seen;
  };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`ESIA login with GOST signatures, as at the real ESIA (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("a person comes in through «Вход через ЕСИА», registers a cabinet from ESIA, and logs in again", async ({
      page,
    }) => {
      const authorization = watchAuthorizationRequest(page);
      await page.goto(`${base}/login`);
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await passEsia(page, "Гарипов Ильдар");

      // What went to ESIA: a raw 64-byte signature (86 base64url characters), the Streebog-256 hash of our certificate, PKCE.
      const request = authorization();
      expect(request.searchParams.get("client_secret")).toMatch(/^[A-Za-z0-9_-]{86}$/);
      expect(request.searchParams.get("client_certificate_hash")).toBe(await gostCertificateHash(certificatePem));
      expect(request.searchParams.get("client_certificate_hash")).not.toBe(
        createHash("sha256").update(Buffer.from(certificatePem)).digest("hex").toUpperCase(),
      );
      expect(request.searchParams.get("code_challenge_method")).toBe("S256");

      await expect(
        page.getByRole("heading", { name: "Учетная запись ЕСИА не привязана к личному кабинету" }),
      ).toBeVisible();
      const form = page.getByRole("form", { name: "Регистрация нового личного кабинета" });
      await form.getByLabel("Электронная почта").fill(`gost${unique()}@example.ru`);
      await form.getByLabel("Мобильный телефон").fill("");
      await form.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
      await form.getByLabel("Повторите пароль").fill(PASSWORD);
      await form.getByRole("button", { name: "Зарегистрировать личный кабинет" }).click();
      await expect(page).toHaveURL(/\/cabinet$/);
      await expect(page.getByRole("row", { name: /СНИЛС 123-456-789 64 из ЕСИА/ })).toBeVisible();

      await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
      await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
      await page.goto(`${base}/login`);
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await passEsia(page, "Гарипов Ильдар");
      await expect(page).toHaveURL(/\/cabinet$/);
      await expect(page.getByTestId("signed-in-as")).toHaveText("Гарипов Ильдар");

      // Leave the persona unlinked for the run without JavaScript.
      await page.goto(`${base}/cabinet/settings/esia`);
      await page.getByRole("button", { name: "Отвязать от ЕСИА" }).click();
      await page.getByRole("button", { name: "Да, отвязать" }).click();
      await expect(page.getByText("Привязка к ЕСИА удалена.")).toBeVisible();
    });
  });
}

test.describe("refusals with GOST", () => {
  test("a GOST token whose signature does not match ESIA's certificate is refused with a clear page", async ({
    page,
  }) => {
    const scenario = await fetch(`${base}/esia-mock/api/scenario`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ personaKey: "server-error", scenario: "token_bad_signature" }),
    });
    expect(scenario.ok).toBe(true);
    await page.goto(`${base}/login`);
    await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
    await passEsia(page, "Сбоев Тест");
    await expect(page.getByRole("heading", { name: "Ответ ЕСИА не прошел проверку" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  });

  test("the portal signing GOST is refused when its system is registered with an RSA certificate (ESIA-007002)", async ({
    page,
  }) => {
    const other = ensureEsiaClientCertificate(path.join(folder, "rsa"), "RTPORTAL01") as { certificateFile: string };
    const registered = await fetch(`${base}/esia-mock/api/clients`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        clientId: "RTPORTAL01",
        name: "Портал",
        certificatePem: readFileSync(other.certificateFile, "utf8"),
        redirectUris: [`${base}/esia/callback`],
      }),
    });
    expect(registered.status).toBe(201);
    try {
      let callback: URL | undefined;
      page.on("request", (request) => {
        if (request.url().includes("/esia/callback")) callback = new URL(request.url());
      });
      await page.goto(`${base}/login`);
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await expect(page.getByRole("heading", { name: "ЕСИА сообщила об ошибке" })).toBeVisible();
      expect(callback?.searchParams.get("error_description")).toMatch(/^ESIA-007002/);
    } finally {
      await fetch(`${base}/esia-mock/api/clients`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          clientId: "RTPORTAL01",
          name: "Портал",
          certificatePem,
          redirectUris: [`${base}/esia/callback`],
        }),
      });
    }
  });
});
