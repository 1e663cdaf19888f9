import { expect, type Page } from "@playwright/test";
import { expectAccessibleOnce } from "./accessibility";

// Journeys shared by the application and casework specs: signing in through the mock ESIA and
// filling the application forms by their visible Russian labels, as a parent would.

export const PASSWORD = "Parol2026";
let sequence = 0;
export const unique = () => `${Date.now()}${(sequence += 1)}`;

/** The last code the portal "sent" to an address, read from /dev/outbox in a second tab. */
export async function codeSentTo(page: Page, recipient: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto(`/dev/outbox?recipient=${encodeURIComponent(recipient)}`);
  const text = await outbox.getByRole("main").innerText();
  await outbox.close();
  return /\b(\d{6})\b/.exec(text)![1]!;
}

/** A small valid PDF to upload. */
export const SAMPLE_PDF = {
  name: "spravka.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
};

/** On the mock ESIA: pick the persona (if not yet signed in there), then «Предоставить». */
export async function passEsia(page: Page, persona: string) {
  await expect(page).toHaveURL(/\/esia-mock\/(login|consent)/);
  if (page.url().includes("/esia-mock/login")) {
    await expectAccessibleOnce(page, "мок-ЕСИА: выбор персоны");
    await page.getByRole("button", { name: `Войти как ${persona}` }).click();
  }
  await expect(page.getByRole("heading", { name: "Предоставление прав доступа" })).toBeVisible();
  await expectAccessibleOnce(page, "мок-ЕСИА: согласие");
  await page.getByRole("button", { name: "Предоставить" }).click();
}

/**
 * Signs in through «Вход через ЕСИА» as a mock persona. The first time, the persona has no
 * cabinet yet: the person registers one from the ESIA data (it stays linked for later tests).
 */
export async function signInThroughEsia(page: Page, persona: string, returnTo = "/cabinet") {
  await page.goto(`/esia/start?intent=login&returnTo=${encodeURIComponent(returnTo)}`);
  await passEsia(page, persona);
  const register = page.getByRole("form", { name: "Регистрация нового личного кабинета" });
  // Where the callback sends the person: the choice page (no cabinet yet) or returnTo. Decided
  // only once the browser is there: asking while the callback is still answering read a page
  // that had not arrived, and a new person was never registered.
  const unlinked = page.getByRole("heading", { name: "Учетная запись ЕСИА не привязана к личному кабинету" });
  await page.waitForURL(
    (url) => url.pathname === "/esia/choose" || url.pathname === returnTo.split("?")[0] || url.pathname === "/cabinet",
  );
  if (new URL(page.url()).pathname === "/esia/choose") {
    await expect(unlinked).toBeVisible();
    await expectAccessibleOnce(page, "ЕСИА не привязана: войти или зарегистрироваться");
    await register.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
    await register.getByLabel("Повторите пароль").fill(PASSWORD);
    await register.getByRole("button", { name: "Зарегистрировать личный кабинет" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/?]/g, "\\$&")}$|/cabinet$`));
}

/** Registers a cabinet with e-mail and a code from the outbox; not linked to ESIA. */
export async function registerCabinet(page: Page, person: { lastName: string; firstName: string }): Promise<string> {
  const email = `cabinet${unique()}@example.ru`;
  await page.goto("/register");
  await expectAccessibleOnce(page, "регистрация личного кабинета");
  await page.getByLabel("Фамилия").fill(person.lastName);
  await page.getByLabel("Имя", { exact: true }).fill(person.firstName);
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Повторите пароль").fill(PASSWORD);
  await page.getByLabel(/согласие/i).check();
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page).toHaveURL(/\/register\/confirm/);
  await expectAccessibleOnce(page, "код подтверждения регистрации");
  await page.getByLabel("Код подтверждения").fill(await codeSentTo(page, email));
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page).toHaveURL(/\/cabinet$/);
  return email;
}

export const SERVICE_TITLES = {
  "kindergarten-basic": "Назначение основной компенсации части родительской платы за детский сад",
} as const;

/** From the service page, «Заполнить заявление» → the first step. */
export async function startApplication(page: Page, serviceId: string) {
  await page.goto(`/services/${serviceId}`);
  await expectAccessibleOnce(page, `страница услуги ${serviceId}, вход выполнен`);
  await page.getByRole("button", { name: "Заполнить заявление" }).click();
  await expect(page.getByRole("heading", { name: "Сведения о заявителе" })).toBeVisible();
  await expectAccessibleOnce(page, `${serviceId}: шаг «Сведения о заявителе»`);
}

export async function next(page: Page, heading: string) {
  await page.getByRole("button", { name: "Далее", exact: true }).click();
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  await expectAccessibleOnce(page, `${page.url().includes("/staff/") ? "сотрудник" : "гражданин"}: шаг «${heading}»`);
}

/** Applicant step when ESIA filled in the person: only «Кем вы являетесь ребенку» is asked. */
export async function applicantFromEsia(page: Page, role = "Мать") {
  await expect(page.getByLabel("СНИЛС", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Кем вы являетесь ребенку").selectOption({ label: role });
  await next(page, "Адрес регистрации");
}

export async function kindergartenStep(page: Page, child: string, kindergarten: RegExp) {
  await page.getByLabel("Ребенок, посещающий детский сад").selectOption({ label: child });
  const option = page.getByLabel("Детский сад", { exact: true }).locator("option", { hasText: kindergarten }).first();
  await page.getByLabel("Детский сад", { exact: true }).selectOption({ label: (await option.textContent())! });
  await page.getByLabel("Номер договора").fill("77/2025");
  await page.getByLabel("Дата договора").fill("01.09.2025");
  await page.getByLabel("Режим пребывания в группе").selectOption({ label: "9 ч" });
  await page.getByLabel("Родительская плата в месяц, ₽").fill("3 500");
  await page.getByLabel("Родительская плата за текущий месяц внесена").check();
}

export async function paymentToBank(page: Page) {
  await page.getByRole("radio", { name: "На счет в банке" }).check();
  await page.getByLabel("БИК банка").fill("049205603");
  await page.getByLabel("Номер счета").fill("40817810700000012345");
}

export async function consentAndReview(page: Page) {
  await page.getByLabel("Даю согласие на обработку персональных данных").check();
  await page.getByLabel("Подтверждаю, что сведения в заявлении достоверны").check();
  await page.getByLabel(/Обязуюсь сообщать об изменениях/).check();
  await page.getByRole("button", { name: "Перейти к проверке заявления" }).click();
  await expect(page.getByRole("heading", { name: "Проверьте заявление" })).toBeVisible();
  await expectAccessibleOnce(page, "проверка заявления");
}

/** «Отправить заявление» and the number the portal gives. */
export async function submitAndGetNumber(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Отправить заявление" }).click();
  await expect(page.getByText("Заявление отправлено и зарегистрировано")).toBeVisible();
  await expectAccessibleOnce(page, "заявление отправлено");
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  return /№ (\S+)/.exec(heading)![1]!;
}

/**
 * A parent of Kazan (persona «Миннахметова Эльвира» unless another is named) files the basic
 * kindergarten compensation from start to end. Returns the application's number and page URL.
 */
export async function submitKindergartenApplication(
  page: Page,
  persona = "Шакирова Наиля",
  child = "Шакиров Эмиль Булатович",
): Promise<{ number: string; url: string }> {
  await signInThroughEsia(page, persona);
  await startApplication(page, "kindergarten-basic");
  await applicantFromEsia(page);
  await next(page, "Сведения о детях");
  await next(page, "Детский сад");
  await kindergartenStep(page, child, /Казань/);
  await next(page, "Способ получения выплаты");
  await paymentToBank(page);
  await next(page, "Документы");
  await next(page, "Согласие и подтверждение");
  await consentAndReview(page);
  const number = await submitAndGetNumber(page);
  return { number, url: page.url().replace(/\?.*$/, "") };
}
