#!/usr/bin/env node
// «Очередь заявлений» latency on PostgreSQL, for the territory with the most applications (Kazan):
//  1. the queue query itself — lib/casework/queue.ts fetchQueuePage through Prisma, exactly as the
//     page runs it — for the first page, a page deep in the queue, each filter, each sort and each
//     kind of search, with p50/p95; and EXPLAIN (ANALYZE) of every statement, checked to walk an
//     index of application and never scan the table;
//  2. with --base, the whole page: GET /staff/queue?… by a caseworker signed in with password and
//     TOTP (the demo account kazan.specialist), p50/p95 of the full HTML response.
//
//   node bench/generate-applications.mjs --count 1000000 --reset
//   node bench/queue.mjs [--url postgres://…/portal_bench] [--iterations 200] [--base http://127.0.0.1:3221] [--plans]
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
    "page-iterations": { type: "string", default: "100" },
    login: { type: "string", default: "kazan.specialist" },
    plans: { type: "boolean", default: false },
  },
});
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

const { fetchQueuePage, parseQueueQuery, queuePageSql, decodeCursor, encodeCursor, QUEUE_PAGE_SIZE } = await tsImport(
  "../lib/casework/queue.ts",
  import.meta.url,
);
const { todayInMoscow } = await tsImport("../lib/validation/calendar-date.ts", import.meta.url);
const { PrismaClient } = await tsImport("../lib/generated/prisma/client.ts", import.meta.url);
const { PrismaPg } = await import("@prisma/adapter-pg");

const pool = new pg.Pool({ connectionString: values.url, max: 4 });
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const today = todayInMoscow();

const one = async (text, params = []) => (await pool.query(text, params)).rows[0];
const kazan = (await one(`SELECT "id" FROM "territory" WHERE "code" = 'kazan'`)).id;
const totals = await one(
  `SELECT count(*)::int AS "all", count(*) FILTER (WHERE "territoryId" = $1 AND "status" <> 'draft')::int AS "kazan" FROM "application"`,
  [kazan],
);
if (totals.kazan === 0) throw new Error("No applications of Kazan: run bench/generate-applications.mjs first");

// Real values to search for, and a cursor from the middle of the queue.
const sample = await one(
  `SELECT "number", "applicantSurname", "applicantSnils", to_char("submittedAt", 'YYYY-MM-DD') AS "day" FROM "application"
   WHERE "territoryId" = $1 AND "status" = 'in_review' ORDER BY "id" LIMIT 1 OFFSET 7`,
  [kazan],
);
const middle = await one(
  `SELECT to_char("submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "key", "id" FROM "application" WHERE "territoryId" = $1 AND "status" <> 'draft' AND "submittedAt" IS NOT NULL
   ORDER BY "submittedAt" DESC, "id" DESC OFFSET $2 LIMIT 1`,
  [kazan, Math.floor(totals.kazan / 2)],
);
const deepCursor = encodeCursor({ sort: "submitted_desc", key: middle.key, id: middle.id });
const monthAgo = (months) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};

const SCENARIOS = [
  ["first page, newest first", {}],
  ["page from the middle of the queue", { after: deepCursor }],
  ["status «В работе»", { status: "in_review" }],
  ["service and status", { service: "child-allowance", status: "registered" }],
  ["by due date", { sort: "due_asc" }],
  ["overdue only, by due date", { overdue: "1", sort: "due_asc" }],
  ["sent within one month, a year ago", { from: monthAgo(13), to: monthAgo(12) }],
  ["search: surname", { q: sample.applicantSurname }],
  ["search: SNILS", { q: sample.applicantSnils }],
  ["search: application number", { q: sample.number }],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(2)} ms`;

async function measure(run, count, warm) {
  for (let i = 0; i < warm; i++) await run();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

console.log(
  `database: ${new URL(values.url).pathname.slice(1)}; ${totals.all} applications, ${totals.kazan} sent to Kazan's body; page size ${QUEUE_PAGE_SIZE}; ${iterations} runs each`,
);
console.log("");
console.log("| query | rows | p50 | p95 | in the database (EXPLAIN ANALYZE) | index of application |");
console.log("| --- | --- | --- | --- | --- | --- |");

let allIndexed = true;
const plans = [];
for (const [name, params] of SCENARIOS) {
  const query = parseQueueQuery(params);
  const run = () => fetchQueuePage(prisma, kazan, query.filters, query.cursor, { today });
  const { rows, next } = await run();
  const { p50, p95 } = await measure(run, iterations, warmup);
  // EXPLAIN the statement(s) the page ran: the dated part, and for «by due date» the undated one too.
  const cursor = decodeCursor(query.cursor, query.filters.sort);
  const statements = [queuePageSql(kazan, query.filters, cursor, QUEUE_PAGE_SIZE + 1, today)];
  // The part without a due date is read only once the dated part has run out (the last page).
  if (query.filters.sort === "due_asc" && !query.filters.overdueOnly && next === null)
    statements.push(queuePageSql(kazan, query.filters, null, QUEUE_PAGE_SIZE + 1, today, "undated"));
  const used = new Set();
  let executed = 0;
  for (const sql of statements) {
    const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`, sql.values)).rows
      .map((row) => row["QUERY PLAN"])
      .join("\n");
    plans.push(`-- ${name}\n${plan}`);
    for (const match of plan.matchAll(
      /(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) "?(application_\w+)"?/g,
    ))
      used.add(match[1]);
    executed += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
    if (/Seq Scan on application/.test(plan) || !/application_(?!pkey)\w+_idx|application_number_key/.test(plan))
      allIndexed = false;
  }
  console.log(
    `| ${name} | ${rows.length} | ${ms(p50)} | ${ms(p95)} | ${ms(executed)} | ${[...used].join(", ") || "NO INDEX"} |`,
  );
}
console.log("");
console.log(
  allIndexed
    ? "Every statement walks an index of application; none scans the table."
    : "WARNING: a statement does not use an application index (see the plans).",
);
if (values.plans) console.log(`\n${plans.join("\n\n")}`);

await prisma.$disconnect();
await pool.end();

// ---------------------------------------------------------------------------------------------
// The page, through HTTP, as a signed-in caseworker.

async function pageBench(base) {
  const { demoStaff, DEMO_STAFF_PASSWORD } = await tsImport("../lib/staff/demo-staff.ts", import.meta.url);
  const { totpCode } = await tsImport("../lib/staff/totp.ts", import.meta.url);
  const account = demoStaff(values.login);
  const browser = new Browser(base);
  let page = await browser.go(`${base}/staff/login?returnTo=/staff/queue`);
  page = await browser.submit(page, 'name="login"', { login: account.login, password: DEMO_STAFF_PASSWORD });
  if (!page.url.includes("/staff/second-factor")) throw new Error(`password not accepted, at ${page.url}`);
  page = await browser.submit(page, 'name="code"', { code: totpCode(account.totpSecret) });
  if (!page.url.includes("/staff/queue")) {
    // The code of this 30-second step was used already (a run just before): wait for the next one.
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    page = await browser.submit(page, 'name="code"', { code: totpCode(account.totpSecret) });
  }
  if (!page.url.includes("/staff/queue") || !page.html.includes("Очередь заявлений"))
    throw new Error(`not signed in, at ${page.url}`);

  const count = Number(values["page-iterations"]);
  console.log("");
  console.log(`Queue page GET ${base}/staff/queue as ${account.login}, ${count} requests each, one at a time`);
  console.log("");
  console.log("| page | p50 | p95 |");
  console.log("| --- | --- | --- |");
  for (const [name, params] of SCENARIOS.filter(([name]) => !name.startsWith("page from"))) {
    const url = `${base}/staff/queue?${new URLSearchParams(params)}`;
    const check = await browser.go(url);
    if (check.response.status !== 200 || !check.html.includes("Очередь заявлений"))
      throw new Error(`${url} answered ${check.response.status}`);
    const { p50, p95 } = await measure(
      async () => {
        const response = await browser.request(url);
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      },
      count,
      5,
    );
    console.log(`| ${name} | ${ms(p50)} | ${ms(p95)} |`);
  }
}

// Last: the class above must be initialised before the page bench runs.
if (values.base) await pageBench(values.base.replace(/\/$/, ""));
