import { expect, test, type Page } from "@playwright/test";
import { passEsia, PASSWORD, registerCabinet, unique } from "./support/applications";

// «Привязка к ЕСИА» as a person does it (seed 000, section 4), with the bundled mock ESIA.
// Each test leaves the ESIA persona unlinked again, so the same journeys also run without JavaScript.

async function unlink(page: Page) {
  await page.goto("/cabinet/settings/esia");
  await page.getByRole("button", { name: "Отвязать от ЕСИА" }).click();
  await page.getByRole("button", { name: "Да, отвязать" }).click();
  await expect(page.getByText("Привязка к ЕСИА удалена.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Установить привязку к ЕСИА" })).toBeVisible();
}

async function logOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`ESIA login and linking (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("a new user comes in through «Вход через ЕСИА» and registers a cabinet linked to ESIA", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await passEsia(page, "Гарипов Ильдар");
      await expect(
        page.getByRole("heading", { name: "Учетная запись ЕСИА не привязана к личному кабинету" }),
      ).toBeVisible();
      const form = page.getByRole("form", { name: "Регистрация нового личного кабинета" });
      await expect(form.getByLabel("Электронная почта")).toHaveValue("ildar.garipov@example.ru");
      await form.getByLabel("Электронная почта").fill(`garipov${unique()}@example.ru`);
      await form.getByLabel("Мобильный телефон").fill("");
      await form.getByLabel("Пароль", { exact: true }).fill("short");
      await form.getByLabel("Повторите пароль").fill("short");
      await form.getByRole("button", { name: "Зарегистрировать личный кабинет" }).click();
      await expect(form.getByText("Пароль должен быть не короче 8 символов").first()).toBeVisible();
      await form.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
      await form.getByLabel("Повторите пароль").fill(PASSWORD);
      await form.getByRole("button", { name: "Зарегистрировать личный кабинет" }).click();

      await expect(page).toHaveURL(/\/cabinet$/);
      await expect(page.getByRole("row", { name: /Фамилия Гарипов из ЕСИА/ })).toBeVisible();
      await expect(page.getByRole("row", { name: /СНИЛС 123-456-789 64 из ЕСИА/ })).toBeVisible();
      await expect(page.getByText("Подтвержденная")).toBeVisible();

      // The next «Вход через ЕСИА» signs straight into this cabinet.
      await logOut(page);
      await page.goto("/login");
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await passEsia(page, "Гарипов Ильдар");
      await expect(page).toHaveURL(/\/cabinet$/);
      await expect(page.getByTestId("signed-in-as")).toHaveText("Гарипов Ильдар");
      await unlink(page);
    });

    test("an existing cabinet links in settings, sees the differences and confirms the replacement", async ({
      page,
    }) => {
      await registerCabinet(page, { lastName: "Хасанова", firstName: "Алиё" });
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByText("Личный кабинет не привязан к учетной записи ЕСИА.")).toBeVisible();
      await page.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
      await passEsia(page, "Хасанова Алия");

      await expect(page.getByRole("heading", { name: "Данные в ЕСИА и в личном кабинете различаются" })).toBeVisible();
      await expect(page.getByRole("row", { name: "Имя Алиё Алия" })).toBeVisible();
      await expect(page.getByRole("row", { name: /СНИЛС — 112-233-445 95/ })).toBeVisible();
      await page.getByRole("button", { name: "Подтвердить замену" }).click();

      await expect(page).toHaveURL(/\/cabinet/);
      await page.goto("/cabinet");
      await expect(page.getByRole("row", { name: "Имя Алия из ЕСИА" })).toBeVisible();
      await expect(page.getByRole("row", { name: "Отчество Ринатовна из ЕСИА" })).toBeVisible();
      await expect(page.getByRole("row", { name: /Фамилия Хасанова введено вами/ })).toBeVisible();
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByTestId("esia-level")).toHaveText("Стандартная");
      await page.goto("/services/child-allowance");
      await expect(page.getByTestId("service-access")).toContainText("ее уровня достаточно для подачи заявления");
      await unlink(page);
    });

    test("after ESIA, a person logs in with the existing cabinet and it is linked", async ({ page }) => {
      const email = await registerCabinet(page, { lastName: "Закирова", firstName: "Гульнара" });
      await logOut(page);
      await page.goto("/login");
      await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
      await passEsia(page, "Закирова Гульнара");
      const form = page.getByRole("form", { name: "Вход в существующий личный кабинет" });
      await form.getByLabel("Электронная почта или мобильный телефон").fill(email);
      await form.getByLabel("Пароль").fill("WrongPass1");
      await form.getByRole("button", { name: "Войти и привязать" }).click();
      await expect(form.getByText("Неверный логин или пароль")).toBeVisible();
      await expect(form.getByLabel("Электронная почта или мобильный телефон")).toHaveValue(email);
      await form.getByLabel("Пароль").fill(PASSWORD);
      await form.getByRole("button", { name: "Войти и привязать" }).click();

      await expect(page.getByRole("heading", { name: "Данные в ЕСИА и в личном кабинете различаются" })).toBeVisible();
      await page.getByRole("button", { name: "Оставить данные личного кабинета" }).click();
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByTestId("esia-level")).toHaveText("Подтвержденная");
      await page.goto("/cabinet");
      await expect(page.getByRole("row", { name: /^Отчество —/ })).toBeVisible();
      await unlink(page);
    });

    test("an ESIA account linked to one cabinet cannot be linked to another", async ({ page, browser }) => {
      await registerCabinet(page, { lastName: "Валиев", firstName: "Артур" });
      await page.goto("/cabinet/settings/esia");
      await page.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
      await passEsia(page, "Валиев Артур");
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByTestId("esia-level")).toHaveText("Упрощенная");

      const other = await browser.newContext({ javaScriptEnabled });
      const second = await other.newPage();
      await registerCabinet(second, { lastName: "Валиева", firstName: "Алсу" });
      await second.goto("/cabinet/settings/esia");
      await second.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
      await passEsia(second, "Валиев Артур");
      await expect(
        second.getByRole("heading", { name: "Учетная запись ЕСИА уже привязана к другому личному кабинету" }),
      ).toBeVisible();
      await expect(second.getByText("Привязка не изменена.")).toBeVisible();
      await second.goto("/cabinet/settings/esia");
      await expect(second.getByText("Личный кабинет не привязан к учетной записи ЕСИА.")).toBeVisible();
      await other.close();
      await unlink(page);
    });

    test("a simplified ESIA account is linked, its level shown, and a service refuses it with how to raise it", async ({
      page,
    }) => {
      await registerCabinet(page, { lastName: "Сафина", firstName: "Лейсан" });
      await page.goto("/cabinet/settings/esia");
      await page.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
      await passEsia(page, "Сафина Лейсан");
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByTestId("esia-level")).toHaveText("Упрощенная");
      await expect(
        page.getByText("Для подачи заявлений нужна стандартная или подтвержденная учетная запись ЕСИА."),
      ).toBeVisible();
      // A service refuses to take the application and says how to go on.
      await page.goto("/");
      await page
        .getByRole("link", { name: "Назначение основной компенсации части родительской платы за детский сад" })
        .click();
      await expect(page.getByTestId("service-access")).toContainText(
        "Подать заявление нельзя: ваша учетная запись ЕСИА — «Упрощенная».",
      );
      await expect(page.getByRole("link", { name: "Войти в личный кабинет через ЕСИА" })).toHaveAttribute(
        "href",
        /returnTo=%2Fservices%2Fkindergarten-basic/,
      );
      await page.getByRole("link", { name: "Как повысить уровень учетной записи" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Инструкция по авторизации через ЕСИА");
      await unlink(page);
    });

    test("refusing on the ESIA consent screen links nothing and says why", async ({ page }) => {
      await registerCabinet(page, { lastName: "Отказова", firstName: "Тест" });
      await page.goto("/cabinet/settings/esia");
      await page.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
      await page.getByRole("button", { name: "Войти как Сафина Лейсан" }).click();
      await page.getByRole("button", { name: "Отказать" }).click();
      await expect(page.getByRole("heading", { name: "Вы отказались предоставить доступ" })).toBeVisible();
      await page.goto("/cabinet/settings/esia");
      await expect(page.getByText("Личный кабинет не привязан к учетной записи ЕСИА.")).toBeVisible();
    });
  });
}

test.describe("ESIA answers the portal refuses", () => {
  test("a token with a foreign signature is refused with a clear page and nothing is linked", async ({
    page,
    request,
  }) => {
    await request.post("/esia-mock/api/scenario", {
      data: { personaKey: "server-error", scenario: "token_bad_signature" },
    });
    await page.goto("/login");
    await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
    await passEsia(page, "Сбоев Тест");
    await expect(page.getByRole("heading", { name: "Ответ ЕСИА не прошел проверку" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();
  });

  test("ESIA failing at the token step is explained", async ({ page, request }) => {
    await request.post("/esia-mock/api/scenario", {
      data: { personaKey: "server-error", scenario: "token_server_error" },
    });
    await page.goto("/login");
    await page.getByRole("link", { name: "Вход через ЕСИА" }).click();
    await passEsia(page, "Сбоев Тест");
    await expect(page.getByRole("heading", { name: "ЕСИА не ответила" })).toBeVisible();
  });

  test("a callback that this browser did not start is refused", async ({ page }) => {
    await page.goto("/esia/callback?code=stolen&state=0b6f3c6e-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Сеанс входа устарел" })).toBeVisible();
  });
});
