import { expect, test } from "@playwright/test";
import { relay } from "../lib/db/test-relay";
import { freePort } from "../lib/messaging/smtp-sink";
import { expectAccessible } from "./support/accessibility";
import { applicantFromEsia, signInThroughEsia, startApplication } from "./support/applications";
import { dropDatabase, freshDatabase, Instances } from "./support/instances";

// A database outage is a state, not a crash (issue #11): a portal instance on PostgreSQL through
// a relay that the test cuts and restores. While the server is away a citizen gets the Russian
// 503 page with Retry-After, a form step posted meanwhile keeps what was typed, and once the
// server answers again the same person goes on without signing in again.

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
test.skip(!TEST_DATABASE_URL, "runs on PostgreSQL only (TEST_DATABASE_URL): the outage is a server going away");
test.describe.configure({ mode: "serial" });

const instances = new Instances();
let databaseUrl: string;
let database: ReturnType<typeof relay>;
let base: string;
let away = false;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  databaseUrl = await freshDatabase(TEST_DATABASE_URL!, "outage");
  database = relay(new URL(databaseUrl));
  const through = new URL(databaseUrl);
  through.hostname = "127.0.0.1";
  through.port = String(await database.start());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await instances.portal({ name: "portal-outage", appUrl: base, databaseUrl: through.toString(), port });
});

test.afterAll(async () => {
  if (away) await database.start();
  await instances.stopAll();
  await dropDatabase(databaseUrl);
});

test("a citizen meets a database outage on a form step and goes on once it is over", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext({ baseURL: base, locale: "ru-RU" })).newPage();
  await signInThroughEsia(page, "Хасанова Алия");
  await startApplication(page, "kindergarten-basic");
  await applicantFromEsia(page);
  // Step 2, «Адрес регистрации»: a living address typed by hand.
  await page.getByLabel("Адрес проживания совпадает с адресом регистрации").uncheck();
  const living = page.getByLabel("Адрес проживания", { exact: true });
  await living.fill("г. Казань, ул. Декабристов, д. 8, кв. 3");

  await database.stop();
  away = true;
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  // The same page answers: a message at the top, and the address still as typed.
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toContainText("Сервис временно недоступен");
  await expect(summary).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Адрес регистрации");
  await expect(living).toHaveValue("г. Казань, ул. Декабристов, д. 8, кв. 3");

  // A page opened meanwhile is the Russian 503 page with Retry-After, not an error page.
  const other = await page.context().newPage();
  const answer = await other.goto("/cabinet");
  expect(answer?.status()).toBe(503);
  expect(answer?.headers()["retry-after"]).toBe("5");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Сервис временно недоступен");
  await expectAccessible(other, "страница «Сервис временно недоступен»");

  // The database answers again: the instance notices by itself within seconds, no restart.
  await database.start();
  away = false;
  const back = Date.now();
  await expect
    .poll(async () => (await other.goto("/cabinet"))?.status(), { timeout: 15_000, intervals: [250] })
    .toBe(200);
  test.info().annotations.push({ type: "back after", description: `${Date.now() - back} ms` });
  await expect(other.getByRole("heading", { name: "Личный кабинет" })).toBeVisible();

  // The same «Далее» pressed again saves the step as typed and goes on.
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Сведения о детях", exact: true })).toBeVisible();
  await page.getByRole("link", { name: /^2\. Адрес регистрации/ }).click();
  await expect(page.getByLabel("Адрес проживания", { exact: true })).toHaveValue(
    "г. Казань, ул. Декабристов, д. 8, кв. 3",
  );
});
