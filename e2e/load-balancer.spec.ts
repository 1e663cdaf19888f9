import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { freePort } from "../lib/messaging/smtp-sink";
import { submitKindergartenApplication } from "./support/applications";
import { freshDatabase, Instances } from "./support/instances";
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

const instances = new Instances();
let databaseUrl: string;
let base: string;

/** One instance of the build on the spec's database, as deploy/ runs it, behind nginx at `base`. */
function startInstance(name: string, appUrl: string, trustedHops: number): Promise<string> {
  return instances.portal({ name, appUrl, databaseUrl, trustedHops });
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
  databaseUrl = await freshDatabase(TEST_DATABASE_URL!, "lb");
  // nginx's port first: APP_URL (ESIA's return address, the origin of every form) is nginx's.
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Both started at once: their migrations and seeding take turns under the start-up lock.
  const started = await Promise.all([startInstance("portal-1", base, 1), startInstance("portal-2", base, 1)]);
  await instances.nginx(started, port);
});

test.afterAll(async () => {
  await waitForUsedSteps();
  await instances.stopAll();
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
    const inner = await instances.nginx([instance]);
    const edge = await instances.nginx([inner]);
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
