import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../lib/staff/totp";

// Staff accounts as staff use them: sign-in at /staff/login with password and an authenticator
// code (computed here from the secrets printed in README.md), the code used once, the first login
// of an account an administrator created, the separation from citizens' login and sessions, and
// who may open which pages.

const README = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
const DEMO_PASSWORD = /Пароль у всех: `([^`]+)`/.exec(README)![1]!;

/** The TOTP secret of a demo login, as README.md prints it. */
function readmeSecret(login: string): string {
  const row = new RegExp(`^\\| \`${login.replace(/\./g, "\\.")}\` \\|.*\\| \`([A-Z2-7]+)\` \\|$`, "m").exec(README);
  expect(row, `README.md lists ${login}`).toBeTruthy();
  return row![1]!;
}

// The server accepts each step once; the app's next code (one step ahead) is within its window,
// and beyond that we wait for the clock.
const lastStep = new Map<string, number>();
async function freshCode(login: string, secret: string): Promise<string> {
  let step = Math.max(totpStep(), (lastStep.get(login) ?? 0) + 1);
  while (step > totpStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    step = Math.max(totpStep(), (lastStep.get(login) ?? 0) + 1);
  }
  lastStep.set(login, step);
  return totpCode(secret, new Date(step * 30_000));
}

async function enterPassword(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/staff/login");
  await expect(page.getByRole("heading", { level: 1, name: "Вход для сотрудников" })).toBeVisible();
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Код из приложения-аутентификатора").fill(code);
  await page.getByRole("button", { name: "Подтвердить" }).click();
}

async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await enterPassword(page, login, password);
  await expect(page).toHaveURL(/\/staff\/second-factor/);
  await enterCode(page, await freshCode(login, readmeSecret(login)));
  await expect(page.getByTestId("staff-signed-in")).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/staff\/login\?signedOut=1/);
  await expect(page.getByRole("status")).toContainText("Вы вышли");
}

const errorSummary = (page: Page) => page.getByRole("alert").filter({ has: page.getByRole("heading") });

test.describe("staff sign-in", () => {
  test("a caseworker signs in with password and code, sees their territory, and signs out on the server", async ({
    page,
    context,
  }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login$/);
    // Staff only: nothing here leads to ESIA or to citizens' registration.
    await expect(page.getByRole("link", { name: /ЕСИА|Госуслуг|Зарегистр/ })).toHaveCount(0);
    await expect(page.locator('a[href*="esia"], a[href*="register"], a[href="/login"]')).toHaveCount(0);

    await signIn(page, "kazan.specialist");
    await expect(page).toHaveURL(/\/staff\/queue$/);
    const banner = page.getByRole("banner");
    await expect(banner).toContainText("Рабочее место специалиста");
    await expect(banner).toContainText("Галиева Эльвира Ринатовна");
    await expect(banner).toContainText("специалист");
    await expect(banner).toContainText(/Управление социальной защиты .* в городе Казани/);
    const nav = page.getByRole("navigation", { name: "Разделы рабочего места" });
    await expect(nav.getByRole("link", { name: "Очередь заявлений" })).toHaveAttribute("href", "/staff/queue");
    await expect(nav.getByRole("link", { name: "Администрирование" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Журнал аудита" })).toHaveCount(0);

    const cookies = await context.cookies();
    const staffCookie = cookies.find((cookie) => cookie.name === "portal.staff-session");
    expect(staffCookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/staff" });
    expect(cookies.some((cookie) => /session-token/.test(cookie.name))).toBe(false);

    await signOut(page);
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login$/);
    // A copy of the old cookie is worthless: the session ended on the server.
    await context.addCookies([staffCookie!]);
    await page.goto("/staff/queue");
    await expect(page).toHaveURL(/\/staff\/login\?returnTo=%2Fstaff%2Fqueue/);
  });

  test("refuses a wrong password, a wrong code and a code used before", async ({ page }) => {
    await enterPassword(page, "kazan.specialist2", "Nevernyi-parol-1");
    await expect(errorSummary(page)).toContainText("Неверный логин или пароль");
    await expect(page.getByLabel("Логин")).toHaveValue("kazan.specialist2");
    await expect(page.getByLabel("Пароль", { exact: true })).toHaveValue("");

    await enterPassword(page, "kazan.specialist2");
    await expect(page).toHaveURL(/\/staff\/second-factor/);
    const secret = readmeSecret("kazan.specialist2");
    const good = await freshCode("kazan.specialist2", secret);
    await enterCode(page, String((Number(good) + 1) % 1_000_000).padStart(6, "0"));
    const field = page.getByLabel("Код из приложения-аутентификатора");
    await expect(field).toHaveAccessibleDescription(/Неверный код/);
    await expect(field).toHaveAttribute("aria-invalid", "true");

    await enterCode(page, good);
    await expect(page.getByTestId("staff-signed-in")).toContainText("Сафин Айдар Ильдарович");
    await signOut(page);

    // The same code again, in a new sign-in: refused even though it is still within its window.
    await enterPassword(page, "kazan.specialist2");
    await enterCode(page, good);
    await expect(page.getByLabel("Код из приложения-аутентификатора")).toHaveAccessibleDescription(/уже использован/);
    await expect(page.getByTestId("staff-signed-in")).toHaveCount(0);
    await enterCode(page, await freshCode("kazan.specialist2", secret));
    await expect(page.getByTestId("staff-signed-in")).toBeVisible();
  });

  test("an account created by the administrator sets its password and enrols an app at its first login", async ({
    page,
  }) => {
    const login = `chelny.test${Date.now() % 100_000}`;
    await signIn(page, "admin");
    await expect(page).toHaveURL(/\/staff\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Администрирование" })).toBeVisible();
    await page.getByRole("link", { name: "Добавить сотрудника" }).click();

    await page.getByLabel("Логин").fill(login);
    await page.getByLabel("Фамилия, имя, отчество").fill("Тестова Алина Маратовна");
    await page.getByLabel("Роль", { exact: true }).selectOption("caseworker");
    await page.getByLabel("Временный пароль").fill("Vremennyi-2026");
    await page.getByLabel("Повторите пароль").fill("Vremennyi-2026");
    await page.getByRole("button", { name: "Создать учетную запись" }).click();
    // No territorial body for a caseworker: said beside the field, the rest kept.
    await expect(page.getByLabel("Территориальный орган")).toHaveAccessibleDescription(
      /Выберите территориальный орган/,
    );
    await expect(page.getByLabel("Логин")).toHaveValue(login);

    const chelny = await page
      .getByLabel("Территориальный орган")
      .locator("option", { hasText: "Набережные Челны" })
      .getAttribute("value");
    await page.getByLabel("Территориальный орган").selectOption(chelny!);
    await page.getByLabel("Временный пароль").fill("Vremennyi-2026");
    await page.getByLabel("Повторите пароль").fill("Vremennyi-2026");
    await page.getByRole("button", { name: "Создать учетную запись" }).click();
    await expect(page).toHaveURL(/\/staff\/admin\?done=created/);
    await expect(page.getByRole("status")).toContainText(`«${login}»: Учетная запись создана`);
    await expect(page.getByTestId(`staff-row-${login}`)).toContainText("Второй фактор не настроен");
    await signOut(page);

    await enterPassword(page, login, "Vremennyi-2026");
    await expect(page).toHaveURL(/\/staff\/enrol/);
    await expect(page.getByRole("heading", { level: 1, name: "Настройка второго фактора" })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR-код для приложения-аутентификатора" }).locator("svg")).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByTestId("totp-uri")).toContainText(`otpauth://totp/`);
    await expect(page.getByTestId("totp-uri")).toContainText(`secret=${secret}`);

    await page.getByLabel("Новый пароль").fill("Sobstvennyi-2026");
    await page.getByLabel("Повторите пароль").fill("Sobstvennyi-2026");
    await enterCode(page, await freshCode(login, secret));
    await expect(page).toHaveURL(/\/staff\/queue$/);
    await expect(page.getByTestId("staff-signed-in")).toContainText("Тестова Алина Маратовна");
    await expect(page.getByTestId("staff-signed-in")).toContainText(/в городе Набережные Челны/);
    await signOut(page);

    // The administrator's password is gone; the person's own and the app's next code work.
    await enterPassword(page, login, "Vremennyi-2026");
    await expect(errorSummary(page)).toContainText("Неверный логин или пароль");
    await enterPassword(page, login, "Sobstvennyi-2026");
    await expect(page).toHaveURL(/\/staff\/second-factor/);
    await enterCode(page, await freshCode(login, secret));
    await expect(page.getByTestId("staff-signed-in")).toContainText("Тестова Алина Маратовна");
  });
});

test.describe("staff and citizens apart", () => {
  async function registerCitizen(browser: Browser, email: string, password: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/register");
    await page.getByLabel("Фамилия").fill("Гражданова");
    await page.getByLabel("Имя", { exact: true }).fill("Вера");
    await page.getByLabel("Электронная почта").fill(email);
    await page.getByLabel("Пароль", { exact: true }).fill(password);
    await page.getByLabel("Повторите пароль").fill(password);
    await page.getByLabel(/согласие/i).check();
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page).toHaveURL(/\/register\/confirm\?id=/);
    const outbox = await context.newPage();
    await outbox.goto(`/dev/outbox?recipient=${encodeURIComponent(email)}`);
    const code = /\b(\d{6})\b/.exec(
      await outbox.getByRole("list", { name: "Исходящие сообщения" }).getByRole("listitem").first().innerText(),
    )![1]!;
    await outbox.close();
    await page.getByLabel("Код подтверждения").fill(code);
    await page.getByRole("button", { name: "Подтвердить" }).click();
    await expect(page).toHaveURL(/\/cabinet$/);
    return { context, page };
  }

  test("a citizen cannot sign in at /staff/login, and a citizen's session opens no staff page", async ({ browser }) => {
    const email = `citizen${Date.now()}@example.ru`;
    const { context, page } = await registerCitizen(browser, email, "Parol2026");
    for (const path of ["/staff", "/staff/admin", "/staff/queue", "/staff/enrol", "/staff/second-factor"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/staff\/login/);
    }
    await enterPassword(page, email, "Parol2026");
    await expect(errorSummary(page)).toContainText("Неверный логин или пароль");
    await expect(page).toHaveURL(/\/staff\/login/);
    await context.close();
  });

  test("staff cannot sign in at /login, and a staff session opens no cabinet page", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Электронная почта или мобильный телефон").fill("kazan.supervisor");
    await page.getByLabel("Пароль", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await expect(errorSummary(page)).toContainText("Неверный логин или пароль");

    await signIn(page, "kazan.supervisor");
    await page.goto("/cabinet");
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fcabinet/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  });
});

test.describe("pages by role", () => {
  test("administration is refused to a caseworker; a supervisor sees their sections", async ({ page }) => {
    await signIn(page, "chelny.specialist");
    for (const path of [
      "/staff/admin",
      "/staff/admin/staff/new",
      "/staff/admin/territories",
      "/staff/admin/territories/1",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
    }
    await signOut(page);

    await signIn(page, "chelny.supervisor");
    const nav = page.getByRole("navigation", { name: "Разделы рабочего места" });
    await expect(nav.getByRole("link")).toHaveText([
      "Очередь заявлений",
      "Заявление на бумаге",
      "Показатели",
      "Листовки",
      "Журнал аудита",
      "Статистика",
    ]);
    expect((await page.goto("/staff/admin"))?.status()).toBe(404);
  });

  test("the administrator manages staff and territories but gets no caseworker pages", async ({ page }) => {
    await signIn(page, "admin");
    const nav = page.getByRole("navigation", { name: "Разделы рабочего места" });
    await expect(nav.getByRole("link")).toHaveText(["Администрирование"]);
    for (const path of ["/staff/queue", "/staff/applications/1", "/staff/statistics"]) {
      const response = await page.goto(path);
      expect([403, 404], path).toContain(response?.status());
    }

    // Deactivation of a caseworker (and back), and a territorial body renamed.
    await page.goto("/staff/admin");
    await page.getByRole("button", { name: "Отключить kazan.specialist2" }).click();
    await expect(page.getByRole("status")).toContainText("«kazan.specialist2»: Учетная запись отключена");
    await expect(page.getByTestId("staff-row-kazan.specialist2")).toContainText("Отключена");
    await page.getByRole("button", { name: "Включить kazan.specialist2" }).click();
    await expect(page.getByTestId("staff-row-kazan.specialist2")).toContainText("Включена");

    await page.getByRole("link", { name: "Территории и территориальные органы" }).click();
    await page.getByRole("link", { name: "Изменить наименование органа: Агрызский муниципальный район" }).click();
    const name = page.getByLabel("Наименование органа", { exact: true });
    await expect(name).toHaveValue(/в Агрызском муниципальном районе$/);
    await name.fill("Отдел");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(name).toHaveAccessibleDescription(/не короче 10 символов/);
    await name.fill("Отдел социальной защиты в Агрызском районе (новое наименование)");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByRole("status")).toContainText("Агрызский муниципальный район");
    await expect(page.getByRole("row", { name: /Агрызский/ })).toContainText(
      "Отдел социальной защиты в Агрызском районе (новое наименование)",
    );
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signs in with password and code, keeps the login on an error, and signs out", async ({ page }) => {
    await enterPassword(page, "chelny.supervisor", "Nevernyi-parol-1");
    await expect(errorSummary(page)).toContainText("Неверный логин или пароль");
    await expect(page.getByLabel("Логин")).toHaveValue("chelny.supervisor");
    await signIn(page, "chelny.supervisor");
    await expect(page.getByTestId("staff-signed-in")).toContainText("Зарипов Рустем Фаридович");
    await signOut(page);
  });
});
