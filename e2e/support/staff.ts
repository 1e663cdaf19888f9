import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_STAFF_PASSWORD, demoStaff } from "../../lib/staff/demo-staff";
import { totpCode, totpStep } from "../../lib/staff/totp";
import { expectAccessibleOnce } from "./accessibility";

// Signing demo staff in with password and TOTP, for every spec. Each TOTP step is accepted once per account: the oldest step still
// accepted is used, and `waitForUsedSteps` (in afterAll) lets them pass before the next spec.

const usedStep = new Map<string, number>();

export async function waitForUsedSteps() {
  const last = Math.max(0, ...usedStep.values());
  while (totpStep() <= last) await new Promise((resolve) => setTimeout(resolve, 1_000));
}

/**
 * The TOTP step to sign `login` in with now: the oldest the server still accepts (the previous
 * one) while it has 10 s or more to live, so a sign-in that crosses into the next step is not
 * refused for being two steps old; else the current one. Never a step used before; null while the
 * next free step is still in the future beyond the server's ±1.
 */
export function totpStepFor(used: number | undefined, now = Date.now()): number | null {
  const current = totpStep(new Date(now));
  const oldest = now % 30_000 < 20_000 ? current - 1 : current;
  const step = Math.max(oldest, (used ?? 0) + 1);
  return step > current + 1 ? null : step;
}

export async function signInStaff(page: Page, login: string) {
  const account = demoStaff(login);
  await page.goto("/staff/login");
  await expectAccessibleOnce(page, "вход для сотрудников");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/second-factor/);
  await expectAccessibleOnce(page, "второй фактор сотрудника");
  for (let attempt = 0; attempt < 4; attempt++) {
    let step = totpStepFor(usedStep.get(login));
    while (step === null) {
      await page.waitForTimeout(1_000);
      step = totpStepFor(usedStep.get(login));
    }
    usedStep.set(login, step);
    await page
      .getByLabel("Код из приложения-аутентификатора")
      .fill(totpCode(account.totpSecret, new Date(step * 30_000)));
    await page.getByRole("button", { name: "Подтвердить" }).click();
    const signedIn = page.getByTestId("staff-signed-in");
    await expect(signedIn.or(page.getByRole("heading", { name: /Исправьте ошибки|Не получилось/ }))).toBeVisible();
    if (await signedIn.isVisible()) return expectAccessibleOnce(page, `${login}: первая страница после входа`);
  }
  throw new Error(`${login}: no TOTP code was accepted`);
}

export async function staffPage(browser: Browser, login: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signInStaff(page, login);
  return page;
}

/** Presses an action's button, then «Подтвердить» in its confirmation, and waits for the result. */
export async function confirmAction(page: Page, action: string, done: string) {
  const section = page.getByRole("region", { name: action });
  await section.getByRole("button", { name: action }).click();
  await expect(section.getByRole("group")).toBeVisible();
  await expectAccessibleOnce(page, `подтверждение «${action}»`);
  await section.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByRole("status")).toContainText(done);
  await expectAccessibleOnce(page, `после «${action}»`);
}
