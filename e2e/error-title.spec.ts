import { expect, test, type Page } from "@playwright/test";
import { signInThroughEsia } from "./support/applications";

// GOV.UK's pattern: after a submit with errors the page's title starts with «Ошибка: », so a
// screen reader announces the failure with the page; after a valid submit the next page's title
// has no prefix. Without JavaScript the title is the one in the page the server answers the
// post with; with JavaScript the browser checks first. Either way there is one <title>.

const PORTAL = "Портал государственных и муниципальных услуг Республики Татарстан";

async function titles(page: Page) {
  return page.locator("title").evaluateAll((elements) => elements.map((element) => element.textContent));
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a step posted with a mistake is titled «Ошибка: …»; the next step after a valid post is not", async ({
      page,
    }) => {
      await signInThroughEsia(page, javaScriptEnabled ? "Миронов Денис" : "Галиева Алсу");
      await page.goto("/services/kindergarten-basic");
      await page.getByRole("button", { name: "Заполнить заявление" }).click();
      // An open draft of this person resumes where it stopped: the test starts at its first step.
      await page.waitForURL(/\/(step\/[a-z-]+|review)$/);
      await page.goto(page.url().replace(/\/(step\/[a-z-]+|review)$/, "/step/applicant"));
      await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
      await expect(page).toHaveTitle(`Сведения о заявителе — ${PORTAL}`);
      expect(await titles(page)).toEqual([`Сведения о заявителе — ${PORTAL}`]);

      await page.getByLabel("Мобильный телефон").fill("12345");
      await page.getByRole("button", { name: "Далее", exact: true }).click();
      await expect(page.getByRole("alert").getByText("Исправьте ошибки")).toBeVisible();
      await expect(page).toHaveTitle(`Ошибка: Сведения о заявителе — ${PORTAL}`);
      expect(await titles(page)).toEqual([`Ошибка: Сведения о заявителе — ${PORTAL}`]);
      await expect(page.getByLabel("Мобильный телефон")).toHaveValue("12345");

      await page.getByLabel("Мобильный телефон").fill("+7 917 000-00-10");
      await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Мать" });
      await page.getByRole("button", { name: "Далее", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Адрес регистрации" })).toBeVisible();
      await expect(page).toHaveTitle(`Адрес регистрации — ${PORTAL}`);
      expect(await titles(page)).toEqual([`Адрес регистрации — ${PORTAL}`]);

      // «Назад» and a page of another kind keep the one title too.
      await page.getByRole("button", { name: "Назад" }).click();
      await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
      await expect(page).toHaveTitle(`Сведения о заявителе — ${PORTAL}`);
      await page.goto("/cabinet");
      await expect(page).not.toHaveTitle(/Сведения о заявителе|^Ошибка/);
    });
  });
}
