import { expect, test } from "@playwright/test";
import {
  SAMPLE_PDF,
  applicantFromEsia,
  consentAndReview,
  kindergartenStep,
  next,
  passEsia,
  paymentToBank,
  registerCabinet,
  signInThroughEsia,
  startApplication,
  submitAndGetNumber,
} from "./support/applications";
import { expectAccessible } from "./support/accessibility";

// The three services from the catalogue to a sent application, as parents do it: by visible
// labels, with JavaScript off for one, resumed from a draft for another, and one refused until
// the cabinet is linked to a standard ESIA account.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("basic kindergarten compensation: catalogue → prefilled form → sent, with status, history and notification", async ({
    page,
  }) => {
    await signInThroughEsia(page, "Миннахметова Эльвира");
    await page.goto("/");
    await page
      .getByRole("link", { name: /основной компенсации/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Заполнить заявление" }).click();
    await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
    await expect(page.getByLabel("Фамилия")).toHaveValue("Миннахметова");
    await expect(page.getByText("Заполнено из ЕСИА").first()).toBeVisible();

    // A mistake is answered beside the field and in the summary; everything typed stays.
    await page.getByLabel("Мобильный телефон").fill("12345");
    await page.getByRole("button", { name: "Далее", exact: true }).click();
    await expect(page.getByRole("alert").getByText("Исправьте ошибки")).toBeVisible();
    await expect(page.getByLabel("Фамилия")).toHaveValue("Миннахметова");
    await expect(page.getByLabel("Мобильный телефон")).toHaveValue("12345");
    await expectAccessible(page, "шаг с ошибкой без JavaScript");
    await page.getByLabel("Мобильный телефон").fill("+7 917 000-00-10");
    await applicantFromEsia(page);

    await expect(page.getByLabel("Муниципальное образование")).toHaveValue("kazan");
    await next(page, "Сведения о детях");
    await expect(page.getByRole("group", { name: "Ребенок 2" }).getByLabel("Имя", { exact: true })).toHaveValue("Дина");
    await next(page, "Детский сад");
    await kindergartenStep(page, "Миннахметова Дина Рустемовна", /Казань/);
    await next(page, "Способ получения выплаты");
    await paymentToBank(page);
    await page.getByLabel("Номер счета").fill("40817810700000012346");
    await page.getByRole("button", { name: "Далее", exact: true }).click();
    await expect(
      page.getByText("Проверьте номер счета и БИК: номер счета не соответствует БИК банка").first(),
    ).toBeVisible();
    await expectAccessible(page, "способ получения: счет не соответствует БИК");
    await expect(page.getByLabel("БИК банка")).toHaveValue("049205603");
    await page.getByLabel("Номер счета").fill("40817810700000012345");
    await next(page, "Документы");
    await next(page, "Согласие и подтверждение");
    await consentAndReview(page);

    await expect(page.getByText("Миннахметова Дина Рустемовна").first()).toBeVisible();
    await expect(page.getByText(/Право на выплату есть, размер — .* в месяц/)).toBeVisible();
    const number = await submitAndGetNumber(page);
    expect(number).toMatch(/^16-\d{4}-\d{7}$/);
    await expect(page.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");
    await expect(page.getByRole("heading", { name: "История рассмотрения" })).toBeVisible();
    await expect(page.getByText("Заявление отправлено", { exact: true })).toBeVisible();
    await expect(
      page.getByText("Исполнительный комитет", { exact: false }).or(page.getByText(/Казан/)).first(),
    ).toBeVisible();

    // Sending again (the browser's back button and the button once more) does not make a second one.
    await page.goto(page.url().replace(/\?.*$/, "") + "/review");
    await expect(page.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");
    await page.goto("/cabinet/applications");
    await expect(page.getByRole("link", { name: new RegExp(`Заявление № ${number}`) })).toHaveCount(1);
    await expectAccessible(page, "мои заявления");
    await page.goto("/cabinet/notifications");
    await expect(page.getByText(`Заявление № ${number}: Принято (зарегистрировано)`)).toBeVisible();
    await expectAccessible(page, "уведомления");
  });
});

test("additional compensation: a draft saved half-way is resumed from «Мои заявления», documents attached, sent", async ({
  page,
}) => {
  await signInThroughEsia(page, "Сабиров Ренат");
  await startApplication(page, "kindergarten-additional");
  await page.getByLabel("СНИЛС", { exact: true }).fill("156-789-012 12");
  await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Отец" });
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(
    page
      .getByText("Проверьте СНИЛС")
      .first()
      .or(
        page
          .getByText(/СНИЛС/)
          .locator("xpath=..")
          .getByText(/ошибк|неверн|Проверьте/i)
          .first(),
      ),
  ).toBeVisible();
  await expect(page.getByLabel("Кем вы являетесь ребенку")).toHaveValue("father");
  await page.getByLabel("СНИЛС", { exact: true }).fill("156-789-012 11");
  await next(page, "Адрес регистрации");
  await expect(page.getByLabel("Муниципальное образование")).toHaveValue("naberezhnye-chelny");
  await next(page, "Сведения о детях");
  await next(page, "Детский сад");
  await kindergartenStep(page, "Сабирова Ясмина Ренатовна", /Набережные Челны/);
  await next(page, "Состав семьи и доходы");
  await page.getByLabel("Ваш доход за 3 месяца, ₽").fill("90 000");
  await page.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(page.getByText("Черновик сохранен")).toBeVisible();

  // Later: from the cabinet's list back to the step where the person stopped, values in place.
  await page.goto("/cabinet/applications");
  await expect(page.getByRole("link", { name: /Черновик: Дополнительная компенсация/ })).toBeVisible();
  await page.getByRole("link", { name: "Продолжить заполнение" }).click();
  await expect(page.getByRole("heading", { name: "Состав семьи и доходы" })).toBeVisible();
  await expect(page.getByLabel("Ваш доход за 3 месяца, ₽")).toHaveValue("90 000");
  await page
    .getByLabel("Доходы детей за 3 месяца (алименты, пенсии, пособия)")
    .or(page.getByLabel("Доходы детей за 3 месяца, ₽"))
    .fill("0");
  await next(page, "Способ получения выплаты");
  await page.getByRole("radio", { name: "На карту «Мир»" }).check();
  await page.getByLabel("Номер карты «Мир»").fill("2200 0000 0000 0004");
  await next(page, "Документы");
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(page.getByText(/Прикрепите: справки о доходах/).first()).toBeVisible();
  await page.getByLabel("Вид документа").selectOption({ label: "Справки о доходах членов семьи за 3 месяца" });
  await page
    .getByLabel("Файл", { exact: true })
    .setInputFiles({ ...SAMPLE_PDF, name: "readme.txt", buffer: Buffer.from("not a document") });
  await page.getByRole("button", { name: "Прикрепить файл" }).click();
  await expect(page.getByText("Можно прикрепить только PDF, JPG или PNG").first()).toBeVisible();
  await page.getByLabel("Вид документа").selectOption({ label: "Справки о доходах членов семьи за 3 месяца" });
  const tooLarge = Buffer.concat([SAMPLE_PDF.buffer, Buffer.alloc(5.5 * 1024 * 1024, 0x20)]);
  await page.getByLabel("Файл", { exact: true }).setInputFiles({ ...SAMPLE_PDF, name: "scan.pdf", buffer: tooLarge });
  await page.getByRole("button", { name: "Прикрепить файл" }).click();
  await expect(page.getByText("Файл больше 5 МБ: уменьшите его или разделите на части").first()).toBeVisible();
  await page.getByLabel("Вид документа").selectOption({ label: "Справки о доходах членов семьи за 3 месяца" });
  const large = Buffer.concat([SAMPLE_PDF.buffer, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
  await page.getByLabel("Файл", { exact: true }).setInputFiles({ ...SAMPLE_PDF, name: "spravka-2.pdf", buffer: large });
  await page.getByRole("button", { name: "Прикрепить файл" }).click();
  await expect(page.getByRole("link", { name: "spravka-2.pdf" })).toBeVisible();
  await page.getByLabel("Вид документа").selectOption({ label: "Справки о доходах членов семьи за 3 месяца" });
  await page.getByLabel("Файл", { exact: true }).setInputFiles(SAMPLE_PDF);
  await page.getByRole("button", { name: "Прикрепить файл" }).click();
  await expect(page.getByRole("link", { name: "spravka.pdf" })).toBeVisible();
  await next(page, "Согласие и подтверждение");
  await consentAndReview(page);
  await submitAndGetNumber(page);
  await expect(page.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");
  const receipt = await page.request.get(page.url().replace(/\?.*$/, "") + "/receipt");
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toContain("application/pdf");
});

test("child allowance: refused while the cabinet has no standard ESIA account, sent after linking it, back on the same page", async ({
  page,
}) => {
  await registerCabinet(page, { lastName: "Гайнуллина", firstName: "Лилия" });
  await startApplication(page, "child-allowance");
  await page.getByLabel("Отчество").fill("Равилевна");
  await page.getByLabel("Дата рождения").fill("11.12.1989");
  await page.getByRole("radio", { name: "Женский" }).check();
  await page.getByLabel("СНИЛС", { exact: true }).fill("278-901-234 02");
  await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: "Мать" });
  await page.getByLabel("Серия паспорта").fill("92 09");
  await page.getByLabel("Номер паспорта").fill("789012");
  await page.getByLabel("Дата выдачи").fill("20.12.2009");
  await page.getByLabel("Кем выдан").fill("Отделом УФМС России по Республике Татарстан в Альметьевском районе");
  await page.getByLabel("Код подразделения").fill("160-022");
  await page.getByLabel("Мобильный телефон").fill("+7 917 000-00-13");
  await next(page, "Адрес регистрации");
  await page.getByLabel("Муниципальное образование").selectOption({ label: "Альметьевский муниципальный район" });
  await page.getByLabel("Почтовый индекс").fill("423450");
  await page.getByLabel("Адрес регистрации").fill("г. Альметьевск, ул. Ленина, д. 45, кв. 9");
  await page.getByLabel("Адрес проживания совпадает с адресом регистрации").check();
  await next(page, "Сведения о детях");
  const child = page.getByRole("group", { name: "Ребенок 1" });
  await child.getByLabel("Фамилия").fill("Гайнуллин");
  await child.getByLabel("Имя", { exact: true }).fill("Тагир");
  await child.getByLabel("Дата рождения").fill("01.08.2020");
  await child.getByRole("radio", { name: "Мужской" }).check();
  await child.getByLabel("Серия свидетельства о рождении").fill("i-кб");
  await child.getByLabel("Номер свидетельства о рождении").fill("656705");
  await child.getByLabel("Дата выдачи свидетельства").fill("10.08.2020");
  await child.getByLabel("Орган ЗАГС").fill("Отдел ЗАГС Альметьевского района");
  await child.getByLabel("Ребенок одинокой матери").check();
  await next(page, "Состав семьи и доходы");
  await page.getByLabel("Ваш доход за 3 месяца, ₽").fill("30 000");
  await page.getByLabel(/Доходы детей за 3 месяца/).fill("0");
  await next(page, "Способ получения выплаты");
  await page.getByRole("radio", { name: "Через почтовое отделение" }).check();
  await page.getByLabel("Индекс почтового отделения").fill("423450");
  await next(page, "Документы");
  await page.getByLabel("Файл", { exact: true }).setInputFiles(SAMPLE_PDF);
  await page.getByRole("button", { name: "Прикрепить файл" }).click();
  await next(page, "Согласие и подтверждение");
  await consentAndReview(page);

  await expect(page.getByText("Подать заявление нельзя: личный кабинет не привязан к ЕСИА.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Отправить заявление" })).toHaveCount(0);
  const review = page.url();
  await page.getByRole("link", { name: "Войти в личный кабинет через ЕСИА" }).click();
  await passEsia(page, "Гайнуллина Лилия");
  if (await page.getByRole("heading", { name: "Данные в ЕСИА и в личном кабинете различаются" }).isVisible()) {
    await page.getByRole("button", { name: "Подтвердить замену" }).click();
  }
  await expect(page).toHaveURL(review);
  await expect(page.getByText(/Пособие в месяц: 1\u00a0000,00\u00a0₽/)).toBeVisible();
  await submitAndGetNumber(page);
  await expect(page.getByTestId("application-status")).toHaveText("Принято (зарегистрировано)");
});

test("another person's application, step or file answers «not found»", async ({ page, browser }) => {
  await signInThroughEsia(page, "Миннахметова Эльвира");
  await page.goto("/cabinet/applications");
  const href = await page
    .getByRole("link", { name: /Заявление № / })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/cabinet\/applications\/\d+$/);

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await registerCabinet(stranger, { lastName: "Посторонний", firstName: "Иван" });
  for (const path of [href!, `${href}/review`, `${href}/step/applicant`, `${href}/receipt`]) {
    const response = await stranger.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await strangerContext.close();
});
