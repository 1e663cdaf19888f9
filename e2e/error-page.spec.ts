import { expect, test, type Page } from "@playwright/test";
import { signInThroughEsia } from "./support/applications";

// The page a citizen sees when a page or a form's answer fails for a reason no check foresaw
// (app/(portal)/error.tsx): in the page's language, with the error's code to tell the support
// line, «Повторить» and the way home. The failure is made by answering the step's post with a
// bare 500, as a broken server would.

async function failingStep(page: Page) {
  await page.goto("/services/kindergarten-basic");
  await page.locator("main form").getByRole("button").first().click();
  await page.waitForURL(/\/(step\/[a-z-]+|review)$/);
  const step = page.url().replace(/\/(step\/[a-z-]+|review)$/, "/step/applicant");
  await page.goto(step);
  await page.route(step, (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 500, body: "" }) : route.fallback(),
  );
  await page.getByLabel(/Кем вы являетесь ребенку|Сез балага кем буласыз/).selectOption({ index: 1 });
}

test("a step whose post fails shows the error page in Russian, and in Tatar once Tatar is chosen", async ({ page }) => {
  await signInThroughEsia(page, "Гайнуллина Лилия");
  await failingStep(page);
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Произошла ошибка" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Повторить" })).toBeVisible();
  await expect(page.getByRole("link", { name: "На главную" })).toHaveAttribute("href", "/");

  await page.goto("/language?to=tt&back=%2Fcabinet");
  await failingStep(page);
  await page.getByRole("button", { name: "Алга", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Хата килеп чыкты" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Кабатлау" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Баш биткә" })).toBeVisible();
});
