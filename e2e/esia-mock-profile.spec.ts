import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { makeSnils } from "../lib/validation/snils";

// The mock ESIA's personal account as a person uses it (seed 000 sections 1 and 3, seed 004):
// «Персональные данные» → the automatic checks (failed, fixed, passed) → «Подтверждение личности»
// by a code in a registered letter, at a service centre (the operator's page) or by a simulated
// electronic signature. Codes are read from the mock's outbox.
//
// The seeded personas are shared by every suite of a run: Ахметова (persona "upgrade") exists to be
// upgraded here; Валиев is only looked at; Отказова's scenario is put back. The other journeys use
// accounts registered here.

const PASSWORD = "Parol2026";
const ISSUED_BY = "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани";

let sequence = 0;
const unique = () => `${Date.now() % 1e6}${(sequence += 1)}`;

/** A valid SNILS no seeded persona holds: the checksum algorithm's range, random. */
function freshSnils(): string {
  return makeSnils(String(200_000_000 + Math.floor(Math.random() * 600_000_000)));
}

interface PersonalData {
  lastName: string;
  firstName: string;
  middleName: string;
  gender: "Мужской" | "Женский";
  birthDate: string;
  birthPlace: string;
  snils: string;
  passportSeries: string;
  passportNumber: string;
  passportIssueDate: string;
  passportIssueId: string;
  passportIssuedBy: string;
}

function person(overrides: Partial<PersonalData> = {}): PersonalData {
  return {
    lastName: "Ахметова",
    firstName: "Диляра",
    middleName: "Ильдаровна",
    gender: "Женский",
    birthDate: "12.04.1992",
    birthPlace: "г. Казань",
    snils: freshSnils(),
    passportSeries: "92 12",
    passportNumber: "123456",
    passportIssueDate: "20.04.2012",
    passportIssueId: "160-005",
    passportIssuedBy: ISSUED_BY,
    ...overrides,
  };
}

async function messagesTo(request: APIRequestContext, recipient: string): Promise<{ body: string; channel: string }[]> {
  const response = await request.get(`/esia-mock/api/outbox?recipient=${encodeURIComponent(recipient)}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: { body: string; channel: string }[] }).messages;
}

async function signInAs(page: Page, name: string) {
  await page.goto("/esia-mock/login");
  await page.getByRole("button", { name: `Войти как ${name}` }).click();
  await expect(page.getByRole("heading", { name: "Личный кабинет", level: 1 })).toBeVisible();
}

/** A new simplified account through the mock's registration pages; lands signed in on the profile. */
async function registerAccount(
  page: Page,
  request: APIRequestContext,
  name: { lastName: string; firstName: string },
): Promise<string> {
  const phone = `+7915${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  await page.goto("/esia-mock/registration");
  await page.getByLabel("Фамилия").fill(name.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(name.firstName);
  await page.getByLabel("Мобильный телефон").fill(phone);
  await page.getByLabel(/Я соглашаюсь с Условиями использования/).check();
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page).toHaveURL(/\/esia-mock\/registration\/confirm/);
  const [sms] = await messagesTo(request, phone);
  await page.getByLabel("Код подтверждения", { exact: true }).fill(/(\d{6})/.exec(sms!.body)![1]!);
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await page.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Повторите пароль").fill(PASSWORD);
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("heading", { name: "Личный кабинет", level: 1 })).toBeVisible();
  return phone;
}

async function fillPersonalData(page: Page, data: PersonalData) {
  await page.getByLabel("Фамилия", { exact: true }).fill(data.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(data.firstName);
  await page.getByLabel("Отчество (если есть)").fill(data.middleName);
  await page.getByRole("radio", { name: data.gender }).check();
  await page.getByLabel("Дата рождения").fill(data.birthDate);
  await page.getByLabel("Место рождения").fill(data.birthPlace);
  await page.getByLabel("СНИЛС", { exact: true }).fill(data.snils);
  await page.getByLabel("Гражданство").selectOption({ label: "Российская Федерация" });
  await page.getByLabel("Серия", { exact: true }).fill(data.passportSeries);
  await page.getByLabel("Номер", { exact: true }).fill(data.passportNumber);
  await page.getByLabel("Дата выдачи").fill(data.passportIssueDate);
  await page.getByLabel("Код подразделения").fill(data.passportIssueId);
  await page.getByLabel("Кем выдан").fill(data.passportIssuedBy);
}

/** From the profile: «Персональные данные» → the data → «Продолжить» → the checks have passed. */
async function upgradeToStandard(page: Page, data: PersonalData) {
  await page.getByRole("link", { name: "Персональные данные" }).click();
  await expect(page.getByRole("heading", { name: "Персональные данные", level: 1 })).toBeVisible();
  await fillPersonalData(page, data);
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(page).toHaveURL(/\/esia-mock\/profile\/checks$/);
  // The checks take a second; the page reloads itself until they are done.
  await expect(page.getByRole("heading", { name: "Проверка ваших личных данных завершена" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText("Уровень учетной записи — Стандартная")).toBeVisible();
}

const level = (page: Page) => page.getByTestId("account-level");

test.describe("mock ESIA personal account", () => {
  // Whole journeys with a real wait for the checks (1 s, then the page's 2 s refresh).
  test.describe.configure({ timeout: 60_000 });

  test("simplified persona: personal data pass the checks, then a code by registered mail confirms the identity", async ({
    page,
    request,
  }) => {
    // Not signed in: the personal account sends to the login page.
    await page.goto("/esia-mock/profile");
    await expect(page).toHaveURL(/\/esia-mock\/login$/);

    await page.getByRole("button", { name: "Войти как Ахметова Диляра" }).click();
    await expect(page.getByRole("heading", { name: "Личный кабинет", level: 1 })).toBeVisible();
    await expect(level(page)).toHaveText("Упрощенная");
    await expect(
      page.getByText(/доступ к незначительному перечню услуг, не требующих подтверждения личности/),
    ).toBeVisible();
    await expect(page.getByText("+7 917 000-00-09 (подтвержден)")).toBeVisible();

    await page.getByRole("link", { name: "Персональные данные" }).click();
    // The form starts from the account: the name given at registration.
    await expect(page.getByLabel("Фамилия", { exact: true })).toHaveValue("Ахметова");
    await expect(page.getByLabel("Имя", { exact: true })).toHaveValue("Диляра");
    await page.goto("/esia-mock/profile");

    const data = person();
    await upgradeToStandard(page, data);
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: "Проверка СНИЛС и персональных данных в Пенсионном фонде Российской Федерации" }),
    ).toContainText("проверка пройдена");
    await expect(
      page.getByRole("listitem").filter({ hasText: "в Федеральной миграционной службе Российской Федерации" }),
    ).toContainText("проверка пройдена");
    // The user is told of each check's result by SMS.
    const sms = await messagesTo(request, "+79170000009");
    expect(sms.map((message) => message.body)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Пенсионном фонде.*проверка пройдена/)]),
    );

    await page.getByRole("link", { name: "Перейти к подтверждению личности" }).click();
    await expect(page.getByRole("heading", { name: "Подтверждение личности", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Обратиться лично" })).toBeVisible();
    await expect(page.getByText(/Демонстрационный список из исходных материалов/)).toBeVisible();
    await page.getByText("Пункты активации Личного кабинета ЕПГУ (г. Красноярск)").click();
    await expect(page.getByText("Адрес: ул. Карла Маркса, д. 93, каб. 113")).toBeVisible();
    await expect(page.getByRole("heading", { name: "С помощью электронной подписи или УЭК" })).toBeVisible();

    const address = `420061, Республика Татарстан, г. Казань, ул. Николая Ершова, д. ${unique()}`;
    await page.getByLabel("Почтовый адрес").fill(address);
    await page.getByRole("button", { name: "Получить код письмом" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Заказное письмо с кодом подтверждения отправлено" }),
    ).toContainText(address);

    const [letter] = await messagesTo(request, address);
    expect(letter!.channel).toBe("mail");
    const code = /(\d{8})/.exec(letter!.body)![1]!;

    await page.getByLabel("Код подтверждения", { exact: true }).fill(code === "11111111" ? "22222222" : "11111111");
    await page.getByRole("button", { name: "Подтвердить", exact: true }).click();
    await expect(page.getByLabel("Код подтверждения", { exact: true })).toHaveAccessibleDescription(
      /Неверный код подтверждения/,
    );

    await page.getByLabel("Код подтверждения", { exact: true }).fill(`${code.slice(0, 4)} ${code.slice(4)}`);
    await page.getByRole("button", { name: "Подтвердить", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ваша личность подтверждена" })).toBeVisible();
    await expect(level(page)).toHaveText("Подтвержденная");
    await expect(page.getByText(/Личность подтверждена кодом подтверждения из заказного письма/)).toBeVisible();
    await expect(page.getByText(`${data.snils}`)).toBeVisible();

    // The outbox page shows the letter, and the SMS when filtered by the phone as a person types it.
    await page.getByRole("link", { name: "Исходящие сообщения" }).first().click();
    await page.getByLabel("Получатель").fill(address);
    await page.getByRole("button", { name: "Показать" }).click();
    await expect(page.getByTestId("outbox-message")).toHaveCount(1);
    await expect(page.getByTestId("outbox-message")).toContainText("Заказное письмо «Почты России»");
    await page.getByLabel("Получатель").fill("8 917 000-00-09");
    await page.getByRole("button", { name: "Показать" }).click();
    await expect(page.getByTestId("outbox-message").filter({ hasText: "Пенсионном фонде" }).first()).toBeVisible();

    // «Выйти» ends the mock session.
    await page.goto("/esia-mock/profile");
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Вы вышли из учетной записи." })).toBeVisible();
    await page.goto("/esia-mock/profile");
    await expect(page).toHaveURL(/\/esia-mock\/login$/);
  });

  test("a check still running: the page says so and refreshes itself; the form waits", async ({ page }) => {
    await signInAs(page, "Валиев Артур");
    await expect(page.getByText("Ваши личные данные проверяются в Пенсионном фонде и МВД России.")).toBeVisible();
    await page.getByRole("link", { name: "Ход проверки" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Идет проверка ваших личных данных в государственных ведомствах.",
    );
    await expect(page.getByRole("listitem").filter({ hasText: "Пенсионном фонде" })).toContainText("выполняется");
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute("content", "2");
    await page.goto("/esia-mock/profile/personal-data");
    await expect(page.getByText("Ваши личные данные уже проверяются.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Продолжить" })).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a SNILS of another person fails with the reason; «Исправить данные» keeps the data; the operator confirms", async ({
      page,
      request,
    }) => {
      await registerAccount(page, request, { lastName: "Гимадиева", firstName: "Эльвира" });
      await expect(level(page)).toHaveText("Упрощенная");
      await page.getByRole("link", { name: "Персональные данные" }).click();

      // Mistakes are shown beside the fields and in the summary; what was typed stays.
      const data = person({
        lastName: "Гимадиева",
        firstName: "Эльвира",
        middleName: "Ринатовна",
        birthDate: "03.02.1994",
      });
      await fillPersonalData(page, { ...data, birthPlace: "", passportIssueDate: "01.02.2007" });
      await page.getByRole("button", { name: "Продолжить" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Исправьте ошибки" });
      await expect(
        summary.getByRole("link", { name: /Место рождения: Заполните поле «Место рождения»/ }),
      ).toBeVisible();
      await expect(page.getByLabel("Дата выдачи")).toHaveAccessibleDescription(
        /Паспорт выдают с 14 лет: дата выдачи не может быть раньше 03\.02\.2008/,
      );
      await expect(page.getByLabel("Фамилия", { exact: true })).toHaveValue("Гимадиева");
      await expect(page.getByRole("radio", { name: "Женский" })).toBeChecked();

      // Хасанова's SNILS: the Pension Fund does not confirm it.
      await fillPersonalData(page, { ...data, snils: "112-233-445 95" });
      await page.getByRole("button", { name: "Продолжить" }).click();
      await expect(page).toHaveURL(/\/esia-mock\/profile\/checks$/);
      await expect(page.getByRole("heading", { name: "Проверка личных данных завершилась ошибкой" })).toBeVisible({
        timeout: 15_000,
      });
      await expect(page.getByText("Стандартная учетная запись не создана.")).toBeVisible();
      await expect(page.getByTestId("check-reason")).toContainText("Пенсионный фонд не подтвердил СНИЛС");
      await expect(page.getByRole("listitem").filter({ hasText: "Пенсионном фонде" })).toContainText(
        "проверка не пройдена",
      );

      await page.getByRole("link", { name: "Исправить данные" }).click();
      await expect(page.getByLabel("СНИЛС", { exact: true })).toHaveValue("112-233-445 95");
      await expect(page.getByLabel("Отчество (если есть)")).toHaveValue("Ринатовна");
      await expect(page.getByLabel("Дата рождения")).toHaveValue("03.02.1994");
      await expect(page.getByLabel("Кем выдан")).toHaveValue(ISSUED_BY);
      await expect(page.getByLabel("Код подразделения")).toHaveValue("160-005");
      await expect(page.getByRole("radio", { name: "Женский" })).toBeChecked();

      await page.getByLabel("СНИЛС", { exact: true }).fill(data.snils);
      await page.getByRole("button", { name: "Продолжить" }).click();
      await expect(page.getByRole("heading", { name: "Проверка ваших личных данных завершена" })).toBeVisible({
        timeout: 15_000,
      });
      await page.getByRole("link", { name: "Вернуться в личный кабинет" }).click();
      await expect(level(page)).toHaveText("Стандартная");

      // At the service centre: the operator finds the visitor by SNILS and confirms the identity.
      await page.goto("/esia-mock/service-centre");
      await expect(page.getByText(/Рабочее место оператора центра обслуживания — часть имитатора ЕСИА/)).toBeVisible();
      await page.getByLabel("СНИЛС посетителя").fill("190-123-456 36");
      await page.getByRole("button", { name: "Найти" }).click();
      await expect(page.getByLabel("СНИЛС посетителя")).toHaveAccessibleDescription(
        /Учетная запись с таким СНИЛС не найдена/,
      );

      await page.getByLabel("СНИЛС посетителя").fill(data.snils.replace(/\D/g, ""));
      await page.getByRole("button", { name: "Найти" }).click();
      await expect(page.getByRole("heading", { name: "Гимадиева Эльвира Ринатовна" })).toBeVisible();
      await expect(page.getByText("03.02.1994")).toBeVisible();
      await expect(page.getByText(/92 12, 123456, выдан 20\.04\.2012/)).toBeVisible();
      await expect(page.getByTestId("operator-level")).toHaveText("Стандартная");
      await page.getByRole("button", { name: "Подтвердить личность" }).click();
      await expect(page.getByLabel(/Посетитель предъявил паспорт/)).toHaveAccessibleDescription(
        /Отметьте, что посетитель предъявил паспорт/,
      );
      await page.getByLabel(/Посетитель предъявил паспорт/).check();
      await page.getByRole("button", { name: "Подтвердить личность" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Личность подтверждена" })).toBeVisible();
      await expect(page.getByTestId("operator-level")).toHaveText("Подтвержденная");

      await page.goto("/esia-mock/profile");
      await expect(level(page)).toHaveText("Подтвержденная");
      await expect(page.getByText(/Личность подтверждена лично в центре обслуживания/)).toBeVisible();
    });
  });

  test("the operator sees a seeded standard persona's documents", async ({ page }) => {
    await page.goto("/esia-mock/service-centre");
    await page.getByLabel("СНИЛС посетителя").fill("112-233-445 95");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page.getByRole("heading", { name: "Хасанова Алия Ринатовна" })).toBeVisible();
    await expect(page.getByText("14.03.1990")).toBeVisible();
    await expect(page.getByText(/92 10, 345678, выдан 21\.03\.2010/)).toBeVisible();
    await expect(page.getByTestId("operator-level")).toHaveText(/Стандартная|Подтвержденная/);
  });

  test("an electronic signature (simulated) confirms the identity; the pages fit a 360 px screen", async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const fitsScreen = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await registerAccount(page, request, { lastName: "Нуриев", firstName: "Булат" });
    await fitsScreen();
    await upgradeToStandard(
      page,
      person({
        lastName: "Нуриев",
        firstName: "Булат",
        middleName: "Ильдусович",
        gender: "Мужской",
        birthDate: "30.06.1985",
        passportIssueDate: "15.07.2005",
      }),
    );
    await fitsScreen();
    await page.getByRole("link", { name: "Перейти к подтверждению личности" }).click();
    await fitsScreen();
    await expect(page.getByText(/Подписание имитируется/)).toBeVisible();
    await page.getByRole("button", { name: "Подписать (имитация) и подтвердить личность" }).click();
    await expect(page.getByRole("group", { name: "Средство подписи" })).toHaveAccessibleDescription(
      /Выберите средство электронной подписи/,
    );
    await page.getByRole("radio", { name: "Универсальная электронная карта (УЭК)" }).check();
    await page.getByRole("button", { name: "Подписать (имитация) и подтвердить личность" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ваша личность подтверждена" })).toBeVisible();
    await expect(level(page)).toHaveText("Подтвержденная");
    await expect(page.getByText(/Личность подтверждена электронной подписью или УЭК/)).toBeVisible();
    await fitsScreen();
  });

  test("the scenarios page sets a persona's failure; a forced check failure is explained", async ({ page }) => {
    await page.goto("/esia-mock/scenarios");
    const form = page.getByRole("form", { name: "Сценарий: Отказова Тест" });
    await expect(form.getByTestId("current-scenario")).toContainText("Пользователь отказывает в доступе");
    await form.getByLabel("Сценарий").selectOption("checks_fail_fms");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Сохранено для Отказова Тест: Проверка паспорта в МВД (ФМС) не пройдена.",
    );
    await expect(
      page.getByRole("form", { name: "Сценарий: Отказова Тест" }).getByTestId("current-scenario"),
    ).toContainText("Проверка паспорта в МВД (ФМС) не пройдена");

    // Отказова is standard: changed data go to the checks, the migration service "refuses" them.
    await signInAs(page, "Отказова Тест");
    await expect(level(page)).toHaveText("Стандартная");
    await page.getByRole("link", { name: "Изменить персональные данные" }).click();
    await fillPersonalData(
      page,
      person({
        lastName: "Отказова",
        firstName: "Тест",
        middleName: "",
        birthDate: "01.01.1980",
        passportIssueDate: "10.01.2000",
      }),
    );
    await page.getByRole("button", { name: "Продолжить" }).click();
    await expect(page.getByRole("heading", { name: "Проверка личных данных завершилась ошибкой" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByTestId("check-reason")).toContainText("не подтвердило паспорт");
    await expect(page.getByText("Данные учетной записи не изменены.")).toBeVisible();

    // The confirmation page does not claim the failed check passed.
    await page.goto("/esia-mock/profile/confirm");
    const checkStep = page
      .getByRole("navigation", { name: "Заполнение и проверка личных данных" })
      .getByRole("listitem")
      .nth(1);
    await expect(checkStep).toContainText("не пройден");
    await expect(checkStep).not.toContainText("✓");

    // "The next check fails": only that one. «Исправить данные» and the same data pass now.
    await page.goto("/esia-mock/profile/checks");
    await page.getByRole("link", { name: "Исправить данные" }).click();
    await fillPersonalData(
      page,
      person({
        lastName: "Отказова",
        firstName: "Тест",
        middleName: "",
        birthDate: "01.01.1980",
        passportIssueDate: "10.01.2000",
      }),
    );
    await page.getByRole("button", { name: "Продолжить" }).click();
    await expect(page.getByRole("heading", { name: "Проверка ваших личных данных завершена" })).toBeVisible({
      timeout: 15_000,
    });

    // Put the persona's own scenario back.
    await page.goto("/esia-mock/scenarios");
    const again = page.getByRole("form", { name: "Сценарий: Отказова Тест" });
    await again.getByLabel("Сценарий").selectOption("access_denied");
    await again.getByRole("button", { name: "Сохранить" }).click();
    await expect(
      page.getByRole("form", { name: "Сценарий: Отказова Тест" }).getByTestId("current-scenario"),
    ).toContainText("Пользователь отказывает в доступе");
  });
});
