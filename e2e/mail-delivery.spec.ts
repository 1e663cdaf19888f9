import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort, startSmtpSink, type SmtpSink } from "../lib/messaging/smtp-sink";
import { DEMO_STAFF_PASSWORD, demoStaff } from "../lib/staff/demo-staff";
import { totpCode, totpStep } from "../lib/staff/totp";
// @ts-expect-error -- a plain .mjs script shared with the run command
import { ensureEsiaClientCertificate } from "../scripts/esia-client-certificate.mjs";
import {
  PASSWORD,
  applicantFromEsia,
  consentAndReview,
  kindergartenStep,
  next,
  passEsia,
  paymentToBank,
  startApplication,
  submitAndGetNumber,
  unique,
} from "./support/applications";

// Codes and notices reach the person's mailbox: a portal of its own (fresh embedded database)
// delivers to a real SMTP server (scripts/smtp-sink.py), and the test reads the mail there, never
// the outbox page. A parent registers with an e-mail and confirms it with the code from the mail,
// links ESIA, sends an application; a caseworker approves; the decision is in the parent's mail.

test.describe.configure({ mode: "serial" });

let sink: SmtpSink;
let portal: ChildProcess;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  sink = await startSmtpSink();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const esiaClient = ensureEsiaClientCertificate(path.resolve(".data/e2e/esia"));
  portal = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      APP_URL: base,
      NEXTAUTH_URL: base,
      PGLITE_DATA_DIR: `.data/e2e/mail-${process.pid}`,
      SEED_DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      ESIA_MOCK_ENABLED: "true",
      ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
      ESIA_CLIENT_CERTIFICATE_FILE: esiaClient.certificateFile,
      ESIA_CLIENT_PRIVATE_KEY_FILE: esiaClient.keyFile,
      // E-mail to the SMTP server; SMS (none in this journey) to the outbox.
      SMTP_URL: sink.url,
      MAIL_FROM: "Портал госуслуг РТ <noreply@uslugi.example.ru>",
      DELIVERY_TRANSPORT: "outbox",
      INSECURE_LOCAL_HTTP: "true", // plain http on 127.0.0.1
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let tries = 0; tries < 100; tries++) {
    const healthy = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the mail-delivery portal did not start");
});

test.afterAll(async () => {
  portal?.kill("SIGTERM");
  await sink?.stop();
});

async function mailTo(address: string, subject: RegExp) {
  let found;
  await expect
    .poll(() => (found = sink.messages().find((m) => m.to.includes(address) && subject.test(m.subject))), {
      timeout: 20_000,
    })
    .toBeTruthy();
  return found!;
}

async function staffPage(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  await page.goto("/staff/login");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/second-factor/);
  await page
    .getByLabel("Код из приложения-аутентификатора")
    .fill(totpCode(demoStaff(login).totpSecret, new Date(totpStep() * 30_000)));
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByTestId("staff-signed-in")).toBeVisible();
  return page;
}

async function confirmAction(page: Page, action: string, done: string) {
  const section = page.getByRole("region", { name: action });
  await section.getByRole("button", { name: action }).click();
  await section.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByRole("status")).toContainText(done);
}

test("a parent registers with the code from the mailbox, applies, and the decision arrives by e-mail", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const parent = await (await browser.newContext({ baseURL: base, locale: "ru-RU" })).newPage();
  const email = `mail.parent${unique()}@example.ru`;

  await parent.goto("/register");
  await parent.getByLabel("Фамилия").fill("Шакирова");
  await parent.getByLabel("Имя", { exact: true }).fill("Наиля");
  await parent.getByLabel("Электронная почта").fill(email);
  await parent.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await parent.getByLabel("Повторите пароль").fill(PASSWORD);
  await parent.getByLabel(/согласие/i).check();
  await parent.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(parent).toHaveURL(/\/register\/confirm/);

  const codeMail = await mailTo(email, /^Код подтверждения регистрации$/);
  const code = /: (\d{6})/.exec(codeMail.text!)![1]!;
  await parent.getByLabel("Код подтверждения").fill(code);
  await parent.getByRole("button", { name: "Подтвердить" }).click();
  await expect(parent).toHaveURL(/\/cabinet$/);

  // Sending needs a standard ESIA account: link it, keeping the cabinet's own contacts.
  await parent.goto("/cabinet/settings/esia");
  await parent.getByRole("link", { name: "Установить привязку к ЕСИА" }).click();
  await passEsia(parent, "Шакирова Наиля");
  const keep = parent.getByRole("button", { name: "Оставить данные личного кабинета" });
  if (await keep.isVisible()) await keep.click();
  await expect(parent).toHaveURL(/\/cabinet/);

  // «Уведомления»: the e-mail confirmed by the code; the parent chooses e-mail only.
  await parent.goto("/cabinet/settings/notifications");
  await expect(parent.getByText(`${email} — подтвержден кодом`)).toBeVisible();
  await parent.getByLabel("Только по электронной почте").check();
  await parent.getByRole("button", { name: "Сохранить" }).click();
  await expect(parent.getByRole("status")).toHaveText("Настройки уведомлений сохранены.");
  await expect(parent.getByLabel("Только по электронной почте")).toBeChecked();

  await startApplication(parent, "kindergarten-basic");
  await applicantFromEsia(parent);
  await next(parent, "Сведения о детях");
  await next(parent, "Детский сад");
  await kindergartenStep(parent, "Шакиров Эмиль Булатович", /Казань/);
  await next(parent, "Способ получения выплаты");
  await paymentToBank(parent);
  await next(parent, "Документы");
  await next(parent, "Согласие и подтверждение");
  await consentAndReview(parent);
  const number = await submitAndGetNumber(parent);
  await mailTo(email, new RegExp(`^Заявление № ${number}: Принято \\(зарегистрировано\\)$`));

  const caseworker = await staffPage(browser, "kazan.specialist");
  await caseworker.goto(`/staff/queue?q=${encodeURIComponent(number)}`);
  await caseworker.getByRole("link", { name: number }).click();
  await confirmAction(caseworker, "Взять в работу", "Заявление взято в работу");
  await confirmAction(caseworker, "Принять положительное решение", "Положительное решение принято");

  const decision = await mailTo(email, new RegExp(`^Заявление № ${number}: Положительное решение$`));
  expect(decision.text).toContain("Принято положительное решение. Размер выплаты:");
  expect(decision.text).toMatch(new RegExp(`${base.replace(/[.:/]/g, "\\$&")}/cabinet/applications/\\d+`));
  expect(decision.html).toContain("Открыть заявление в личном кабинете");

  // The administrator's «Доставка сообщений»: everything above was delivered, nothing failed.
  const admin = await staffPage(browser, "admin");
  await admin.goto("/staff/admin");
  await admin.getByRole("link", { name: "Доставка сообщений" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Доставка сообщений" })).toBeVisible();
  await expect(admin.getByText("Таких сообщений нет.")).toBeVisible();
});
