import { expect, test, type BrowserContext } from "@playwright/test";
import { signInThroughEsia } from "./support/applications";
import { signInStaff, waitForUsedSteps } from "./support/staff";

// Citizens and staff share one session mechanism (next-auth's session cookie in two
// configurations, docs/decisions/0023-one-session-mechanism.md) and never each other's sessions:
// a cookie's value moved under the other name and path opens nothing, and a cookie copied before
// «Выйти» is worthless after it.

test.afterAll(waitForUsedSteps);

const CITIZEN_COOKIE = "portal.session-token";
const STAFF_COOKIE = "portal.staff-session";

async function cookieValue(context: BrowserContext, name: string): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === name);
  expect(cookie, `${name} is set`).toBeDefined();
  return cookie!.value;
}

test("a citizen's session cookie opens no staff page", async ({ page, context, baseURL }) => {
  await signInThroughEsia(page, "Миннахметова Эльвира");
  const citizen = await cookieValue(context, CITIZEN_COOKIE);

  const other = await context.browser()!.newContext();
  await other.addCookies([{ name: STAFF_COOKIE, value: citizen, url: `${baseURL}/staff` }]);
  const staffSide = await other.newPage();
  await staffSide.goto("/staff/queue");
  await expect(staffSide).toHaveURL(/\/staff\/login\?returnTo=%2Fstaff%2Fqueue$/);
  await expect(staffSide.getByRole("heading", { level: 1 })).toContainText("Вход");
  await other.close();
});

test("a staff session cookie opens no citizen's cabinet", async ({ page, context, baseURL }) => {
  await signInStaff(page, "chelny.supervisor");
  const staff = await cookieValue(context, STAFF_COOKIE);

  const other = await context.browser()!.newContext();
  await other.addCookies([{ name: CITIZEN_COOKIE, value: staff, url: `${baseURL}/` }]);
  const citizenSide = await other.newPage();
  await citizenSide.goto("/cabinet");
  await expect(citizenSide).toHaveURL(/\/login\?returnTo=%2Fcabinet$/);
  await expect(citizenSide.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  await other.close();
});

test("a citizen's cookie copied before «Выйти» is worthless after it", async ({ page, context }) => {
  await signInThroughEsia(page, "Миннахметова Эльвира");
  const copy = (await context.cookies()).find((cookie) => cookie.name === CITIZEN_COOKIE)!;
  await page.goto("/cabinet");
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();

  await context.addCookies([copy]);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fcabinet$/);
});
