import { expect, test } from "@playwright/test";
import { formatRubles } from "../lib/benefits/money";
import { parseRublesInput } from "../lib/casework/forms";
import { SAMPLE_PDF, submitKindergartenApplication } from "./support/applications";
import { confirmAction, staffPage, waitForUsedSteps } from "./support/staff";

// The caseworker's side of an application, end to end: a parent of Kazan sends one; the Kazan
// caseworker (with JavaScript off: every action is a plain form post with a confirmation) takes
// it, asks for a document; the parent uploads it in the cabinet; the caseworker resumes and
// approves as computed; the parent sees the decision and the amount. A Chelny caseworker gets
// 404 for the same application, and Chelny's supervisor finds that attempt in «Журнал аудита».

test.afterAll(async () => {
  test.setTimeout(90_000);
  await waitForUsedSteps(); // a spec signing the same demo staff in next is not refused
});

test("a parent applies, the Kazan caseworker asks for a document, approves, and the parent sees the amount; Chelny gets 404", async ({
  page: parent,
  browser,
}) => {
  test.setTimeout(180_000);
  const { number, url } = await submitKindergartenApplication(parent);
  await expect(parent.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");

  // The Kazan caseworker finds it in «Очередь заявлений» by its number.
  const caseworker = await staffPage(browser, "kazan.specialist", false);
  await caseworker.goto("/staff/queue");
  await expect(caseworker.getByRole("heading", { level: 1, name: "Очередь заявлений" })).toBeVisible();
  for (const column of ["Номер заявления", "Заявитель", "Услуга", "Статус", "Дата подачи", "Срок решения"]) {
    await expect(caseworker.getByRole("columnheader", { name: column })).toBeVisible();
  }
  await caseworker.getByLabel("Поиск").fill(number);
  await caseworker.getByRole("button", { name: "Показать" }).click();
  await expect(caseworker.getByRole("row")).toHaveCount(2);
  await caseworker.getByRole("link", { name: number }).click();
  await expect(caseworker.getByRole("heading", { level: 1, name: `Заявление № ${number}` })).toBeVisible();
  const applicationPath = new URL(caseworker.url()).pathname;

  // Everything the parent entered, with what came from ESIA, and the computation.
  await expect(caseworker.getByText("Шакирова").first()).toBeVisible();
  await expect(caseworker.getByText("из ЕСИА").first()).toBeVisible();
  await expect(caseworker.getByText("Стандартная")).toBeVisible();
  await expect(caseworker.getByRole("heading", { name: "Расчет по правилам" })).toBeVisible();
  await expect(caseworker.getByText(/Право есть\. Размер выплаты: .* в месяц/)).toBeVisible();

  await confirmAction(caseworker, "Взять в работу", "Заявление взято в работу");
  await expect(caseworker.getByTestId("application-status")).toHaveText("В работе");

  const request = caseworker.getByRole("region", { name: "Запросить документы" });
  await request.getByLabel("Договор с детским садом").check();
  await request.getByLabel("Сообщение заявителю").fill("Приложите, пожалуйста, договор с детским садом");
  await confirmAction(caseworker, "Запросить документы", "Документы запрошены");
  await expect(caseworker.getByTestId("application-status")).toHaveText("Приостановлено: запрошены документы");

  // The parent sees the request in the cabinet, uploads the document and sends it. (In a browser
  // without JavaScript, same session: with JavaScript on, the cabinet page does not yet show the
  // uploaded file until it is reloaded — reported to the cabinet's owner.)
  const parentNoScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await parentNoScript.context().addCookies(await parent.context().cookies());
  await parentNoScript.goto(url);
  const documents = parentNoScript.getByRole("region", { name: "Нужно представить документы" });
  await expect(documents).toContainText("Договор с детским садом");
  await expect(documents).toContainText("Приложите, пожалуйста, договор с детским садом");
  await documents.getByLabel("Файл с документом").setInputFiles(SAMPLE_PDF);
  await documents.getByRole("button", { name: "Прикрепить документ" }).click();
  await expect(documents).toContainText(SAMPLE_PDF.name);
  await documents.getByRole("button", { name: "Отправить документы" }).click();
  await expect(parentNoScript.getByTestId("application-status")).toHaveText("Документы представлены");

  // The caseworker sees the file, resumes and approves with the computed figures.
  await caseworker.goto(applicationPath);
  await expect(caseworker.getByTestId("application-status")).toHaveText("Документы представлены");
  await expect(caseworker.getByRole("region", { name: "Вложения" })).toContainText(SAMPLE_PDF.name);
  const download = await caseworker.request.get(
    await caseworker
      .getByRole("link", { name: `Скачать ${SAMPLE_PDF.name}` })
      .getAttribute("href")
      .then((href) => href!),
  );
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await confirmAction(caseworker, "Продолжить рассмотрение", "Рассмотрение продолжено");
  // «Принять положительное решение» comes prefilled with what the rules computed.
  const computed = await caseworker
    .getByRole("region", { name: "Принять положительное решение" })
    .getByLabel("Размер выплаты в месяц, ₽")
    .inputValue();
  expect(computed).toMatch(/^\d+,\d{2}$/);
  await expect(caseworker.getByLabel("Срок выплаты, месяцев")).toHaveValue("12");
  await confirmAction(caseworker, "Принять положительное решение", "Положительное решение принято");
  await expect(caseworker.getByTestId("application-status")).toHaveText("Положительное решение");
  await expect(caseworker.getByRole("region", { name: "История статусов" })).toContainText("Галиева Эльвира Ринатовна");

  // The parent: the decision and the amount, in the cabinet and in the notifications.
  await parent.goto(url);
  await expect(parent.getByTestId("application-status")).toHaveText("Положительное решение");
  await expect(parent.getByTestId("approved-amount")).toHaveText(
    `${formatRubles(parseRublesInput(computed)!)} в месяц`,
  );
  await parent.goto("/cabinet/notifications");
  await expect(parent.getByRole("list", { name: "Список уведомлений" })).toContainText(
    `Заявление № ${number}: Положительное решение`,
  );

  // A caseworker of Naberezhnye Chelny: the same address is «not found», the search finds nothing.
  const chelny = await staffPage(browser, "chelny.specialist");
  const response = await chelny.goto(applicationPath);
  expect(response?.status()).toBe(404);
  await expect(chelny.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  await expect(chelny.getByText(number)).toHaveCount(0);
  await chelny.goto(`/staff/queue?q=${encodeURIComponent(number)}`);
  await expect(chelny.getByText("Заявлений по этому отбору нет.")).toBeVisible();
  expect((await chelny.request.get(`${applicationPath}/attachments/anything`)).status()).toBe(404);

  // Chelny's supervisor sees the attempt in «Журнал аудита».
  const supervisor = await staffPage(browser, "chelny.supervisor");
  await supervisor
    .getByRole("navigation", { name: "Разделы рабочего места" })
    .getByRole("link", { name: "Журнал аудита" })
    .click();
  const refused = supervisor
    .getByRole("row")
    .filter({ hasText: "Хабибуллина Лейсан Маратовна" })
    .filter({ hasText: "отказано в доступе" });
  await expect(refused.filter({ hasText: "Просмотр заявления" })).toContainText(
    "заявление другого территориального органа",
  );
  await expect(refused.filter({ hasText: "Открытие вложения" })).toHaveCount(1);
});

test("two caseworkers on one application: the second is told and overwrites nothing; the supervisor assigns, exports and counts", async ({
  page: parent,
  browser,
}) => {
  test.setTimeout(180_000);
  const { number } = await submitKindergartenApplication(parent);
  const first = await staffPage(browser, "kazan.specialist");
  const second = await staffPage(browser, "kazan.specialist2");
  for (const page of [first, second]) {
    await page.goto(`/staff/queue?q=${encodeURIComponent(number)}`);
    await page.getByRole("link", { name: number }).click();
    await expect(page.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");
  }
  // Both opened it; the first takes it; the second, on the page as it was, tries too.
  await confirmAction(first, "Взять в работу", "Заявление взято в работу");
  const take = second.getByRole("region", { name: "Взять в работу" });
  await take.getByRole("button", { name: "Взять в работу" }).click();
  await take.getByRole("button", { name: "Подтвердить" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Конфликт изменений" })).toContainText(
    "изменил другой сотрудник",
  );
  await expect(second.getByTestId("application-status")).toHaveText("В работе");
  await expect(second.getByText("Галиева Эльвира Ринатовна").first()).toBeVisible();
  const applicationPath = new URL(second.url()).pathname;

  // The supervisor: «Назначить исполнителя», the queue as CSV, the statistics.
  const supervisor = await staffPage(browser, "kazan.supervisor");
  await supervisor.goto(applicationPath);
  const assign = supervisor.getByRole("region", { name: "Назначить исполнителя" });
  await assign.getByLabel("Исполнитель").selectOption({ label: "Сафин Айдар Ильдарович" });
  await confirmAction(supervisor, "Назначить исполнителя", "Исполнитель назначен");
  await expect(supervisor.getByText("Сафин Айдар Ильдарович").first()).toBeVisible();

  await supervisor.goto("/staff/queue?status=in_review");
  const href = await supervisor.getByRole("link", { name: "Выгрузить в CSV" }).getAttribute("href");
  expect(href).toBe("/staff/export?status=in_review");
  const csv = await supervisor.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Номер заявления,Услуга,Статус,Заявитель");
  expect(text).toContain(`${number},Основная компенсация за детский сад,В работе,Шакирова Наиля`);
  expect(text).toContain("Сафин Айдар Ильдарович");
  // Caseworkers have no export: the same address is «not found».
  expect((await first.request.get(href!)).status()).toBe(404);

  await supervisor
    .getByRole("navigation", { name: "Разделы рабочего места" })
    .getByRole("link", { name: "Статистика" })
    .click();
  await expect(supervisor.getByRole("heading", { level: 1, name: "Статистика" })).toBeVisible();
  await expect(supervisor.getByRole("row", { name: /^Всего/ })).toBeVisible();
  expect((await first.goto("/staff/statistics"))?.status()).toBe(404);
});
