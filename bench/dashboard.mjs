#!/usr/bin/env node
// «Показатели» latency on PostgreSQL: the ministry's whole dashboard (lib/dashboard/dashboard.ts
// readDashboard through Prisma, exactly as the page runs it: the grouped monthly counts, the
// decision-days histogram, the awaiting counts and the target) for the republic and for filters,
// with p50/p95; and EXPLAIN (ANALYZE) of every statement, checked to read only the aggregate
// tables (never "application"). With --base, the whole page signed in as the demo ministry account
// (password and TOTP): GET /staff/dashboard?… and its three chart images as a browser fetches them,
// p50/p95, beside a plain staff page (/staff/leaflets) timed in the same loop as the reference.
//
//   node bench/generate-applications.mjs --count 1000000 --reset
//   node bench/dashboard.mjs [--url postgres://…/portal_bench] [--iterations 200] [--base http://127.0.0.1:3221] [--plans]
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { Browser } from "./browser.mjs";

const { values } = parseArgs({
  options: {
    url: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://portal:portal@localhost:5432/portal_bench",
    },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    base: { type: "string" },
    "page-iterations": { type: "string", default: "50" },
    plans: { type: "boolean", default: false },
    "pages-only": { type: "boolean", default: false },
  },
});
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

const { cachedDashboard, readDashboard } = await tsImport("../lib/dashboard/dashboard.ts", import.meta.url);
const { addMonths } = await tsImport("../lib/benefits/calendar.ts", import.meta.url);
const { todayInMoscow } = await tsImport("../lib/validation/calendar-date.ts", import.meta.url);
const { PrismaClient } = await tsImport("../lib/generated/prisma/client.ts", import.meta.url);
const { PrismaPg } = await import("@prisma/adapter-pg");

const pool = new pg.Pool({ connectionString: values.url, max: 4 });
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const today = todayInMoscow();
const month = today.slice(0, 7);
const one = async (text, params = []) => (await pool.query(text, params)).rows[0];
const totals = await one(
  `SELECT count(*)::int AS "all", (SELECT count(*)::int FROM "application_channel_count") + (SELECT count(*)::int FROM "application_status_count") + (SELECT count(*)::int FROM "application_esia_level_count") + (SELECT count(*)::int FROM "application_decision_days") + (SELECT count(*)::int FROM "application_awaiting_count") AS "aggregateRows" FROM "application"`,
);
const territories = await prisma.territory.findMany({
  select: { id: true, code: true, name: true },
  orderBy: { id: "asc" },
});
const kazan = territories.find((t) => t.code === "kazan");
const district = territories.find((t) => t.code === "arsky");

const SCENARIOS = [
  ["republic, last 12 months", { from: addMonths(month, -11), to: month, serviceId: null, territory: null }, null],
  ["republic, last 24 months", { from: addMonths(month, -23), to: month, serviceId: null, territory: null }, null],
  [
    "republic, one service, 12 months",
    { from: addMonths(month, -11), to: month, serviceId: "child-allowance", territory: null },
    null,
  ],
  ["Kazan, 12 months", { from: addMonths(month, -11), to: month, serviceId: null, territory: "kazan" }, kazan.id],
  ["a district, one month", { from: month, to: month, serviceId: null, territory: "arsky" }, district.id],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(2)} ms`;
async function measure(run, count, warm, before = async () => {}) {
  for (let i = 0; i < warm; i++) await run();
  const times = [];
  for (let i = 0; i < count; i++) {
    await before();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

// The statements the dashboard sends, captured from Prisma's query events for EXPLAIN.
const captured = [];
const explainer = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
explainer.$on("query", (event) => captured.push({ text: event.query, params: JSON.parse(event.params) }));

console.log(
  `database: ${new URL(values.url).pathname.slice(1)}; ${totals.all} applications; ${totals.aggregateRows} rows in the aggregate tables; ${iterations} runs each`,
);
console.log("");
if (!values["pages-only"]) {
  console.log(
    "| dashboard | received | p50 | p95 | cached p50 / p95 | in the database (EXPLAIN ANALYZE, all statements) | tables read |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  let onlyAggregates = true;
  const plans = [];
  for (const [name, filters, territoryId] of SCENARIOS) {
    const run = () => readDashboard(prisma, filters, territoryId, today, territories);
    const data = await run();
    const { p50, p95 } = await measure(run, iterations, warmup);
    // The same view through the cache, the data unchanged: the version read alone.
    const cached = await measure(
      () => cachedDashboard(prisma, filters, territoryId, today, territories),
      iterations,
      1,
    );
    captured.length = 0;
    await readDashboard(explainer, filters, territoryId, today, territories);
    let executed = 0;
    const tables = new Set();
    for (const statement of captured.filter((s) => /^\s*SELECT/i.test(s.text))) {
      const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.text}`, statement.params)).rows
        .map((row) => row["QUERY PLAN"])
        .join("\n");
      plans.push(`-- ${name}\n${statement.text.replace(/\s+/g, " ").slice(0, 160)}…\n${plan}`);
      for (const match of plan.matchAll(
        /(?:Scan(?: Backward)? using \S+ on|Seq Scan on|Index Only Scan using \S+ on|Bitmap Heap Scan on) "?(\w+)"?/g,
      ))
        tables.add(match[1]);
      executed += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
      if (/ on "?application"? /.test(plan) || /Seq Scan on "?application"?\b(?!_)/.test(plan)) onlyAggregates = false;
    }
    console.log(
      `| ${name} | ${data.overall.total} | ${ms(p50)} | ${ms(p95)} | ${ms(cached.p50)} / ${ms(cached.p95)} | ${ms(executed)} | ${[...tables].sort().join(", ")} |`,
    );
  }
  console.log("");
  console.log(
    onlyAggregates
      ? "Every statement reads the aggregate tables (or territory/target); none touches application."
      : "WARNING: a statement reads application (see --plans).",
  );
  if (values.plans) console.log(`\n${plans.join("\n\n")}`);
}

/** The chart images of a dashboard page's HTML, as the browser resolves them. */
function chartSources(html, base) {
  return [...html.matchAll(/<img[^>]* src="(\/staff\/dashboard\/chart\/[^"]+)"/g)].map((match) =>
    new URL(match[1].replaceAll("&amp;", "&"), base).toString(),
  );
}

/**
 * One view as a browser loads it: the HTML, then its chart images side by side (as a browser
 * fetches the images of a page it has parsed), each revalidated with the entity tag the browser
 * kept from the last view (its cache: `private, no-cache`). Timed from the first byte asked to
 * the last chart received.
 */
async function loadView(browser, url, kept) {
  const start = performance.now();
  const response = await browser.request(url);
  const html = await response.text();
  const htmlMs = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const sources = chartSources(html, url);
  const statuses = await Promise.all(
    sources.map(async (source) => {
      const path = new URL(source).pathname;
      const tag = kept.get(path);
      const chart = await browser.request(source, tag ? { headers: { "if-none-match": tag } } : {});
      await chart.arrayBuffer();
      if (chart.status !== 200 && chart.status !== 304) throw new Error(`${source} answered ${chart.status}`);
      if (chart.headers.get("etag")) kept.set(path, chart.headers.get("etag"));
      return chart.status;
    }),
  );
  return {
    ms: performance.now() - start,
    htmlMs,
    bytes: Buffer.byteLength(html),
    charts: sources.length,
    notModified: statuses.filter((status) => status === 304).length,
  };
}

async function pageBench(base) {
  const { demoStaff, DEMO_STAFF_PASSWORD } = await tsImport("../lib/staff/demo-staff.ts", import.meta.url);
  const { totpCode } = await tsImport("../lib/staff/totp.ts", import.meta.url);
  const account = demoStaff("ministry");
  const browser = new Browser(base);
  let page = await browser.go(`${base}/staff/login?returnTo=/staff/dashboard`);
  page = await browser.submit(page, 'name="login"', { login: account.login, password: DEMO_STAFF_PASSWORD });
  if (!page.url.includes("/staff/second-factor")) throw new Error(`password not accepted, at ${page.url}`);
  page = await browser.submit(page, 'name="code"', { code: totpCode(account.totpSecret) });
  if (!page.url.includes("/staff/dashboard")) {
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    page = await browser.submit(page, 'name="code"', { code: totpCode(account.totpSecret) });
  }
  if (!page.html.includes("Показатели")) throw new Error(`not signed in, at ${page.url}`);
  const count = Number(values["page-iterations"]);
  // The reference: a plain staff page (no figures, no charts) timed in the same loop, one request
  // before each dashboard view, so both see the same load on the shared machine.
  const reference = `${base}/staff/leaflets`;
  const timeReference = async (times) => {
    const start = performance.now();
    const response = await browser.request(reference);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${reference} answered ${response.status}`);
    times.push(performance.now() - start);
  };
  const summary = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${percentile(sorted, 50).toFixed(0)} / ${percentile(sorted, 95).toFixed(0)}`;
  };
  console.log("");
  console.log(
    `Whole page (HTML + its chart images, fetched as a browser does) as ${account.login}, ${count} views each, one at a time; p50 / p95 ms`,
  );
  console.log("");
  console.log(
    "| page | HTML kB | repeated: page | its HTML | /staff/leaflets | new application each time: page | its HTML | /staff/leaflets |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [name, filters] of SCENARIOS) {
    const query = new URLSearchParams({
      from: filters.from,
      to: filters.to,
      ...(filters.serviceId ? { service: filters.serviceId } : {}),
      ...(filters.territory ? { territory: filters.territory } : {}),
    });
    const url = `${base}/staff/dashboard?${query}`;
    const kept = new Map();
    const first = await loadView(browser, url, kept);
    if (first.charts !== 3) throw new Error(`${url}: ${first.charts} charts`);
    const run = async (before) => {
      const views = [];
      const html = [];
      const plain = [];
      for (let i = 0; i < count + 3; i++) {
        await before();
        await timeReference(plain);
        const view = await loadView(browser, url, kept);
        if (i < 3) continue; // warm-up
        views.push(view.ms);
        html.push(view.htmlMs);
      }
      return { views, html, plain: plain.slice(3) };
    };
    const repeated = await run(async () => {});
    // The worst case: an application of the view's territory and period changes channel before
    // every view (as a paper application registered would), so the figures are read again and
    // the changed charts drawn again and sent in full. The change itself is not timed.
    const territoryCode = filters.territory ?? "kazan";
    const target = await one(
      `SELECT a."id" FROM "application" a JOIN "territory" t ON t."id" = a."territoryId"
       WHERE t."code" = $1 AND a."status" = 'approved' AND a."submittedAt" >= $2::date + interval '1 day' AND a."submittedAt" < ($3::date + interval '1 month') ${filters.serviceId ? `AND a."serviceId" = '${filters.serviceId}'` : ""} LIMIT 1`,
      [territoryCode, `${filters.from}-01`, `${filters.to}-01`],
    );
    const change = async () => {
      await pool.query(
        `UPDATE "application" SET "channel" = CASE WHEN "channel" = 'portal' THEN 'in_person'::"ApplicationChannel" ELSE 'portal'::"ApplicationChannel" END WHERE "id" = $1`,
        [target.id],
      );
    };
    const changed = target ? await run(change) : null;
    console.log(
      `| ${name} | ${(first.bytes / 1024).toFixed(0)} | ${summary(repeated.views)} | ${summary(repeated.html)} | ${summary(repeated.plain)} | ${changed ? summary(changed.views) : "—"} | ${changed ? summary(changed.html) : "—"} | ${changed ? summary(changed.plain) : "—"} |`,
    );
  }
}
if (values.base) await pageBench(values.base.replace(/\/$/, ""));

await prisma.$disconnect();
await explainer.$disconnect();
await pool.end();
