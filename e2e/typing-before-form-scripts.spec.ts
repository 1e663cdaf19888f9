import { expect, test, type Page, type Request, type Route } from "@playwright/test";
import { registerCabinet } from "./support/applications";

// A form's react-hook-form, its zod schema and zod itself load when the person first works in the
// form (components/forms/enhanced-form.tsx), not with the page. On a slow line a person types
// before they arrive: nothing typed may be lost when they do, the field keeps the focus (the form
// and its fields are not mounted again), and a «Далее» pressed before then is answered by the
// server with the same error summary, which takes focus.

/** Holds every script the page asks for from now on, until `release`. */
async function holdLaterScripts(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route("**/_next/static/**/*.js", async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** The POST requests (server actions) the page sends from now on. */
function postsOf(page: Page): Request[] {
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request);
  });
  return posts;
}

async function openApplicantStep(page: Page, person: { lastName: string; firstName: string }) {
  await registerCabinet(page, person);
  await page.goto("/services/kindergarten-basic");
  await page.getByRole("button", { name: "Заполнить заявление" }).click();
  await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const form = page.locator("form").filter({ has: page.getByLabel("Мобильный телефон") });
  // The page has loaded without react-hook-form: the form is a plain form until it is used.
  await expect(form).not.toHaveAttribute("data-enhanced");
  return form;
}

test.describe("typing in a step before its form scripts have arrived", () => {
  test("everything typed stays and the field keeps the focus when they arrive; then the browser checks «Далее»", async ({
    page,
  }) => {
    const form = await openApplicantStep(page, { lastName: "Ранняя", firstName: "Зульфия" });
    const scripts = await holdLaterScripts(page);

    const lastName = page.getByLabel("Фамилия");
    await lastName.click();
    // The first focus asks for react-hook-form and the schema; they are held.
    await expect.poll(() => scripts.held()).toBeGreaterThan(0);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Ранняя-Сафина");
    await page.getByLabel("Мобильный телефон").fill("12345");
    await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Мать" });
    await page.getByRole("radio", { name: "Женский" }).check();
    const middleName = page.getByLabel("Отчество");
    await middleName.click();
    await page.keyboard.type("Ильда");
    await expect(form).not.toHaveAttribute("data-enhanced");
    const fieldBefore = await middleName.elementHandle();
    const formBefore = await form.elementHandle();

    await scripts.release();
    await expect(form).toHaveAttribute("data-enhanced", "");
    // Not mounted again: the very elements of before are still in the page, the field focused.
    expect(await formBefore!.evaluate((element) => element.isConnected)).toBe(true);
    expect(await fieldBefore!.evaluate((element) => element.isConnected && element === document.activeElement)).toBe(
      true,
    );
    // The same field, still focused, with the caret where it was: typing goes on.
    await expect(middleName).toBeFocused();
    await page.keyboard.type("ровна");
    await expect(middleName).toHaveValue("Ильдаровна");
    await expect(lastName).toHaveValue("Ранняя-Сафина");
    await expect(page.getByLabel("Мобильный телефон")).toHaveValue("12345");
    await expect(page.getByLabel("Кем вы являетесь ребенку")).toHaveValue("mother");
    await expect(page.getByRole("radio", { name: "Женский" })).toBeChecked();

    // Now the browser checks «Далее» itself, with what was typed: no request to the server.
    const posts = postsOf(page);
    await page.getByRole("button", { name: "Далее", exact: true }).click();
    const summary = page.locator("[data-error-summary]");
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Ошибка: Сведения о заявителе/);
    await expect(summary.locator('a[href="#field-phone"]')).toBeVisible();
    await expect(summary.locator('a[href="#field-lastName"]')).toHaveCount(0);
    await expect(summary.locator('a[href="#field-role"]')).toHaveCount(0);
    await expect(summary.locator('a[href="#field-gender"]')).toHaveCount(0);
    expect(posts.map((request) => request.url())).toEqual([]);
    await expect(lastName).toHaveValue("Ранняя-Сафина");
    await expect(middleName).toHaveValue("Ильдаровна");
  });

  test("a first invalid «Далее» before they arrive goes to the server: its summary takes focus, nothing is lost", async ({
    page,
  }) => {
    const form = await openApplicantStep(page, { lastName: "Быстрая", firstName: "Гузель" });
    const scripts = await holdLaterScripts(page);

    await page.getByLabel("Мобильный телефон").fill("12345");
    await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Отец" });
    const posted = page.waitForRequest((request) => request.method() === "POST");
    await page.getByRole("button", { name: "Далее", exact: true }).click();
    await posted;
    const summary = page.locator("[data-error-summary]");
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Ошибка: Сведения о заявителе/);
    await expect(summary.locator('a[href="#field-phone"]')).toBeVisible();
    await expect(page.getByLabel("Мобильный телефон")).toHaveValue("12345");
    await expect(page.getByLabel("Кем вы являетесь ребенку")).toHaveValue("father");
    await expect(page.getByLabel("Фамилия")).toHaveValue("Быстрая");
    expect(scripts.held()).toBeGreaterThan(0);

    // Once they arrive, a second «Далее» (Enter in the field) is checked in the browser and the
    // summary takes focus again.
    await scripts.release();
    await page.getByLabel("Мобильный телефон").focus();
    await expect(form).toHaveAttribute("data-enhanced", "");
    const posts = postsOf(page);
    await page.keyboard.press("Enter");
    await expect(summary).toBeFocused();
    await expect(summary.locator('a[href="#field-phone"]')).toBeVisible();
    await expect(summary.locator('a[href="#field-birthDate"]')).toBeVisible();
    await expect(page.getByLabel("Мобильный телефон")).toHaveValue("12345");
    expect(posts).toEqual([]);
  });
});
