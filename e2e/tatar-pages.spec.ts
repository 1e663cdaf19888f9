import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { PASSWORD, unique } from "./support/applications";

// «Татарча» on the citizen pages outside the application form (issue #15, decision 0019): a visitor
// in Tatar reads a service page and estimates an amount, opens a leaflet and the ESIA problem page,
// and registers a cabinet; every message beside a field is in Tatar, with JavaScript on and off.

const SERVICE_TT = "Балалар бакчасы өчен ата-ана түләвенең бер өлешенә төп компенсация билгеләү";

/** A child of four today, as dd.mm.yyyy (Moscow time is close enough for a four-year-old). */
function fourYearsAgo(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 4);
  return [date.getDate(), date.getMonth() + 1]
    .map((part) => String(part).padStart(2, "0"))
    .concat(String(date.getFullYear()))
    .join(".");
}

/** Switches to Tatar with the header's switch, staying on the page. */
async function switchToTatar(page: Page) {
  const here = new URL(page.url()).pathname;
  await page.getByRole("navigation", { name: "Язык портала" }).getByRole("link", { name: "Татарча" }).click();
  await expect(page).toHaveURL(new RegExp(`${here.replace(/[/]/g, "\\/")}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "tt");
}

/** The newest code sent to this address, read on the developer's outbox (Russian by rule). */
async function codeSentTo(context: BrowserContext, recipient: string): Promise<string> {
  const outbox = await context.newPage();
  await outbox.goto(`/dev/outbox?recipient=${encodeURIComponent(recipient)}`);
  const newest = outbox.getByRole("list", { name: "Исходящие сообщения" }).getByRole("listitem").first();
  await expect(newest).toBeVisible();
  const code = /\b(\d{6})\b/.exec(await newest.innerText())?.[1];
  await outbox.close();
  expect(code, `a code sent to ${recipient}`).toBeTruthy();
  return code!;
}

/**
 * What a person reads on the error page: with JavaScript, Next draws app/(portal)/error.tsx in
 * the browser; without it the page is Next's empty error document, which the root layout's style
 * fills with the words (components/no-script-error-page.tsx), read here as the browser renders them.
 */
async function errorPageText(page: Page, javaScriptEnabled: boolean): Promise<string> {
  if (javaScriptEnabled) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    return page.locator("main").innerText();
  }
  return page
    .locator("body")
    .evaluate((body) =>
      ["::before", "::after"].map((part) => getComputedStyle(body, part).content.replace(/^"|"$/g, "")).join("\n"),
    );
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Tatar citizen pages (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("a visitor reads a service page in Tatar and estimates an amount, with one wrong date", async ({ page }) => {
      await page.goto("/services/kindergarten-basic");
      await switchToTatar(page);
      await expect(page.getByRole("heading", { level: 1, name: SERVICE_TT })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Кем мөрәҗәгать итә ала" })).toBeVisible();
      await expect(page.getByText("Татарстан Республикасында балалар бакчасына йөрүче баланың")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Кайчан үзегезгә килергә кирәк" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Башлау: ЕСИА аша керү" })).toBeVisible();
      await expectAccessible(page, "service page in Tatar");

      await page.getByRole("link", { name: "Түләү күләмен исәпләү" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Алдан исәп-хисап" })).toBeVisible();
      await expect(page).toHaveTitle(/Алдан исәп-хисап — Балалар бакчасы өчен төп компенсация/);
      await expectAccessible(page, "estimate in Tatar");

      const birthDate = page.getByLabel("Баланың туу датасы");
      await birthDate.fill("31.02.2020");
      await page.getByLabel("Гаиләдәге балалар саны").fill("2");
      await page.getByLabel("Бала ничәнче булып туган").fill("2");
      await page.getByLabel("Төркемдә булу режимы").selectOption({ label: "9 сәг." });
      await page.getByLabel("Айлык ата-ана түләве, ₽").fill("2 500");
      await page.getByRole("button", { name: "Исәпләү" }).click();
      // Checked in the browser with JavaScript, by the server without: the same Tatar message.
      await expect(birthDate).toHaveAccessibleDescription(/Датаны кк\.аа\.ееее форматында языгыз/);
      await expect(birthDate).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("link", { name: /Датаны кк\.аа\.ееее форматында языгыз/ })).toBeVisible();
      // Nothing typed is lost.
      await expect(page.getByLabel("Айлык ата-ана түләве, ₽")).toHaveValue("2 500");
      await expectAccessible(page, "estimate in Tatar with an error");

      await birthDate.fill(fourYearsAgo());
      await page.getByRole("button", { name: "Исәпләү" }).click();
      const result = page.getByRole("region", { name: "Алдан исәп-хисап нәтиҗәсе" });
      await expect(result).toBeVisible();
      await expect(result).toContainText("Күрәсең, сезнең түләү алырга хокукыгыз бар");
      await expect(result).toContainText("Якынча күләме:");
      await expect(result).toContainText(/айга \d/);
      await expect(result).toContainText("Бу — алдан бәяләү генә, карар түгел.");
      // The computation, line by line, in Tatar: the child's order, the age group, the formula.
      await expect(result.getByRole("heading", { name: "Ничек исәпләнгән" })).toBeVisible();
      await expect(result.getByRole("term").filter({ hasText: "Баланың туу тәртибе" })).toBeVisible();
      await expect(result).toContainText(/2 бала арасыннан икенче — ата-ана түләвенең уртача күләменнән 50 %/);
      await expect(result).toContainText(/[34] яшь — «3 яшьтән» яшь төркеме/);
      await expect(result.getByRole("term").filter({ hasText: "Төп компенсация" })).toBeVisible();
      await expect(result).not.toContainText("Очередность рождения");
      // The reference data and what the estimate assumes, in Tatar too.
      await expect(result.getByRole("heading", { name: "Нинди белешмә мәгълүматлар кулланылган" })).toBeVisible();
      await expect(result.getByText("ТРда ата-ана түләвенең уртача күләме", { exact: true })).toBeVisible();
      await expect(result).toContainText(/\d\d\.\d\d\.\d{4} көненнән \d\d\.\d\d\.\d{4} көненә кадәр гамәлдә/);
      await expect(result.getByRole("heading", { name: "Исәп-хисап нәрсәне күздә тота" })).toBeVisible();
      await expect(
        result.getByText(
          "Бала Татарстан Республикасында балалар бакчасына йөри, айлык ата-ана түләве тулысынча кертелгән.",
        ),
      ).toBeVisible();
      await expect(result).not.toContainText(/Средний размер|Ребенок посещает|действует с/i);
      await expectAccessible(page, "estimate result in Tatar");

      // A 12-hour group: the act in force has no figure for it, and the page says so in Tatar.
      await page.getByLabel("Төркемдә булу режимы").selectOption({ label: "12 сәг." });
      await page.getByRole("button", { name: "Исәпләү" }).click();
      await expect(result).toContainText("Түләүне алдан исәпләп булмый");
      await expect(result).toContainText(/12 сәгатьлек төркем өчен ата-ана түләвенең уртача күләме билгеләнмәгән/);
      await expect(result).not.toContainText(/Средний размер|не установлен/);
    });

    test("a visitor in Tatar is told why the child allowance is probably refused", async ({ page }) => {
      await page.goto("/services/child-allowance/estimate");
      await switchToTatar(page);
      await page.getByLabel("Гаилә әгъзалары саны").fill("3");
      await page.getByLabel("Гаиләнең 3 айлык кереме, ₽").fill("900 000");
      await page.getByLabel("16 яшькә кадәрге балалар саны").fill("1");
      await page.getByLabel("Гаилә категориясе").selectOption({ label: "Юк" });
      await page.getByRole("button", { name: "Исәпләү" }).click();
      const result = page.getByRole("region", { name: "Алдан исәп-хисап нәтиҗәсе" });
      await expect(result).toContainText("Күрәсең, түләү алырга хокук юк");
      await expect(result.getByRole("listitem").first()).toHaveText(
        "Гаиләнең җан башына уртача кереме билгеләнгән күләмнән артып китә",
      );
      await expect(result).toContainText("җан башына уртача керем яшәү минимумыннан артып китә");
      await expect(result).toContainText("Балага айлык пособие (региональ)");
      await expect(result).toContainText(/база күләме — рәсми күләм түгел/);
      await expect(result).toContainText(/бердәм пособиене Россия Социаль фондының/);
      await expect(result).not.toContainText(/Среднедушевой|превышает|демонстрационное|единое пособие/);
      await expectAccessible(page, "refused estimate in Tatar");
    });

    test("a page that fails on the server shows the error page in the person's language", async ({ page }) => {
      const answer = await page.goto("/dev/failure");
      expect(answer?.status()).toBe(500);
      expect(await errorPageText(page, javaScriptEnabled)).toContain("Произошла ошибка");

      // The language a person chose with the switch: its cookie.
      await page.context().addCookies([{ name: "lang", value: "tt", url: new URL(page.url()).origin }]);
      expect((await page.goto("/dev/failure"))?.status()).toBe(500);
      const text = await errorPageText(page, javaScriptEnabled);
      expect(text).toContain("Хата килеп чыкты");
      expect(text).toContain("Битне күрсәтеп булмады.");
      expect(text).toMatch(/Хата коды: [\w-]+/);
      expect(text).not.toMatch(/Произошла|Не удалось/);
    });

    test("a visitor in Tatar opens a leaflet and the page of a refused ESIA login", async ({ page }) => {
      await page.goto("/leaflets");
      await switchToTatar(page);
      await expect(page.getByRole("heading", { level: 1, name: "Мәгълүмат битләре" })).toBeVisible();
      await page.getByRole("link", { name: "Балага пособие алу өчен гариза бирегез" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Балага пособие алу өчен гариза бирегез" }),
      ).toBeVisible();
      await expect(page.getByText("Гаризаны тутырыгыз")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Ярдәм хезмәте телефоннары" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Балага айлык пособие билгеләү" })).toBeVisible();
      await expectAccessible(page, "leaflet in Tatar");

      await page.goto("/esia/problem?reason=access_denied");
      await expect(
        page.getByRole("heading", { level: 1, name: "Сез керү мөмкинлеге бирүдән баш тарттыгыз" }),
      ).toBeVisible();
      await expect(page.getByText("Бәйләү үзгәртелмәде.")).toBeVisible();
      await expect(page.getByRole("link", { name: "ЕСИАга бәйләү" })).toBeVisible();
      await expectAccessible(page, "ESIA problem page in Tatar");
    });

    test("a person registers a cabinet in Tatar: a short password, a wrong code, then the right one", async ({
      page,
    }) => {
      const email = `tatar${unique()}@example.ru`;
      await page.goto("/register");
      await switchToTatar(page);
      await expect(page.getByRole("heading", { level: 1, name: "Теркәлү" })).toBeVisible();
      await page.getByLabel("Фамилия").fill("Гарифуллина");
      await page.getByLabel("Исем", { exact: true }).fill("Гульназ");
      await page.getByLabel("Электрон почта").fill(email);
      const password = page.getByLabel("Серсүз", { exact: true });
      await password.fill("short");
      await page.getByLabel("Серсүзне кабатлагыз").fill("short");
      await page.getByLabel(/шәхси мәгълүматларымны эшкәртүгә ризалык бирәм/).check();
      await page.getByRole("button", { name: "Теркәлергә" }).click();
      await expect(password).toHaveAccessibleDescription(/Серсүз кимендә 8 билгедән торырга тиеш/);
      await expect(password).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Фамилия")).toHaveValue("Гарифуллина");
      await expectAccessible(page, "registration in Tatar with an error");

      await page.getByLabel("Серсүз", { exact: true }).fill(PASSWORD);
      await page.getByLabel("Серсүзне кабатлагыз").fill(PASSWORD);
      await page.getByRole("button", { name: "Теркәлергә" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Теркәлүне раслау" })).toBeVisible();
      await expectAccessible(page, "registration code in Tatar");
      const code = await codeSentTo(page.context(), email);
      const codeField = page.getByLabel("Раслау коды");
      await codeField.fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
      await page.getByRole("button", { name: "Раслау" }).click();
      await expect(codeField).toHaveAccessibleDescription(/Код дөрес түгел\. Хәбәрдәге кодны тикшерегез\./);
      await codeField.fill(code);
      await page.getByRole("button", { name: "Раслау" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Шәхси кабинет" })).toBeVisible();

      await page.goto("/cabinet/settings/esia");
      await expect(page.getByRole("heading", { name: "ЕСИАга бәйләү", level: 2 })).toBeVisible();
      await expect(page.getByText("Шәхси кабинет ЕСИА хисап язмасына бәйләнмәгән.")).toBeVisible();
      await expectAccessible(page, "ESIA linking settings in Tatar");
    });
  });
}
