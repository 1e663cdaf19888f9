import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { registerCabinet, PASSWORD, signInThroughEsia, startApplication } from "./support/applications";
import { signInStaff } from "./support/staff";

// The accessibility gate over the page states the citizen, staff and mock journeys visit: axe
// (WCAG 2.1 A/AA) and no horizontal scroll at 320 px on each; then the keyboard-only journey.

test.describe("accessibility gate", () => {
  test("citizen, signed out: home, catalogue, a service, the estimate, login with an error, instruction, leaflets", async ({
    page,
  }) => {
    for (const [path, state] of [
      ["/", "главная"],
      ["/services", "каталог услуг"],
      ["/services/kindergarten-basic", "страница услуги"],
      ["/services/kindergarten-basic/estimate", "предварительный расчет"],
      ["/esia-instruction", "инструкция ЕСИА"],
      ["/leaflets", "информационные листы"],
      ["/register", "регистрация"],
      ["/login", "вход"],
    ] as const) {
      await page.goto(path);
      await expectAccessible(page, state);
    }
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await expectAccessible(page, "вход с ошибкой");
  });

  test("citizen, signed in: cabinet, a form step with an error, check your answers", async ({ page }) => {
    await signInThroughEsia(page, "Хасанова Алия");
    await expectAccessible(page, "личный кабинет");
    await startApplication(page, "kindergarten-basic");
    await expectAccessible(page, "шаг «Сведения о заявителе»");
    await page.getByRole("button", { name: "Далее", exact: true }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await expectAccessible(page, "шаг с ошибкой");
    await page.goto(page.url().replace(/\/step\/.*$/, "/review"));
    await expectAccessible(page, "проверка заявления");
    // The persona is the linking journeys' too (e2e/esia-linking.spec.ts): leave it unlinked.
    await page.goto("/cabinet/settings/esia");
    await page.getByRole("button", { name: "Отвязать от ЕСИА" }).click();
    await page.getByRole("button", { name: "Да, отвязать" }).click();
    await expect(page.getByText("Привязка к ЕСИА удалена.")).toBeVisible();
  });

  test("staff: login with an error, the queue", async ({ page }) => {
    await page.goto("/staff/login");
    await expectAccessible(page, "вход для сотрудников");
    await signInStaff(page, "kazan.specialist");
    await expectAccessible(page, "рабочее место специалиста");
  });

  test("staff: «Показатели» of the republic, of a territory, with a wrong target, and a supervisor's", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000); // two sign-ins and four axe runs over pages with 45-row tables
    await signInStaff(page, "ministry");
    await page.goto("/staff/dashboard");
    await expectAccessible(page, "показатели республики");
    await page.goto("/staff/dashboard?territory=kazan");
    await expectAccessible(page, "показатели территории");
    await page.getByLabel("Целевая доля электронных заявлений, %").fill("150");
    await page.getByRole("button", { name: "Сохранить цель" }).click();
    await expect(page.getByText("Введите целое число процентов от 1 до 100")).toBeVisible();
    await expectAccessible(page, "показатели: цель с ошибкой");
    const supervisor = await (await browser.newContext()).newPage();
    await signInStaff(supervisor, "kazan.supervisor");
    await supervisor.goto("/staff/dashboard");
    await expectAccessible(supervisor, "показатели руководителя");
    await supervisor.context().close();
  });

  test("mock ESIA: login, scenarios, consent", async ({ page }) => {
    await page.goto("/esia-mock/scenarios");
    await expectAccessible(page, "сценарии мок-ЕСИА");
    await page.goto("/esia/start?intent=login&returnTo=%2Fcabinet");
    await expect(page).toHaveURL(/\/esia-mock\/login/);
    await expectAccessible(page, "вход мок-ЕСИА");
    await page.getByRole("button", { name: "Войти как Хасанова Алия" }).click();
    await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible();
    await expectAccessible(page, "согласие мок-ЕСИА");
  });
});

/** Presses Tab until `target` has focus (at most 60 times): the way a keyboard user gets there. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("Tab never reached the element");
}

test.describe("keyboard only", () => {
  test("login and a form step with an error, Tab and Enter only; focus goes to the error summary each time", async ({
    page,
  }) => {
    const email = await registerCabinet(page, { lastName: "Клавишина", firstName: "Лейла" });
    await page.getByRole("button", { name: "Выйти" }).click();

    await page.goto("/login");
    const summary = page.locator("[data-error-summary]");
    const login = page.getByLabel("Электронная почта или мобильный телефон");
    await tabTo(page, login);
    await page.keyboard.press("Enter");
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Ошибка: /);

    // From the summary, Tab reaches its first link; Enter on it puts focus in that field.
    await page.keyboard.press("Tab");
    await expect(summary.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(login).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Wrong-password-1");
    await page.keyboard.press("Enter");
    await expect(summary).toBeFocused();

    await tabTo(page, page.getByLabel("Пароль", { exact: true }));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/cabinet$/);

    await page.goto("/services/kindergarten-basic");
    await tabTo(page, page.getByRole("button", { name: "Заполнить заявление" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Далее", exact: true }));
    await page.keyboard.press("Enter");
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Ошибка: Сведения о заявителе/);
    // The summary lists the errors in page order: its links' targets stand in that order.
    const positions = await summary.getByRole("link").evaluateAll((links) => {
      const all = Array.from(document.querySelectorAll("input, select, textarea"));
      return links.map((link) => all.indexOf(document.getElementById(link.getAttribute("href")!.slice(1))!));
    });
    expect(positions.length).toBeGreaterThan(1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions).not.toContain(-1);
    const firstTarget = await summary.getByRole("link").first().getAttribute("href");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator(firstTarget!)).toBeFocused();
    // A second failed «Далее» brings focus back to the summary, not to a field.
    await tabTo(page, page.getByRole("button", { name: "Далее", exact: true }));
    await page.keyboard.press("Enter");
    await expect(summary).toBeFocused();
  });

  test("without JavaScript the server's page opens on the error summary", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await context.close();
  });
});
