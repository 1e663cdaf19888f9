// Lighthouse (mobile, its default emulation and throttling) on the pages of the citizen's journey:
// home, a service page, login, a form step and check-your-answers. Prints the performance score
// and the JavaScript the page transfers (kB, as sent: gzip). Goal (issue #14): score >= 95 and
// JS <= 150 kB on each.
//
//   npm run build && <start the portal as in bench/README.md, with the mock ESIA> &
//   node bench/lighthouse.mjs --base http://127.0.0.1:3250
//
// The signed-in pages: Playwright signs in through the mock ESIA as «Хасанова Алия» (registering
// her cabinet the first time), starts a draft, and Lighthouse gets that session's cookies.

import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3250" },
    chrome: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
});
const base = values.base.replace(/\/$/, "");
const PASSWORD = "Parol2026";

async function signedInSession() {
  const browser = await chromium.launch({ executablePath: values.chrome, args: ["--headless", "--no-sandbox"] });
  const page = await browser.newPage();
  await page.goto(`${base}/esia/start?intent=login&returnTo=%2Fcabinet`);
  if (page.url().includes("/esia-mock/login"))
    await page.getByRole("button", { name: "Войти как Хасанова Алия" }).click();
  await page.getByRole("button", { name: "Предоставить" }).click();
  const register = page.getByRole("form", { name: "Регистрация нового личного кабинета" });
  if (await register.isVisible().catch(() => false)) {
    await register.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
    await register.getByLabel("Повторите пароль").fill(PASSWORD);
    await register.getByRole("button", { name: "Зарегистрировать личный кабинет" }).click();
  }
  await page.waitForURL(/\/cabinet/);
  await page.goto(`${base}/services/kindergarten-basic`);
  await page.getByRole("button", { name: "Заполнить заявление" }).click();
  await page.waitForURL(/\/step\/applicant/);
  const step = page.url();
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();
  return { step, review: step.replace(/\/step\/.*$/, "/review"), cookies };
}

const session = await signedInSession();
const pages = [
  { name: "главная", url: `${base}/` },
  { name: "страница услуги", url: `${base}/services/kindergarten-basic` },
  { name: "вход", url: `${base}/login` },
  { name: "шаг заявления", url: session.step, cookies: session.cookies },
  { name: "проверка заявления", url: session.review, cookies: session.cookies },
];

const chrome = await chromeLauncher.launch({
  chromePath: values.chrome,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const rows = [];
try {
  for (const target of pages) {
    const result = await lighthouse(target.url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      ...(target.cookies ? { extraHeaders: { Cookie: target.cookies } } : {}),
    });
    const lhr = result.lhr;
    const items = lhr.audits["network-requests"]?.details?.items ?? [];
    const jsBytes = items
      .filter((item) => item.resourceType === "Script")
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
    rows.push({
      page: target.name,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      "JS kB (gzip)": Math.round(jsBytes / 102.4) / 10,
      LCP: lhr.audits["largest-contentful-paint"].displayValue,
      TBT: lhr.audits["total-blocking-time"].displayValue,
      url: lhr.finalDisplayedUrl,
    });
  }
} finally {
  await chrome.kill();
}
console.table(rows);
const failing = rows.filter((row) => row.performance < 95 || row["JS kB (gzip)"] > 150);
console.log(
  failing.length
    ? `Below the goal (performance >= 95, JS <= 150 kB): ${failing.map((r) => r.page).join(", ")}`
    : "All pages meet the goal: performance >= 95, JS <= 150 kB gzip.",
);
