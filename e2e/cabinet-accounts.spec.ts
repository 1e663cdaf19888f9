import { expect, test, type BrowserContext, type Page } from "@playwright/test";

// The portal's own accounts, as a person uses them: registration confirmed by a code (read from the
// local outbox, /dev/outbox), login and logout, password policy, password reset, password change
// ending the other sessions, notifications and the empty list of applications.

const PASSWORD = "Parol2026";
const NEW_PASSWORD = "Novyi2027pass";
let sequence = 0;
const uniqueEmail = (label: string) => `${label}${Date.now()}${(sequence += 1)}@example.ru`;

interface Person {
  lastName: string;
  firstName: string;
  email: string;
  password?: string;
}

async function fillRegistration(page: Page, person: Person) {
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "Регистрация" })).toBeVisible();
  await page.getByLabel("Фамилия").fill(person.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(person.firstName);
  await page.getByLabel("Электронная почта").fill(person.email);
  await page.getByLabel("Пароль", { exact: true }).fill(person.password ?? PASSWORD);
  await page.getByLabel("Повторите пароль").fill(person.password ?? PASSWORD);
  await page.getByLabel(/согласие/i).check();
}

/** «Зарегистрироваться» and on to the code page. */
async function startRegistration(page: Page, person: Person) {
  await fillRegistration(page, person);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page).toHaveURL(/\/register\/confirm\?id=/);
  await expect(page.getByRole("heading", { level: 1, name: "Подтверждение регистрации" })).toBeVisible();
}

/** The newest code sent to this address, read on /dev/outbox in another tab as a developer would. */
async function codeSentTo(context: BrowserContext, recipient: string): Promise<string> {
  const outbox = await context.newPage();
  await outbox.goto(`/dev/outbox?recipient=${encodeURIComponent(recipient)}`);
  await expect(outbox.getByRole("heading", { level: 1, name: "Исходящие сообщения" })).toBeVisible();
  const newest = outbox.getByRole("list", { name: "Исходящие сообщения" }).getByRole("listitem").first();
  await expect(newest).toContainText(recipient);
  const code = /\b(\d{6})\b/.exec(await newest.innerText())?.[1];
  await outbox.close();
  expect(code, `a code sent to ${recipient}`).toBeTruthy();
  return code!;
}

async function confirmWith(page: Page, code: string) {
  await page.getByLabel("Код подтверждения").fill(code);
  await page.getByRole("button", { name: "Подтвердить" }).click();
}

/** Registration to the end: signed in, in the cabinet. */
async function register(page: Page, person: Person) {
  await startRegistration(page, person);
  await confirmWith(page, await codeSentTo(page.context(), person.email));
  await expect(page).toHaveURL(/\/cabinet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Личный кабинет" })).toBeVisible();
}

async function logOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
}

async function logIn(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Электронная почта или мобильный телефон").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
}

async function expectSignedIn(page: Page, person: Person) {
  await expect(page).toHaveURL(/\/cabinet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Личный кабинет" })).toBeVisible();
  const banner = page.getByRole("banner");
  await expect(banner.getByText(`${person.lastName} ${person.firstName}`)).toBeVisible();
  await expect(banner.getByRole("button", { name: "Выйти" })).toBeVisible();
}

async function expectLoggedOut(page: Page) {
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await expect(page.getByRole("heading", { level: 1, name: "Вход в личный кабинет" })).toBeVisible();
}

/** A code that is surely not the one sent. */
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

test.describe("registration of a cabinet without ESIA", () => {
  test("registers with an e-mail, confirms the code from the outbox, logs out and in again", async ({ page }) => {
    const person = { lastName: "Гарипова", firstName: "Алсу", email: uniqueEmail("register") };
    await startRegistration(page, person);
    await expect(page.getByText(person.email)).toBeVisible();
    const code = await codeSentTo(page.context(), person.email);

    // A wrong code: the message is beside the field (its description) and in the summary.
    await confirmWith(page, otherCode(code));
    const codeField = page.getByLabel("Код подтверждения");
    await expect(codeField).toHaveAccessibleDescription(/Неверный код/);
    await expect(codeField).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByRole("alert", { name: "Не получилось" }).or(page.getByRole("alert", { name: "Исправьте ошибки" })),
    ).toContainText("Неверный код");
    await expect(codeField).toHaveValue(otherCode(code));

    await confirmWith(page, code);
    await expectSignedIn(page, person);

    await logOut(page);
    await expectLoggedOut(page);

    await logIn(page, person.email, PASSWORD);
    await expectSignedIn(page, person);
  });

  test("shows the password policy and reports each problem beside its field, keeping what was typed", async ({
    page,
  }) => {
    await page.goto("/register");
    const password = page.getByLabel("Пароль", { exact: true });
    for (const rule of [
      "Не менее 8 символов",
      "Строчные латинские буквы (a–z)",
      "Заглавные латинские буквы (A–Z)",
      "Цифры",
    ]) {
      await expect(password).toHaveAccessibleDescription(new RegExp(rule.replace(/[()]/g, "\\$&")));
    }
    // With JavaScript, the rules are ticked off while typing (retried until the page is hydrated).
    await expect(async () => {
      await password.fill("");
      await password.fill("parol2026");
      await expect(password).toHaveAccessibleDescription(/Цифры — выполнено/, { timeout: 1_000 });
    }).toPass();
    await expect(password).toHaveAccessibleDescription(/Заглавные латинские буквы \(A–Z\) — не выполнено/);
    await password.fill("");

    // Nothing filled in: the required fields, the contacts and the consent.
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page.getByRole("heading", { name: "Исправьте ошибки" })).toBeVisible();
    await expect(page.getByLabel("Фамилия")).toHaveAccessibleDescription(/Заполните поле «Фамилия»/);
    await expect(page.getByLabel("Электронная почта")).toHaveAccessibleDescription(
      /Укажите электронную почту или мобильный телефон/,
    );
    await expect(page.getByLabel(/согласие/i)).toHaveAccessibleDescription(
      /Дайте согласие на обработку персональных данных/,
    );

    // A short password, and a second one that differs.
    await page.getByLabel("Фамилия").fill("Иванова");
    await page.getByLabel("Имя", { exact: true }).fill("Мария");
    await page.getByLabel("Электронная почта").fill(uniqueEmail("policy"));
    await password.fill("parol");
    await page.getByLabel("Повторите пароль").fill("parol1");
    await page.getByLabel(/согласие/i).check();
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(password).toHaveAccessibleDescription(/Пароль должен быть не короче 8 символов/);
    await expect(page.getByLabel("Повторите пароль")).toHaveAccessibleDescription(/Пароли не совпадают/);
    await expect(page.getByLabel("Фамилия")).toHaveValue("Иванова");
    await expect(page.getByLabel(/согласие/i)).toBeChecked();
    await expect(password).toHaveValue(""); // passwords never come back from the server
    await expect(password).not.toHaveAccessibleDescription(/выполнено/); // and the checklist starts over

    // Long enough, but no capital letter; then a Cyrillic letter typed in the wrong layout.
    await password.fill("parol2026");
    await page.getByLabel("Повторите пароль").fill("parol2026");
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(password).toHaveAccessibleDescription(/Добавьте заглавную латинскую букву/);
    await password.fill("Parol2026ж");
    await page.getByLabel("Повторите пароль").fill("Parol2026ж");
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(password).toHaveAccessibleDescription(/только латинские буквы/);
    await expect(page).toHaveURL(/\/register$/);
  });

  test("refuses a second registration with the same e-mail", async ({ page }) => {
    const person = { lastName: "Сабирова", firstName: "Диляра", email: uniqueEmail("twice") };
    await register(page, person);
    await logOut(page);

    await fillRegistration(page, { ...person, firstName: "Дина" });
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByLabel("Электронная почта")).toHaveAccessibleDescription(
      /Эта электронная почта уже зарегистрирована/,
    );
    await expect(page.getByLabel("Имя", { exact: true })).toHaveValue("Дина");
  });
});

test.describe("password reset", () => {
  test("a code from the outbox sets a new password; the old one stops working", async ({ page }) => {
    const person = { lastName: "Хайруллин", firstName: "Ильдар", email: uniqueEmail("reset") };
    await register(page, person);
    await logOut(page);

    await page.goto("/login");
    await page.getByRole("link", { name: "Забыли пароль?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Восстановление пароля" })).toBeVisible();
    await page.getByLabel("Электронная почта или мобильный телефон").fill(person.email);
    await page.getByRole("button", { name: "Получить код" }).click();
    await expect(page).toHaveURL(/\/password-reset\/confirm\?id=/);
    const code = await codeSentTo(page.context(), person.email);

    // New password too weak first: the policy message is beside the field.
    await page.getByLabel("Код подтверждения").fill(code);
    await page.getByLabel("Новый пароль", { exact: true }).fill("short");
    await page.getByLabel("Повторите новый пароль").fill("short");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByLabel("Новый пароль", { exact: true })).toHaveAccessibleDescription(/не короче 8 символов/);
    await expect(page.getByLabel("Код подтверждения")).toHaveValue(code);

    await page.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page).toHaveURL(/\/login\?reset=1$/);
    await expect(page.getByRole("status")).toContainText("Пароль изменен");

    await logIn(page, person.email, PASSWORD);
    await expect(page.getByRole("alert", { name: "Не получилось" })).toContainText("Неверный логин или пароль");
    await logIn(page, person.email, NEW_PASSWORD);
    await expectSignedIn(page, person);
  });

  test("answers alike for an address that has no cabinet, and sends nothing", async ({ page }) => {
    const stranger = uniqueEmail("nobody");
    await page.goto("/password-reset");
    await page.getByLabel("Электронная почта или мобильный телефон").fill(stranger);
    await page.getByRole("button", { name: "Получить код" }).click();
    await expect(page).toHaveURL(/\/password-reset\/confirm\?id=/);
    await expect(page.getByText("Если личный кабинет с такими электронной почтой или телефоном есть")).toBeVisible();

    await page.getByLabel("Код подтверждения").fill("123456");
    await page.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByLabel("Код подтверждения")).toHaveAccessibleDescription(/Неверный код/);

    await page.goto(`/dev/outbox?recipient=${encodeURIComponent(stranger)}`);
    await expect(page.getByText("Сообщений этому получателю нет.")).toBeVisible();
  });
});

test.describe("the cabinet's own pages", () => {
  test("changing the password in «Настройки» ends the session in another browser", async ({ page, browser }) => {
    const person = { lastName: "Нуриев", firstName: "Тимур", email: uniqueEmail("change") };
    await register(page, person);

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await logIn(other, person.email, PASSWORD);
    await expectSignedIn(other, person);

    await page
      .getByRole("navigation", { name: "Разделы личного кабинета" })
      .getByRole("link", { name: "Настройки" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Настройки" })).toBeVisible();
    const tabs = page.getByRole("navigation", { name: "Вкладки настроек" });
    await expect(tabs.getByText("Пароль")).toHaveAttribute("aria-current", "page");
    await expect(tabs.getByRole("link", { name: "Привязка к ЕСИА" })).toHaveAttribute("href", "/cabinet/settings/esia");

    await page.getByLabel("Текущий пароль").fill("Nepravilnyi1");
    await page.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Изменить пароль" }).click();
    await expect(page.getByLabel("Текущий пароль")).toHaveAccessibleDescription(/Неверный текущий пароль/);

    await page.getByLabel("Текущий пароль").fill(PASSWORD);
    await page.getByLabel("Новый пароль", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Повторите новый пароль").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Изменить пароль" }).click();
    await expect(page.getByRole("status")).toContainText("Пароль изменен");

    // The other browser is signed out; this one is not.
    await expectLoggedOut(other);
    await page.goto("/cabinet");
    await expectSignedIn(page, person);

    await logIn(other, person.email, NEW_PASSWORD);
    await expectSignedIn(other, person);
    await otherContext.close();

    // The change left an unread notification.
    await page
      .getByRole("navigation", { name: "Разделы личного кабинета" })
      .getByRole("link", { name: "Уведомления" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Уведомления" })).toBeVisible();
    const notification = page.getByRole("article", { name: /Пароль изменен/ });
    await expect(notification).toContainText("другие сеансы завершены");
    await expect(notification.getByText("Новое")).toBeVisible();
    await expect(page.getByText("Непрочитанных: 1")).toBeVisible();
    await page.getByRole("button", { name: "Отметить все как прочитанные" }).click();
    await expect(page.getByText("Все уведомления прочитаны.")).toBeVisible();
    await expect(notification.getByText("Новое")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Отметить все как прочитанные" })).toHaveCount(0);
  });

  test("«Мои заявления» is empty for a new cabinet and leads to the catalogue; notifications are empty too", async ({
    page,
  }) => {
    const person = { lastName: "Ахметова", firstName: "Лейла", email: uniqueEmail("empty") };
    await register(page, person);

    await page
      .getByRole("navigation", { name: "Разделы личного кабинета" })
      .getByRole("link", { name: "Мои заявления" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Мои заявления" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "У вас пока нет заявлений" })).toBeVisible();

    await page.goto("/cabinet/notifications");
    await expect(page.getByText("Уведомлений пока нет.")).toBeVisible();

    await page.goto("/cabinet/applications");
    await page.getByRole("link", { name: "Перейти к каталогу услуг" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Услуги" })).toBeVisible();
  });

  test("the cabinet's pages send a visitor who is not signed in to the login window", async ({ page }) => {
    for (const path of ["/cabinet/settings", "/cabinet/notifications", "/cabinet/applications"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login\?returnTo=/);
    }
  });

  test("the pages fit a 360 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const person = { lastName: "Шарипов", firstName: "Марат", email: uniqueEmail("narrow") };
    const paths = ["/register", "/password-reset", "/password-reset/confirm?id=x"];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await startRegistration(page, person);
    const overflowOnConfirm = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflowOnConfirm, "/register/confirm").toBeLessThanOrEqual(0);
    await confirmWith(page, await codeSentTo(page.context(), person.email));
    await expect(page).toHaveURL(/\/cabinet$/);
    for (const path of [
      "/cabinet/settings",
      "/cabinet/notifications",
      "/cabinet/applications",
      `/dev/outbox?recipient=${encodeURIComponent(person.email)}`,
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("the local outbox", () => {
  test("lists what was sent, newest first, and filters by recipient", async ({ page }) => {
    const first = { lastName: "Первая", firstName: "Анна", email: uniqueEmail("outbox-a") };
    const second = { lastName: "Вторая", firstName: "Белла", email: uniqueEmail("outbox-b") };
    await startRegistration(page, first);
    await startRegistration(page, second);

    await page.goto("/dev/outbox");
    const items = page.getByRole("list", { name: "Исходящие сообщения" }).getByRole("listitem");
    await expect(items.first()).toContainText(second.email);
    await expect(items.nth(1)).toContainText(first.email);
    await expect(items.first()).toContainText("Код подтверждения регистрации");

    await page.getByLabel("Получатель").fill(first.email);
    await page.getByRole("button", { name: "Показать" }).click();
    await expect(page).toHaveURL(/recipient=/);
    await expect(page.getByRole("main")).toContainText(first.email);
    await expect(page.getByRole("main")).not.toContainText(second.email);
    await expect(page.getByText("Сообщений: 1")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("registers, with errors shown by the server, confirms the code and logs in again", async ({ page }) => {
    const person = { lastName: "Галиева", firstName: "Резеда", email: uniqueEmail("nojs") };

    // A weak password: the server answers with the message beside the field and keeps the rest.
    await fillRegistration(page, { ...person, password: "parol" });
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page.getByLabel("Пароль", { exact: true })).toHaveAccessibleDescription(/не короче 8 символов/);
    await expect(page.getByLabel("Электронная почта")).toHaveValue(person.email);
    await expect(page.getByLabel("Фамилия")).toHaveValue(person.lastName);
    await expect(page.getByLabel(/согласие/i)).toBeChecked();

    await page.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Повторите пароль").fill(PASSWORD);
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page).toHaveURL(/\/register\/confirm\?id=/);
    const code = await codeSentTo(page.context(), person.email);

    await confirmWith(page, otherCode(code));
    await expect(page.getByLabel("Код подтверждения")).toHaveAccessibleDescription(/Неверный код/);
    await confirmWith(page, code);
    await expectSignedIn(page, person);

    await logOut(page);
    await expectLoggedOut(page);
    await logIn(page, person.email, PASSWORD);
    await expectSignedIn(page, person);
  });
});
