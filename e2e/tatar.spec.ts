import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { passEsia, PASSWORD, signInThroughEsia } from "./support/applications";

// «Татарча» (issue #15, decision 0019): a Tatar-speaking parent switches the portal to Tatar on the
// home page, signs in through ESIA (the mock ESIA, a federal system, stays Russian), sends an
// application (with one error on the way, and a switch of language on a step that keeps what was
// typed) and reads check-your-answers, its status, the e-mail and SMS and the receipt in Tatar.
// The same step without JavaScript answers in Tatar from the server.

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

/**
 * From the service page (its own words are another page's) to the first step of the draft it opens
 * (or of the person's open draft, which the page offers to continue).
 */
async function startApplicationInTatar(page: Page) {
  await page.goto("/services/kindergarten-basic");
  await page.locator("main form").getByRole("button").first().click();
  await expect(page).toHaveURL(/\/cabinet\/applications\/\d+\//);
  const draft = /\/cabinet\/applications\/(\d+)\//.exec(page.url())![1]!;
  if (!page.url().endsWith("/step/applicant")) await page.goto(`/cabinet/applications/${draft}/step/applicant`);
  await expect(page.getByRole("heading", { level: 1, name: "Гариза бирүче турында мәгълүмат" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
  await expect(page.getByRole("navigation", { name: "Гаризаны тутыру этаплары" })).toBeVisible();
}

async function nextInTatar(page: Page, heading: string) {
  await page.getByRole("button", { name: "Алга", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
}

/** The message beside the field and, as a link to it, in the summary «Хаталарны төзәтегез». */
async function expectTatarError(page: Page, field: string, message: string) {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Хаталарны төзәтегез" }) });
  await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", `#field-${field}`);
  await expect(page.locator(`#field-${field}-error`)).toHaveText(`Хата: ${message}`);
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

  await startApplicationInTatar(page);
  // One error: «Алга» without saying who the applicant is to the child. The browser's check answers in Tatar.
  await expect(page.getByText("Адым 1, барлыгы 8. Каралама һәр адымда саклана.")).toBeVisible();
  await expect(page.getByLabel("СНИЛС", { exact: true })).not.toHaveValue("");
  await expect(page.getByText("ЕСИАдан тутырылды").first()).toBeVisible();
  await page.getByRole("button", { name: "Алга", exact: true }).click();
  await expectTatarError(page, "role", "«Сез балага кем буласыз» кырында мәгънәне сайлагыз");
  await expectAccessible(page, "applicant step with an error in Tatar");

  // The header's switch on a step keeps what was typed (the step is saved as a draft first).
  await page.getByLabel("Электрон почта").fill("shakirova@example.ru");
  await page.getByRole("navigation", { name: "Портал теле" }).getByRole("link", { name: "Русский" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Сведения о заявителе" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByLabel("Электронная почта")).toHaveValue("shakirova@example.ru");
  await page.getByRole("button", { name: "Татарча" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Гариза бирүче турында мәгълүмат" })).toBeVisible();
  await expect(page.getByLabel("Электрон почта")).toHaveValue("shakirova@example.ru");

  await page.getByLabel("Сез балага кем буласыз").selectOption({ label: "Әни" });
  await nextInTatar(page, "Теркәлү адресы");
  await nextInTatar(page, "Балалар турында мәгълүмат");
  // A child named with Tatar letters (ә ө ү җ ң һ) passes the name check, in the Tatar form of a patronymic.
  const child = page.getByRole("group", { name: "Бала 1" });
  await child.getByLabel("Исем", { exact: true }).fill("Әмир");
  await child.getByLabel("Атасының исеме").fill("Булат улы");
  await nextInTatar(page, "Балалар бакчасы");
  await page.getByLabel("Балалар бакчасына йөри торган бала").selectOption({ label: "Шакиров Әмир Булат улы" });
  const kindergarten = page.getByLabel("Балалар бакчасы", { exact: true });
  const option = kindergarten.locator("option", { hasText: /Казань/ }).first();
  await kindergarten.selectOption({ label: (await option.textContent())! });
  await page.getByLabel("Шартнамә номеры").fill("77/2025");
  await page.getByLabel("Шартнамә көне").fill("01.09.2025");
  await page.getByLabel("Төркемдә булу режимы").selectOption({ label: "9 сәг." });
  await page.getByLabel("Айлык ата-ана түләве, ₽").fill("3 500");
  await page.getByLabel("Агымдагы ай өчен ата-ана түләве кертелгән").check();
  await nextInTatar(page, "Түләүне алу ысулы");
  await page.getByRole("radio", { name: "Банктагы счетка" }).check();
  await page.getByLabel("Банкның БИКы").fill("049205603");
  await page.getByLabel("Счет номеры").fill("40817810700000012345");
  await nextInTatar(page, "Документлар");
  await nextInTatar(page, "Ризалык һәм раслау");
  await page.getByLabel("Шәхси мәгълүматларымны эшкәртүгә ризалык бирәм").check();
  await page.getByLabel("Гаризадагы мәгълүматларның дөрес булуын раслыйм").check();
  await page.getByLabel(/хәбәр итәргә йөкләмә алам/).check();
  await page.getByRole("button", { name: "Гаризаны тикшерүгә күчү" }).click();

  // Check your answers, in Tatar.
  await expect(page.getByRole("heading", { level: 1, name: "Гаризаны тикшерегез" })).toBeVisible();
  await expect(page.getByText("Адым 8, барлыгы 8.")).toBeVisible();
  const answers = page.getByRole("region", { name: "Балалар бакчасы" });
  await expect(answers.getByRole("term").filter({ hasText: "Шартнамә номеры" })).toBeVisible();
  await expect(answers.getByRole("definition").filter({ hasText: "9 сәг." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Гариза бирүче турында мәгълүмат" }).getByText("Әни")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Балалар турында мәгълүмат" }).getByText("Әмир", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^Үзгәртү ?: Шартнамә номеры$/ })).toBeVisible();
  // The portal's preliminary calculation, line by line in Tatar; the child's name as it is.
  const calculation = page.getByRole("region", { name: "Алдан исәпләү" });
  await expect(calculation.getByText("Бала: Шакиров Әмир Булат улы")).toBeVisible();
  await expect(calculation).toContainText(/Туу тәртибе: гаиләдә \d+ нче бала; гаилә күп балалы( түгел)?/);
  await expect(calculation).toContainText(/Төп компенсация: түләүнең уртача күләменнән \d+ % = /);
  await expect(calculation).not.toContainText(/Ребенок|Очередность|Основная компенсация|Размер компенсации/);
  await expectAccessible(page, "check your answers in Tatar");
  await page.getByRole("button", { name: "Гаризаны җибәрү" }).click();

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

  test("a form step answers in Tatar from the server, and its language button keeps what was typed", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    // Signed in with JavaScript (the mock ESIA's pages are not this test's subject), then without it.
    const signIn = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const withScript = await signIn.newPage();
    await withScript.goto("/language?to=tt&back=/");
    await signInThroughEsia(withScript, "Шакирова Наиля");
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      javaScriptEnabled: false,
      storageState: await signIn.storageState(),
    });
    await signIn.close();
    const page = await context.newPage();
    await startApplicationInTatar(page);
    await page.getByLabel("Сез балага кем буласыз").selectOption("");
    await page.getByRole("button", { name: "Алга", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Гариза бирүче турында мәгълүмат" })).toBeVisible();
    await expectTatarError(page, "role", "«Сез балага кем буласыз» кырында мәгънәне сайлагыз");
    await expectAccessible(page, "applicant step with an error in Tatar, without JavaScript");

    // The step's own button posts the form: the draft is saved, the step comes back in Russian with it.
    await page.getByLabel("Электрон почта").fill("nojs@example.ru");
    await page.getByRole("button", { name: "Русский" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Сведения о заявителе" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByLabel("Электронная почта")).toHaveValue("nojs@example.ru");
    // The header's switch is a plain link: the step reloads in Tatar with what was saved.
    await page.getByRole("navigation", { name: "Язык портала" }).getByRole("link", { name: "Татарча" }).click();
    await expect(page.getByLabel("Электрон почта")).toHaveValue("nojs@example.ru");
    await context.close();
  });

  test("a forged language or return address falls back to Russian and to the portal", async ({ page }) => {
    await page.goto("/language?to=en&back=https://evil.example/");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});
