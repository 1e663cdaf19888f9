import { expect, test, type Page } from "@playwright/test";
import { formatMonth } from "../lib/casework/labels";
import { todayInMoscow } from "../lib/validation/calendar-date";
import { kindergartenStep, paymentToBank, signInThroughEsia } from "./support/applications";
import { confirmAction, staffPage, waitForUsedSteps } from "./support/staff";

// The ministry's side, end to end: a parent of Kazan has a cabinet linked to ESIA; the Kazan
// caseworker registers her paper application received in person (the citizen's own forms),
// and decides it; the ministry's «Показатели» for Kazan and this month count one more
// application «Лично…» and a lower electronic share; the parent finds the application in the
// cabinet with that channel. The ministry's browser has JavaScript off: the charts are there.

test.afterAll(async () => {
  test.setTimeout(90_000);
  await waitForUsedSteps();
});

const MONTH = todayInMoscow().slice(0, 7);

/** The three charts are images the browser has loaded (decoded, with a size), each with its text alternative. */
async function expectChartsShown(page: Page) {
  const charts = page.getByRole("figure").getByRole("img", { name: /диаграмма «.+»: .+Числа — в таблице ниже\./ });
  await expect(charts).toHaveCount(3);
  for (const chart of await charts.all()) {
    await expect
      .poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
      .toBe(true);
  }
}

/** This month's row of the months table: [total, portal, in person, МФЦ, post, share]. */
async function monthRow(page: Page): Promise<string[]> {
  await page.goto(`/staff/dashboard?from=${MONTH}&to=${MONTH}&territory=kazan`);
  const table = page.getByRole("table", { name: "Доля электронных заявлений по месяцам" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: formatMonth(MONTH) }) });
  return row.getByRole("cell").allInnerTexts();
}

test("a caseworker registers a paper application for a parent with a linked cabinet; the ministry sees the share move; the parent sees it «Лично…»", async ({
  page: parent,
  browser,
}) => {
  test.setTimeout(240_000);
  // The parent's cabinet, linked to her standard ESIA account (created on the first visit).
  await signInThroughEsia(parent, "Шакирова Наиля");

  const ministry = await staffPage(browser, "ministry", false);
  const before = await monthRow(ministry);
  // Charts drawn on the server, shown without JavaScript; the same numbers in tables.
  await expectChartsShown(ministry);
  await expect(ministry.getByRole("heading", { name: "Территория" })).toBeVisible();
  // The ministry opens no application: the queue is not its page.
  expect((await ministry.goto("/staff/queue"))?.status()).toBe(404);

  // The Kazan caseworker enters the application received today in person.
  const caseworker = await staffPage(browser, "kazan.specialist2");
  await caseworker.getByRole("link", { name: "Заявление на бумаге" }).click();
  // The queue the caseworker comes from has a filter labelled «Услуга» too: wait for the new page.
  await expect(caseworker.getByRole("heading", { name: "Заявление на бумаге", level: 1 })).toBeVisible();
  await caseworker.getByLabel("Услуга").selectOption({ label: "Основная компенсация за детский сад" });
  await expect(caseworker.getByRole("radio", { name: "Лично в органе социальной защиты" })).toBeChecked();
  await caseworker.getByRole("button", { name: "Начать ввод заявления" }).click();

  await expect(caseworker.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
  await caseworker.getByLabel("Фамилия").fill("Шакирова");
  await caseworker.getByLabel("Имя", { exact: true }).fill("Наиля");
  await caseworker.getByLabel("Отчество").fill("Азатовна");
  await caseworker.getByLabel("Дата рождения").fill("03.03.1993");
  await caseworker.getByRole("radio", { name: "Женский" }).check();
  await caseworker.getByLabel("СНИЛС", { exact: true }).fill("267-890-123 16");
  await caseworker.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Мать" });
  await caseworker.getByLabel("Серия паспорта").fill("92 13");
  await caseworker.getByLabel("Номер паспорта").fill("678901");
  await caseworker.getByLabel("Дата выдачи").fill("15.03.2013");
  await caseworker
    .getByLabel("Кем выдан")
    .fill("Отделом УФМС России по Республике Татарстан в Приволжском районе г. Казани");
  await caseworker.getByLabel("Код подразделения").fill("160-004");
  await caseworker.getByLabel("Мобильный телефон").fill("+7 917 000-00-14");
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();

  await expect(caseworker.getByRole("heading", { name: "Адрес регистрации" })).toBeVisible();
  await caseworker.getByLabel("Муниципальное образование").selectOption({ label: "город Казань" });
  await caseworker.getByLabel("Почтовый индекс").fill("420095");
  await caseworker.getByLabel("Адрес регистрации", { exact: true }).fill("г. Казань, ул. Восстания, д. 7, кв. 3");
  await caseworker.getByLabel("Адрес проживания совпадает с адресом регистрации").check();
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();

  await expect(caseworker.getByRole("heading", { name: "Сведения о детях" })).toBeVisible();
  const child = caseworker.getByRole("group", { name: "Ребенок 1" });
  await child.getByLabel("Фамилия").fill("Шакиров");
  await child.getByLabel("Имя", { exact: true }).fill("Эмиль");
  await child.getByLabel("Отчество").fill("Булатович");
  await child.getByLabel("Дата рождения").fill("11.06.2020");
  await child.getByRole("radio", { name: "Мужской" }).check();
  await child.getByLabel("Серия свидетельства о рождении").fill("IV-КБ");
  await child.getByLabel("Номер свидетельства о рождении").fill("634501");
  await child.getByLabel("Дата выдачи свидетельства").fill("18.06.2020");
  await child.getByLabel("Орган ЗАГС").fill("Отдел ЗАГС Приволжского района г. Казани");
  await child.getByLabel("Свидетельство выдано в Республике Татарстан").check();
  await child.getByLabel("Ребенок проживает со мной").check();
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();

  await expect(caseworker.getByRole("heading", { name: "Детский сад" })).toBeVisible();
  await kindergartenStep(caseworker, "Шакиров Эмиль Булатович", /Казань/);
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(caseworker.getByRole("heading", { name: "Способ получения выплаты" })).toBeVisible();
  await paymentToBank(caseworker);
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(caseworker.getByRole("heading", { name: "Документы" })).toBeVisible();
  await caseworker.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(caseworker.getByRole("heading", { name: "Согласие и подтверждение" })).toBeVisible();
  await caseworker.getByLabel("Даю согласие на обработку персональных данных").check();
  await caseworker.getByLabel("Подтверждаю, что сведения в заявлении достоверны").check();
  await caseworker.getByLabel(/Обязуюсь сообщать об изменениях/).check();
  await caseworker.getByRole("button", { name: "Перейти к регистрации" }).click();

  await expect(caseworker.getByRole("heading", { name: "Регистрация заявления на бумаге" })).toBeVisible();
  await expect(caseworker.getByText(/заявление появится в кабинете/)).toBeVisible();
  await caseworker.getByRole("button", { name: "Зарегистрировать заявление" }).click();
  await expect(caseworker.getByRole("status")).toContainText("Заявление на бумаге зарегистрировано");
  const number = /№ (\S+)/.exec(await caseworker.getByRole("heading", { level: 1 }).innerText())![1]!;
  await expect(caseworker.getByText("Лично в органе социальной защиты")).toBeVisible();
  await confirmAction(caseworker, "Взять в работу", "Заявление взято в работу");
  await confirmAction(caseworker, "Принять положительное решение", "Положительное решение принято");
  await expect(caseworker.getByTestId("application-status")).toHaveText("Положительное решение");

  // The ministry: one more «Лично…» in Kazan this month, and the share recomputed.
  const after = await monthRow(ministry);
  const [total, portal, inPerson] = before.map((cell) => Number(cell.replace(/\s/g, "")));
  expect(after.slice(0, 3).map((cell) => Number(cell.replace(/\s/g, "")))).toEqual([
    total! + 1,
    portal!,
    inPerson! + 1,
  ]);
  expect(after[5]).toBe((Math.round((portal! / (total! + 1)) * 1000) / 10).toLocaleString("ru-RU"));
  await expectChartsShown(ministry);

  // Neither the parent's session nor the caseworker's opens a chart of the dashboard.
  for (const other of [parent, caseworker])
    expect((await other.request.get(`/staff/dashboard/chart/months?from=${MONTH}&to=${MONTH}`)).status()).toBe(404);

  // The parent sees it in the cabinet, received in person, with the decision.
  await parent.goto("/cabinet/applications");
  await parent
    .getByRole("link", { name: new RegExp(number) })
    .first()
    .click();
  await expect(parent.getByRole("heading", { level: 1, name: `Заявление № ${number}` })).toBeVisible();
  await expect(parent.getByTestId("application-channel")).toHaveText("Лично в органе социальной защиты");
  await expect(parent.getByTestId("application-status")).toHaveText("Положительное решение");
});

test("the leaflets: portal pages from the home page, and a territorial body's PDF for its supervisor", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Войти через ЕСИА" })).toHaveAttribute(
    "href",
    "/esia/start?intent=login",
  );
  await page.getByRole("link", { name: /информационные листы/ }).click();
  await page.getByRole("link", { name: "Оформи компенсацию за оплату детского сада" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Оформи компенсацию за оплату детского сада" }),
  ).toBeVisible();
  await expect(page.getByText("Зарегистрируйтесь на Портале госуслуг РФ")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "8 (843) 5-114-115" })).toHaveAttribute(
    "href",
    "tel:+78435114115",
  );

  const supervisor = await staffPage(browser, "chelny.supervisor", false);
  await supervisor.getByRole("link", { name: "Листовки" }).click();
  await supervisor.getByLabel("Формат").selectOption("A5");
  const [download] = await Promise.all([
    supervisor.waitForEvent("download"),
    supervisor.getByRole("button", { name: "Скачать PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("listovka-kindergarten-compensation-naberezhnye-chelny-A5.pdf");
  // Another body's leaflet is not the Chelny supervisor's to print.
  const other = await supervisor.request.get(
    "/staff/leaflets/download?leaflet=child-allowance&territory=kazan&size=A4",
  );
  expect(other.status()).toBe(404);
});

test("a caseworker deletes an unfinished paper draft after confirming; a colleague's direct link answers 404", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const caseworker = await staffPage(browser, "chelny.specialist");
  await caseworker.goto("/staff/paper-applications/new");
  await caseworker.getByLabel("Услуга").selectOption({ label: "Основная компенсация за детский сад" });
  await caseworker.getByRole("radio", { name: "Почтой" }).check();
  await caseworker.getByRole("button", { name: "Начать ввод заявления" }).click();
  await expect(caseworker.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
  const id = /paper-applications\/(\d+)/.exec(caseworker.url())![1]!;

  // Another territory's caseworker cannot open (nor delete) it.
  const other = await staffPage(browser, "kazan.specialist");
  expect((await other.goto(`/staff/paper-applications/${id}?confirm=delete`))?.status()).toBe(404);

  // Listed as unfinished; from there to its page and «Удалить черновик».
  await caseworker.goto("/staff/paper-applications/new");
  const listed = caseworker.locator(`a[href="/staff/paper-applications/${id}"]`);
  await expect(listed).toHaveCount(1);
  await listed.click();
  await caseworker.getByRole("link", { name: "Удалить черновик" }).click();
  await expect(caseworker.getByText("Черновик и прикрепленные сканы будут удалены")).toBeVisible();
  await caseworker.getByRole("button", { name: "Да, удалить черновик" }).click();
  await expect(caseworker.getByRole("status")).toHaveText("Черновик удален.");
  await expect(listed).toHaveCount(0);
  expect((await caseworker.goto(`/staff/paper-applications/${id}`))?.status()).toBe(404);
});

test("«Показатели» reflow at 320 px: nothing scrolls sideways but the charts' own boxes", async ({ browser }) => {
  test.setTimeout(90_000);
  const ministry = await staffPage(browser, "ministry", false);
  await ministry.setViewportSize({ width: 320, height: 800 });
  await ministry.goto("/staff/dashboard");
  await expect(ministry.getByRole("heading", { level: 1, name: /Показатели/ })).toBeVisible();
  expect(await ministry.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
