import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import {
  applicantFromEsia,
  consentAndReview,
  kindergartenStep,
  next,
  passEsia,
  paymentToBank,
  PASSWORD,
} from "./support/applications";

// «Татарча» (issue #15, decision 0019): a Tatar-speaking parent switches the portal to Tatar on the
// home page, signs in through ESIA (the mock ESIA, a federal system, stays Russian), sends an
// application and reads its status, the e-mail and SMS and the receipt in Tatar. The form steps
// are still Russian; they are filled through the shared helpers by their Russian labels.

const PORTAL_TT = "Татарстан Республикасының дәүләт һәм муниципаль хезмәтләр порталы";
const TATAR_LETTERS = ["ә", "ө", "ү", "җ", "ң", "һ"];

/** «ЕСИА аша керү» in Tatar; the first time, the persona registers a cabinet on the Tatar choice page. */
async function signInThroughEsiaInTatar(page: Page, persona: string) {
  await page.goto("/esia/start?intent=login&returnTo=%2Fcabinet");
  await passEsia(page, persona);
  if (await page.getByRole("heading", { name: "ЕСИА хисап язмасы шәхси кабинетка бәйләнмәгән" }).isVisible()) {
    await expectAccessible(page, "ESIA not linked: the choice in Tatar");
    const register = page.getByRole("form", { name: "Яңа шәхси кабинетны теркәү" });
    await register.getByLabel("Серсүз", { exact: true }).fill(PASSWORD);
    await register.getByLabel("Серсүзне кабатлагыз").fill(PASSWORD);
    await register.getByRole("button", { name: "Шәхси кабинетны теркәү" }).click();
  }
  await expect(page).toHaveURL(/\/cabinet$/);
}

/** «Гаризаны тутыру» on the service page in Tatar; the form steps themselves are still Russian. */
async function startApplicationInTatar(page: Page, serviceId: string) {
  await page.goto(`/services/${serviceId}`);
  await page.getByRole("button", { name: "Гаризаны тутыру" }).click();
  await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
}

test("a parent switches to Tatar, signs in, sends an application and reads status, notices and receipt in Tatar", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("navigation", { name: "Язык портала" }).getByRole("link", { name: "Татарча" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await expect(page.getByRole("heading", { level: 1, name: PORTAL_TT })).toBeVisible();
  await expect(page.getByRole("link", { name: "Хезмәтләр каталогы" })).toBeVisible();
  // The current language is marked, not a link; Russian is offered in Russian.
  await expect(
    page.getByRole("navigation", { name: "Портал теле" }).getByRole("link", { name: "Русский" }),
  ).toHaveAttribute("lang", "ru");
  await expectAccessible(page, "home in Tatar");

  await page.goto("/services");
  await expect(page.getByRole("heading", { level: 1, name: "Социаль яклау өлкәсендәге хезмәтләр" })).toBeVisible();
  await expectAccessible(page, "catalogue in Tatar");

  await signInThroughEsiaInTatar(page, "Шакирова Наиля");
  await expect(page.getByRole("heading", { level: 1, name: "Шәхси кабинет" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Шәхси кабинет бүлекләре" }).getByRole("link", { name: "Минем гаризаларым" }),
  ).toBeVisible();
  await expectAccessible(page, "cabinet in Tatar");

  await startApplicationInTatar(page, "kindergarten-basic");
  await applicantFromEsia(page);
  await next(page, "Сведения о детях");
  await next(page, "Детский сад");
  await kindergartenStep(page, "Шакиров Эмиль Булатович", /Казань/);
  await next(page, "Способ получения выплаты");
  await paymentToBank(page);
  await next(page, "Документы");
  await next(page, "Согласие и подтверждение");
  await consentAndReview(page);
  await page.getByRole("button", { name: "Отправить заявление" }).click();

  await expect(page.getByText("Гариза җибәрелде һәм теркәлде")).toBeVisible();
  const number = /№ (\S+)/.exec(await page.getByRole("heading", { level: 1 }).innerText())![1]!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`№ ${number} гариза`);
  await expect(page.getByTestId("application-status")).toHaveText(/Кабул ителде \(теркәлде\)|Гариза җибәрелде/);
  await expect(page.getByRole("heading", { name: "Карау тарихы" })).toBeVisible();
  await expect(page.getByTestId("application-channel")).toHaveText("ТР дәүләт хезмәтләре порталы");
  await expectAccessible(page, "application status in Tatar");
  const applicationUrl = page.url().replace(/\?.*$/, "");

  // The receipt, in the language of the page it is downloaded from.
  const receipt = await page.request.get(`${applicationUrl}/receipt`);
  expect(receipt.status()).toBe(200);
  const folder = mkdtempSync(path.join(tmpdir(), "tatar-receipt-"));
  writeFileSync(path.join(folder, "receipt.pdf"), await receipt.body());
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(folder, "receipt.pdf"), "-"], {
    encoding: "utf8",
  });
  expect(text).toContain("Гаризаны алу турында язу");
  expect(text).toContain(number);
  for (const letter of TATAR_LETTERS) expect(text, `the receipt has «${letter}»`).toContain(letter);

  // The e-mail and the SMS of the registration, in the language the person chose.
  await expect(async () => {
    await page.goto("/dev/outbox");
    const outbox = await page.getByRole("main").innerText();
    expect(outbox).toContain(`№ ${number} гариза: Кабул ителде (теркәлде)`);
    expect(outbox).toContain("Исәнмесез!");
    expect(outbox).toContain("Гаризаны шәхси кабинетта ачу");
  }).toPass({ timeout: 15_000 });

  await page.goto("/cabinet/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Белдерүләр" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Яңа № ${number} гариза: Кабул ителде (теркәлде)` })).toBeVisible();
  await expectAccessible(page, "notifications in Tatar");

  await page.goto("/cabinet/applications");
  await expect(
    page.getByRole("link", { name: `№ ${number} гариза: Балалар бакчасы өчен төп компенсация` }),
  ).toBeVisible();

  // The choice is on the person: the settings show it, and Russian comes back with one click.
  await page.goto("/cabinet/settings");
  await expect(page.getByRole("radio", { name: "Татарча" })).toBeChecked();
  await page.getByRole("navigation", { name: "Портал теле" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/cabinet\/settings$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Настройки" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switch keeps the page and remembers the language", async ({ page }) => {
    await page.goto("/services");
    await page.getByRole("link", { name: "Татарча" }).click();
    await expect(page).toHaveURL(/\/services$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tt");
    await expect(page.getByRole("heading", { level: 1, name: "Социаль яклау өлкәсендәге хезмәтләр" })).toBeVisible();
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1, name: "Бит табылмады" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "tt");
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  });

  test("a forged language or return address falls back to Russian and to the portal", async ({ page }) => {
    await page.goto("/language?to=en&back=https://evil.example/");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});
