import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { renderNginxConfig } from "../lib/deploy/nginx";
import { freePort } from "../lib/messaging/smtp-sink";
// @ts-expect-error -- a plain .mjs script shared with the run command
import { ensureEsiaClientCertificate } from "../scripts/esia-client-certificate.mjs";
import { submitKindergartenApplication } from "./support/applications";
import { multipart, rawClient } from "./support/raw-http";
import { confirmAction, signInStaff, waitForUsedSteps } from "./support/staff";

// Production's shape on one machine: Debian's nginx, configured from deploy/nginx's template, in
// front of two `next start` instances of the same build on one PostgreSQL database, no sticky
// sessions. A citizen signs in through ESIA, sends an application, a caseworker decides it, and
// every response names the instance that served it: both must have served. Then the client
// address: a forged X-Forwarded-For is not believed, behind one nginx and behind two.

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
test.skip(
  !TEST_DATABASE_URL,
  "runs on PostgreSQL only (TEST_DATABASE_URL): the embedded PGlite may be opened by one process, and this needs two instances",
);
test.describe.configure({ mode: "serial" });

const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";
const AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
const processes: ChildProcess[] = [];
const folders: string[] = [];
let databaseUrl: string;
let base: string;

/** A throw-away database of its own beside TEST_DATABASE_URL's: "<name>_lb". */
async function freshDatabase(): Promise<string> {
  const url = new URL(TEST_DATABASE_URL!);
  const name = `${url.pathname.slice(1)}_lb`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitHealthy(url: string, what: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not become healthy`);
}

/** One `next start` of the build, as deploy/ runs it: every instance with the same settings. */
async function startInstance(name: string, appUrl: string, trustedHops: number): Promise<string> {
  const port = await freePort();
  const esiaClient = ensureEsiaClientCertificate(path.resolve(".data/e2e/esia"));
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET,
        APP_URL: appUrl,
        NEXTAUTH_URL: appUrl,
        DATABASE_URL: databaseUrl,
        PORTAL_INSTANCE: name,
        TRUSTED_PROXY_HOPS: String(trustedHops),
        SEED_DEMO_DATA: "true",
        LOG_LEVEL: "warn",
        ESIA_MOCK_ENABLED: "true",
        ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
        ESIA_MOCK_CHECK_DELAY_SECONDS: "1",
        ESIA_CLIENT_CERTIFICATE_FILE: esiaClient.certificateFile,
        ESIA_CLIENT_PRIVATE_KEY_FILE: esiaClient.keyFile,
        DEV_OUTBOX_ENABLED: "true",
        DEV_OUTBOX_ALLOW_IN_PRODUCTION: "true",
        DELIVERY_TRANSPORT: "outbox",
        INSECURE_LOCAL_HTTP: "true",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  processes.push(child);
  const url = `http://127.0.0.1:${port}`;
  return new Promise(
    (resolve, reject) => void waitHealthy(url, name, child).then(() => resolve(`127.0.0.1:${port}`), reject),
  );
}

/** Debian's nginx with the repository's configuration, in front of the given addresses. */
async function startNginx(instances: string[]): Promise<string> {
  const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-e2e-"));
  folders.push(prefix);
  const port = await freePort();
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, instances }));
  const child = spawn(NGINX, ["-p", prefix, "-c", file, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  processes.push(child);
  return `127.0.0.1:${port}`;
}

function loginActionId(): string {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const [id] = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.exportedName === "logInAction" && Object.keys(entry.workers).includes("app/(portal)/login/page"),
  )!;
  return id;
}

/** Failed logins from `localAddress` through `entry`, each with a new forged X-Forwarded-For. */
async function forgedLoginAttempts(
  entry: string,
  localAddress: string,
  count: number,
  forge: (index: number) => string,
): Promise<string[]> {
  const client = rawClient(`http://${entry}`, localAddress);
  const state = JSON.stringify([{ errors: {}, values: {} }, "$K1"]);
  const id = loginActionId();
  const bodies: string[] = [];
  for (let index = 0; index < count; index++) {
    const form = multipart([
      ["_1_login", `nobody${Math.random().toString(16).slice(2)}@example.ru`],
      ["_1_password", "Wrong-password-1"],
      ["0", state],
    ]);
    const forged = forge(index);
    const response = await client.send({
      method: "POST",
      path: "/login",
      headers: {
        "Next-Action": id,
        Accept: "text/x-component",
        "Content-Type": form.contentType,
        "X-Forwarded-For": forged,
        "X-Real-IP": forged,
      },
      body: form.body,
    });
    expect(response.status).toBeLessThan(500);
    bodies.push(response.body);
  }
  client.close();
  return bodies;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  databaseUrl = await freshDatabase();
  // nginx's port first: APP_URL (ESIA's return address, the origin of every form) is nginx's.
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Both started at once: their migrations and seeding take turns under the start-up lock.
  const instances = await Promise.all([startInstance("portal-1", base, 1), startInstance("portal-2", base, 1)]);
  const prefix = mkdtempSync(path.join(tmpdir(), "portal-nginx-e2e-"));
  folders.push(prefix);
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, instances }));
  const nginx = spawn(NGINX, ["-p", prefix, "-c", file, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  processes.push(nginx);
  await waitHealthy(base, "nginx", nginx);
});

test.afterAll(async () => {
  await waitForUsedSteps();
  for (const child of processes.reverse()) child.kill("SIGTERM");
  await Promise.all(
    processes.map((child) =>
      child.exitCode !== null ? undefined : new Promise((resolve) => child.once("exit", resolve)),
    ),
  );
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function servingInstances(page: Page, seen: Set<string>): void {
  page.on("response", (response) => {
    const instance = response.headers()["x-portal-instance"];
    if (instance && response.url().startsWith(base)) seen.add(instance);
  });
}

test("through nginx, a citizen signs in with ESIA and applies, a caseworker decides, and both instances serve", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const seen = new Set<string>();
  const parent = await (await browser.newContext({ baseURL: base, locale: "ru-RU" })).newPage();
  servingInstances(parent, seen);
  // The ESIA login starts on one instance and comes back to whichever nginx picks.
  const { number, url } = await submitKindergartenApplication(parent);
  expect(url.startsWith(base)).toBe(true);

  const caseworker = await (await browser.newContext({ baseURL: base, locale: "ru-RU" })).newPage();
  servingInstances(caseworker, seen);
  await signInStaff(caseworker, "kazan.specialist");
  await caseworker.goto(`/staff/queue?q=${encodeURIComponent(number)}`);
  await caseworker.getByRole("link", { name: number }).click();
  await confirmAction(caseworker, "Взять в работу", "Заявление взято в работу");
  await confirmAction(caseworker, "Принять положительное решение", "Положительное решение принято");

  await parent.goto(url);
  await expect(parent.getByTestId("application-status")).toHaveText("Положительное решение");
  expect([...seen].sort()).toEqual(["portal-1", "portal-2"]);
});

test.describe("the client address behind nginx is never what the client writes in X-Forwarded-For", () => {
  test("one trusted hop (TRUSTED_PROXY_HOPS=1): forged headers neither escape the address's login limit nor lock another address", async () => {
    test.setTimeout(120_000);
    const entry = new URL(base).host;
    // The address's limit is four times THROTTLE_MAX_FAILURES (5), counted over both instances.
    const bodies = await forgedLoginAttempts(entry, "127.0.0.60", 20, (index) => `203.0.113.${index}`);
    for (const body of bodies) expect(body).toContain("Неверный логин или пароль");
    expect((await forgedLoginAttempts(entry, "127.0.0.60", 1, () => "198.51.100.200"))[0]).toContain(
      "Слишком много неудачных попыток входа",
    );
    // The attacker's address forged by a neighbour does not make the neighbour the attacker.
    expect((await forgedLoginAttempts(entry, "127.0.0.61", 1, () => "127.0.0.60"))[0]).toContain(
      "Неверный логин или пароль",
    );
  });

  test("two trusted hops (an edge nginx before the portal's nginx, TRUSTED_PROXY_HOPS=2): the same", async () => {
    test.setTimeout(180_000);
    const instance = await startInstance("portal-3", base, 2);
    const inner = await startNginx([instance]);
    const edge = await startNginx([inner]);
    await waitHealthy(`http://${edge}`, "the edge nginx", processes.at(-1)!);
    // A forged chain of two entries, as if other proxies had written them.
    const bodies = await forgedLoginAttempts(
      edge,
      "127.0.0.70",
      20,
      (index) => `203.0.113.${index}, 198.51.100.${index}`,
    );
    for (const body of bodies) expect(body).toContain("Неверный логин или пароль");
    expect((await forgedLoginAttempts(edge, "127.0.0.70", 1, () => "198.51.100.201, 198.51.100.202"))[0]).toContain(
      "Слишком много неудачных попыток входа",
    );
    expect((await forgedLoginAttempts(edge, "127.0.0.71", 1, () => "127.0.0.70"))[0]).toContain(
      "Неверный логин или пароль",
    );
  });
});
