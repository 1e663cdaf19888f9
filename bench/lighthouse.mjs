// Lighthouse (mobile, its default emulation and throttling) on the pages of the citizen's journey:
// home, a service page, login, a form step and check-your-answers. Prints the performance score
// and the JavaScript the page transfers (kB, as sent: gzip). Goal (issue #14): score >= 95 and
// JS <= 150 kB on each.
//
//   npm run build && <start the portal as in bench/README.md, with the mock ESIA> &
//   node bench/lighthouse.mjs --base http://127.0.0.1:3250 [--runs 3] [--only вход,главная] [--save .data/bench/lighthouse]
//
// --runs takes the median run of each page (by score); --save writes each run's full report
// (JSON) there; --details prints where the main thread's time went: the scripts that ran
// longest (bootup-time), the work by kind (mainthread-work-breakdown) and the long tasks.
//
// The signed-in pages: Playwright signs in through the mock ESIA as «Хасанова Алия» (registering
// her cabinet the first time), starts a draft, and Lighthouse gets that session's cookies.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3250" },
    chrome: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    runs: { type: "string", default: "1" },
    only: { type: "string" },
    save: { type: "string" },
    details: { type: "boolean", default: false },
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
const only = values.only?.split(",").map((name) => name.trim());
const pages = [
  { name: "главная", url: `${base}/` },
  { name: "страница услуги", url: `${base}/services/kindergarten-basic` },
  { name: "вход", url: `${base}/login` },
  { name: "шаг заявления", url: session.step, cookies: session.cookies },
  { name: "проверка заявления", url: session.review, cookies: session.cookies },
].filter((target) => !only || only.includes(target.name));
const runs = Math.max(1, Number(values.runs));
if (values.save) mkdirSync(values.save, { recursive: true });

const ms = (value) => Math.round(value ?? 0);
const shortUrl = (url) => String(url).replace(base, "");

/** Where the main thread's time went in one report. */
function printDetails(name, lhr) {
  const bootup = lhr.audits["bootup-time"]?.details?.items ?? [];
  const breakdown = lhr.audits["mainthread-work-breakdown"]?.details?.items ?? [];
  const longTasks = lhr.audits["long-tasks"]?.details?.items ?? [];
  console.log(`\n${name}: main thread ${lhr.audits["mainthread-work-breakdown"]?.displayValue ?? "?"}`);
  console.log(
    `  by kind: ${breakdown.map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)} ms`).join(", ")}`,
  );
  console.log("  scripts (total / evaluation / parse+compile, ms):");
  for (const item of bootup.slice(0, 8))
    console.log(
      `    ${ms(item.total)} / ${ms(item.scripting)} / ${ms(item.scriptParseCompile)}  ${shortUrl(item.url)}`,
    );
  console.log(`  long tasks: ${longTasks.length}`);
  for (const task of longTasks.slice(0, 8))
    console.log(`    at ${ms(task.startTime)} ms, ${ms(task.duration)} ms  ${shortUrl(task.url)}`);
}

const chrome = await chromeLauncher.launch({
  chromePath: values.chrome,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const rows = [];
try {
  for (const target of pages) {
    const measured = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(target.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        ...(target.cookies ? { extraHeaders: { Cookie: target.cookies } } : {}),
      });
      const lhr = result.lhr;
      if (values.save)
        writeFileSync(path.join(values.save, `${target.name.replace(/\s+/g, "-")}-${run + 1}.json`), result.report);
      if (values.details) printDetails(`${target.name} (${run + 1})`, lhr);
      const items = lhr.audits["network-requests"]?.details?.items ?? [];
      const jsBytes = items
        .filter((item) => item.resourceType === "Script")
        .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
      measured.push({
        page: target.name,
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        "JS kB (gzip)": Math.round(jsBytes / 102.4) / 10,
        LCP: lhr.audits["largest-contentful-paint"].displayValue,
        TBT: lhr.audits["total-blocking-time"].displayValue,
        url: shortUrl(lhr.finalDisplayedUrl),
      });
    }
    // The median run by score (Lighthouse's own advice for variable machines).
    measured.sort((a, b) => a.performance - b.performance);
    rows.push({
      ...measured[Math.floor(measured.length / 2)],
      ...(runs > 1 ? { runs: measured.map((m) => m.performance).join(" ") } : {}),
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
