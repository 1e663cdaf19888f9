#!/usr/bin/env node
// Application submissions per second on PostgreSQL, with N signed-in citizens at once. Each client
// loops: service page → «Заполнить заявление» → every step of the form («Далее»; a second child and
// a family member added with the form's own buttons; the income certificate uploaded where the
// service asks for it) → «Проверьте заявление» → «Отправить заявление» → the page «Заявление
// отправлено и зарегистрировано». The three services take turns. Every request is what a browser
// without JavaScript sends: the page's own <form>, its hidden $ACTION_* inputs, multipart/form-data
// to the page URL with the session cookie and Origin, the 303 followed.
//
// Every 10th submission is posted twice at once (a double click) and every 10th + 5th is posted
// again after its confirmation page (back and send again); neither may create an application.
// Afterwards the database must hold exactly the acknowledged applications: each acknowledged
// number once, registered, with one submit and one register in its history, one audit entry.
//
//   node bench/submissions.mjs [--clients 50] [--duration 60] [--url postgres://portal:portal@localhost:5432/portal_bench_submit]
//
// The script builds the portal into .next-bench-submit when its sources changed (--skip-build uses
// the build as it is), empties the database's public schema, starts `next start` on port 3240 in
// production mode against it (the server migrates and seeds territories), creates the citizens
// (cabinet + ESIA link «Стандартная» + a session each) and mints their session cookies as
// app/_lib/auth.ts does. The server's log goes to .data/bench/submissions-portal.log.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { NEXT_BIN, ROOT, run, sourceFingerprint } from "../scripts/lib.mjs";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "postgres://portal:portal@localhost:5432/portal_bench_submit" },
    clients: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    port: { type: "string", default: "3240" },
    dist: { type: "string", default: ".next-bench-submit" },
    "double-every": { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
  },
});
const clients = Number(values.clients);
const durationMs = Number(values.duration) * 1000;
const doubleEvery = Number(values["double-every"]);
const base = `http://127.0.0.1:${values.port}`;
const databaseName = new URL(values.url).pathname.slice(1);
if (!Number.isSafeInteger(clients) || clients < 1 || !(durationMs > 0)) throw new Error("--clients and --duration must be positive numbers");
// The run drops the database's public schema: never a database that is not a benchmark's.
if (!/bench/i.test(databaseName)) throw new Error(`Refusing: the database name must contain «bench», got «${databaseName}»`);

const { validAnswers, SAMPLE_PDF } = await tsImport("../lib/applications/testing.ts", import.meta.url);
const { SESSION_LIFETIME_SECONDS } = await tsImport("../lib/auth/sessions.ts", import.meta.url);
const SERVICES = ["kindergarten-basic", "kindergarten-additional", "child-allowance"];
const COOKIE = "portal.session-token"; // app/_lib/auth.ts, for an http:// APP_URL
const INCOME_FILE = "spravka-o-dohodah.pdf";

// --- Build, database, server --------------------------------------------------------------------

async function ensureBuild() {
  const distDir = path.join(ROOT, values.dist);
  const fingerprintFile = path.join(distDir, "source-fingerprint");
  const built = existsSync(path.join(distDir, "BUILD_ID"));
  if (built && values["skip-build"]) return;
  const fingerprint = sourceFingerprint();
  if (built && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint) return;
  console.error(`building the portal into ${values.dist} …`);
  // next build adds its dist folder's types to tsconfig.json: put the file back as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await run("npm", ["run", "--silent", "build"], { env: { NEXT_DIST_DIR: values.dist }, stdio: ["ignore", "ignore", "inherit"] });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
  writeFileSync(fingerprintFile, fingerprint);
}

async function emptyDatabase() {
  const admin = new URL(values.url);
  admin.pathname = "/postgres";
  const maintenance = new pg.Client({ connectionString: admin.toString() });
  await maintenance.connect();
  const exists = await maintenance.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [databaseName]);
  if (exists.rowCount === 0) await maintenance.query(`CREATE DATABASE "${databaseName.replaceAll('"', '""')}"`);
  await maintenance.end();
  const client = new pg.Client({ connectionString: values.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  await client.end();
}

const authSecret = randomBytes(48).toString("base64url");
let server;
let serverLog = "";

async function startServer() {
  const logDir = path.join(ROOT, ".data", "bench");
  mkdirSync(logDir, { recursive: true });
  const logPath = path.join(logDir, "submissions-portal.log");
  const log = createWriteStream(logPath, { flags: "w" });
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DELIVERY_TRANSPORT: process.env.DELIVERY_TRANSPORT ?? "outbox",
    NEXT_DIST_DIR: values.dist,
    DATABASE_URL: values.url,
    AUTH_SECRET: authSecret,
    APP_URL: base,
    NEXTAUTH_URL: base,
    SEED_DEMO_DATA: "true", // territories and their bodies: submission assigns one
    ESIA_MOCK_ENABLED: "false",
    DEV_OUTBOX_ENABLED: "false",
    INSECURE_LOCAL_HTTP: "true", // plain http on 127.0.0.1
    LOG_LEVEL: "warn",
  };
  delete env.PGLITE_DATA_DIR;
  server = spawn(process.execPath, [NEXT_BIN, "start", "-p", values.port, "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk) => {
    log.write(chunk);
    serverLog += chunk.toString();
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  server.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`the portal stopped (${code ?? signal}); its log: ${logPath}\n${serverLog.slice(-2000)}`);
      process.exit(1);
    }
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return logPath;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the portal did not become healthy within 120 s; its log: ${logPath}`);
}

let stopping = false;
function stopServer() {
  stopping = true;
  if (server && server.exitCode === null) server.kill("SIGTERM");
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

/** N citizens, each with a cabinet, an ESIA link «Стандартная» and one session: the cookies. */
async function createCitizens(db, count) {
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000);
  const cookies = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await db.query(
      `INSERT INTO "portal_user" ("email", "emailVerified", "passwordHash", "lastName", "firstName", "middleName", "birthDate", "gender", "snils", "updatedAt")
       VALUES ($1, true, '!bench: no password login', 'Хасанова', 'Алия', 'Рашидовна', '1990-04-12', 'F', '11223344595', $2) RETURNING "id"`,
      [`bench.citizen.${i}@example.ru`, now],
    );
    const userId = rows[0].id;
    await db.query(`INSERT INTO "esia_link" ("userId", "oid", "level", "trusted") VALUES ($1, $2, 'standard', true)`, [userId, String(900_000_000 + i)]);
    // As lib/auth/sessions.ts: the cookie carries a random id, the row its SHA-256.
    const sid = randomBytes(32).toString("base64url");
    await db.query(`INSERT INTO "user_session" ("id", "userId", "expiresAt", "userAgent") VALUES ($1, $2, $3, 'bench/submissions.mjs')`, [
      createHash("sha256").update(sid).digest("hex"),
      userId,
      expires,
    ]);
    const token = await encode({ token: { sub: String(userId), sid }, secret: authSecret, maxAge: SESSION_LIFETIME_SECONDS });
    cookies.push({ userId, cookie: `${COOKIE}=${token}` });
  }
  return cookies;
}

// --- Measurements ---------------------------------------------------------------------------------

/** CPU seconds used so far by a process and its descendants (Linux /proc; null elsewhere). */
function processTreeCpuSeconds(rootPid) {
  const TICKS_PER_SECOND = 100;
  if (!existsSync("/proc/self/stat")) return null;
  const all = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name, which is in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").at(-1).split(" ");
      all.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // exited meanwhile
    }
  }
  let ticks = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    ticks += all.get(pid)?.ticks ?? 0;
    for (const [child, info] of all) if (info.parent === pid) queue.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}

const timings = new Map(); // kind → milliseconds
const failures = new Map(); // kind → count
const errorSamples = [];
let errorCount = 0;

function record(kind, ms) {
  if (!timings.has(kind)) timings.set(kind, []);
  timings.get(kind).push(ms);
}

class BenchError extends Error {
  constructor(message, details = {}) {
    super(message);
    this.details = details;
  }
}

function fail(error) {
  // Attributed to the request that went wrong; "flow" when a page was not what a person expects.
  const kind = error.details?.kind ?? (error instanceof BenchError ? "flow" : "network");
  errorCount += 1;
  failures.set(kind, (failures.get(kind) ?? 0) + 1);
  if (errorSamples.length < 8) errorSamples.push({ message: String(error.message ?? error), ...(error.details ?? {}), kind });
}

// --- A browser without JavaScript -----------------------------------------------------------------

const ENTITIES = { amp: "&", quot: '"', lt: "<", gt: ">", "#x27": "'", "#39": "'", nbsp: "\u00a0" };
const decode = (text) => text.replace(/&(amp|quot|lt|gt|#x27|#39|nbsp);/g, (_, name) => ENTITIES[name]);
const textOf = (html) => decode(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

function attributes(source) {
  const found = {};
  for (const match of source.matchAll(/([a-zA-Z_:$][-a-zA-Z0-9_:.$]*)(?:="([^"]*)")?/g)) found[match[1].toLowerCase()] = match[2] === undefined ? "" : decode(match[2]);
  return found;
}

/** The page's forms with their controls in document order (React escapes ">" in attributes). */
function parseForms(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, head, body]) => {
    const controls = [];
    const pattern = /<input\b([^>]*)>|<button\b([^>]*)>([\s\S]*?)<\/button>|<select\b([^>]*)>([\s\S]*?)<\/select>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g;
    for (const m of body.matchAll(pattern)) {
      if (m[1] !== undefined) {
        const a = attributes(m[1]);
        controls.push({ tag: "input", type: (a.type ?? "text").toLowerCase(), ...a });
      } else if (m[2] !== undefined) {
        const a = attributes(m[2]);
        controls.push({ tag: "button", ...a, type: (a.type ?? "submit").toLowerCase(), text: textOf(m[3]) });
      } else if (m[4] !== undefined) {
        const options = [...m[5].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map(([, o, label]) => {
          const a = attributes(o);
          return { value: a.value ?? textOf(label), selected: "selected" in a };
        });
        controls.push({ tag: "select", ...attributes(m[4]), options });
      } else {
        controls.push({ tag: "textarea", ...attributes(m[6]), content: decode(m[7]) });
      }
    }
    return { attributes: attributes(head), controls };
  });
}

/**
 * What the browser posts when `submitter` is pressed after the person filled in `fill`: the
 * form's successful controls in order (hidden inputs included), typed values replacing what was
 * rendered. Returns the names in `fill` the form has no control for.
 */
function formData(form, submitter, fill = {}, files = {}) {
  const data = new FormData();
  const present = new Set();
  for (const control of form.controls) {
    const name = control.name;
    if (!name || "disabled" in control) continue;
    present.add(name);
    const typed = Object.hasOwn(fill, name);
    if (control.tag === "button" || (control.tag === "input" && ["submit", "image", "button", "reset"].includes(control.type))) {
      if (control === submitter) data.append(name, control.value ?? "");
    } else if (control.tag === "select") {
      const chosen = typed ? fill[name] : (control.options.find((o) => o.selected) ?? control.options[0])?.value;
      if (typed && !control.options.some((o) => o.value === chosen)) throw new BenchError(`the list «${name}» has no option «${chosen}»`);
      if (chosen !== undefined) data.append(name, chosen);
    } else if (control.tag === "textarea") {
      data.append(name, typed ? fill[name] : control.content);
    } else if (control.type === "checkbox" || control.type === "radio") {
      const value = control.value ?? "on";
      const checked = typed ? fill[name] === value : "checked" in control;
      if (checked) data.append(name, value);
    } else if (control.type === "file") {
      data.append(name, files[name] ?? new File([], "", { type: "application/octet-stream" }));
    } else {
      data.append(name, typed ? fill[name] : (control.value ?? ""));
    }
  }
  return { data, missing: Object.keys(fill).filter((name) => !present.has(name)) };
}

function findSubmitter(page, match) {
  for (const form of parseForms(page.html)) {
    const button = form.controls.find((c) => c.type === "submit" && match(c));
    if (button) return { form, button };
  }
  return null;
}

/** One HTTP exchange; a broken connection counts against the request that was under way. */
async function exchange(url, init, kind) {
  try {
    const response = await fetch(url, init);
    return { response, html: await response.text() };
  } catch (error) {
    throw new BenchError(`${init.method ?? "GET"} ${new URL(url).pathname}: ${error.cause?.message ?? error.message}`, { kind, request: `${init.method ?? "GET"} ${new URL(url).pathname}` });
  }
}

class Citizen {
  constructor(cookie) {
    this.cookie = cookie;
  }

  async get(url, kind) {
    const started = performance.now();
    const { response, html } = await exchange(new URL(url, base), { headers: { cookie: this.cookie }, redirect: "manual" }, kind);
    const ms = performance.now() - started;
    if (response.status !== 200) {
      throw new BenchError(`GET ${url} answered ${response.status}`, { kind, request: `GET ${url}`, status: response.status, location: response.headers.get("location"), requestId: response.headers.get("x-request-id"), body: textOf(html).slice(0, 300) });
    }
    record(kind, ms);
    return { url: new URL(url, base).toString(), html };
  }

  /** Posts a form to where it goes (server-action forms: the page itself); does not follow. */
  async post(page, form, data, kind) {
    const action = form.attributes.action;
    const target = action && action.startsWith("/") ? new URL(action, page.url).toString() : page.url;
    const started = performance.now();
    const { response, html } = await exchange(target, { method: "POST", body: data, headers: { cookie: this.cookie, origin: base }, redirect: "manual" }, kind);
    const ms = performance.now() - started;
    const location = response.headers.get("location");
    const answer = { status: response.status, location: location ? new URL(location, target).toString() : null, url: target, html, requestId: response.headers.get("x-request-id") };
    if (response.status !== 200 && response.status !== 303) {
      throw new BenchError(`POST ${new URL(target).pathname} (${kind}) answered ${response.status}`, { kind, request: `POST ${new URL(target).pathname}`, status: response.status, requestId: answer.requestId, body: textOf(html).slice(0, 300) });
    }
    record(kind, ms);
    return answer;
  }

  /** Presses the button and, like a browser, shows what comes back (following a 303). */
  async press(page, match, fill, files, kind, nextKind) {
    const found = findSubmitter(page, match);
    if (!found) throw new BenchError(`no such button at ${new URL(page.url).pathname}`, { body: textOf(page.html).slice(0, 300) });
    const { data } = formData(found.form, found.button, fill, files);
    const answer = await this.post(page, found.form, data, kind);
    if (answer.status === 303) return this.get(answer.location, nextKind(answer.location));
    return { url: page.url, html: answer.html };
  }
}

const pageKind = (url) => (/\/review$/.test(new URL(url).pathname) ? "GET review page" : /\/step\//.test(url) ? "GET step page" : "GET other page");
const byIntent = (intent) => (c) => c.name === "intent" && c.value === intent;
const byText = (text) => (c) => c.text === text;
const alertText = (html) => textOf(/<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "") || textOf(html).slice(0, 300);

// --- One application, start to finish ---------------------------------------------------------------

const acknowledged = new Map(); // application id → number, as the confirmation pages showed it
let submissions = 0;
let doubleClicks = 0;
let doubleClicksBothAnswered = 0;
let resends = 0;
let resendsSameNumber = 0;

async function apply(citizen, serviceId) {
  const answers = validAnswers(serviceId);
  let page = await citizen.get(`/services/${serviceId}`, "GET service page");
  page = await citizen.press(page, byText("Заполнить заявление"), {}, {}, "POST start draft", pageKind);
  for (let hops = 0; hops < 30; hops++) {
    const step = /\/step\/([a-z]+)$/.exec(new URL(page.url).pathname)?.[1];
    if (!step) break;
    const fill = answers[step] ?? {};
    const found = findSubmitter(page, byIntent("next"));
    if (!found) throw new BenchError(`no «Далее» at step ${step}`);
    const { missing } = formData(found.form, found.button, fill);
    // A second child or a family member: the form shows their fields after «Добавить …».
    const list = missing.map((name) => /^(children|members)\.\d+\./.exec(name)?.[1]).find(Boolean);
    if (list) {
      page = await citizen.press(page, byIntent(`add:${list}`), fill, {}, "POST add row", pageKind);
      continue;
    }
    if (missing.length) throw new BenchError(`step ${step} has no fields ${missing.join(", ")}`);
    if (step === "attachments" && findSubmitter(page, byIntent("upload"))?.form.controls.some((c) => c.name === "slot" && c.options.some((o) => o.value === "income")) && !page.html.includes(INCOME_FILE)) {
      page = await citizen.press(page, byIntent("upload"), { slot: "income" }, { file: new File([SAMPLE_PDF], INCOME_FILE, { type: "application/pdf" }) }, "POST upload", pageKind);
      if (!page.html.includes(`Файл «${INCOME_FILE}» прикреплен`)) throw new BenchError("the upload was not confirmed", { body: alertText(page.html) });
      continue;
    }
    const before = page.url;
    page = await citizen.press(page, byIntent("next"), fill, {}, "POST step", pageKind);
    if (page.url === before) throw new BenchError(`step ${step} did not move on`, { body: alertText(page.html) });
  }
  if (!/\/review$/.test(new URL(page.url).pathname)) throw new BenchError(`expected the review page, at ${page.url}`);

  const found = findSubmitter(page, byText("Отправить заявление"));
  if (!found) throw new BenchError("no «Отправить заявление» on the review page", { body: alertText(page.html) });
  const sequence = ++submissions;
  const double = doubleEvery > 0 && sequence % doubleEvery === 0;
  const resend = doubleEvery > 1 && sequence % doubleEvery === Math.floor(doubleEvery / 2);
  const send = () => citizen.post(page, found.form, formData(found.form, found.button).data, "POST submit");
  const answers303 = double ? await Promise.all([send(), send()]) : [await send()];
  for (const answer of answers303) {
    if (answer.status !== 303 || !/\/cabinet\/applications\/\d+\?sent=1$/.test(answer.location ?? "")) {
      throw new BenchError(`the submission was not acknowledged (${answer.status})`, { kind: "POST submit", request: `POST ${new URL(answer.url).pathname}`, status: answer.status, location: answer.location, requestId: answer.requestId, body: alertText(answer.html) });
    }
  }
  if (double) {
    doubleClicks += 1;
    if (answers303[0].location === answers303[1].location) doubleClicksBothAnswered += 1;
  }
  // The browser shows the answer to the last click.
  const location = answers303.at(-1).location;
  const id = Number(/applications\/(\d+)\?/.exec(location)[1]);
  const landing = await citizen.get(location, "GET confirmation page");
  const number = /Заявление отправлено и зарегистрировано\. Номер заявления: (16-\d{4}-\d{7})/.exec(textOf(landing.html))?.[1];
  if (!number) throw new BenchError(`no confirmation with a number at ${location}`, { body: textOf(landing.html).slice(0, 300) });
  if (acknowledged.has(id) && acknowledged.get(id) !== number) throw new BenchError(`application ${id} acknowledged as ${acknowledged.get(id)} and as ${number}`);
  acknowledged.set(id, number);

  if (resend) {
    // Back to the review page the browser still shows, and «Отправить заявление» once more.
    resends += 1;
    const again = await send();
    if (again.status === 303 && again.location === location) {
      const page2 = await citizen.get(again.location, "GET confirmation page");
      if (textOf(page2.html).includes(`Номер заявления: ${number}`)) resendsSameNumber += 1;
    } else {
      throw new BenchError(`sending again answered ${again.status} → ${again.location}`, { requestId: again.requestId, body: alertText(again.html) });
    }
  }
}

// --- The run ---------------------------------------------------------------------------------------

await ensureBuild();
await emptyDatabase();
const logPath = await startServer();
const db = new pg.Client({ connectionString: values.url });
await db.connect();
const [warmUser, ...citizens] = await createCitizens(db, clients + 1);

// Warm-up (not measured): one application of each service by a citizen of its own.
const warm = new Citizen(warmUser.cookie);
for (const serviceId of SERVICES) await apply(warm, serviceId);
timings.clear();
const warmIds = new Set(acknowledged.keys());
submissions = doubleClicks = doubleClicksBothAnswered = resends = resendsSameNumber = 0;

const serverCpuBefore = processTreeCpuSeconds(server.pid);
const clientCpuBefore = process.cpuUsage();
const started = performance.now();
const deadline = started + durationMs;
await Promise.all(
  citizens.map(async ({ cookie }, index) => {
    const citizen = new Citizen(cookie);
    for (let turn = index; performance.now() < deadline; turn++) {
      try {
        await apply(citizen, SERVICES[turn % SERVICES.length]);
      } catch (error) {
        fail(error);
      }
    }
  }),
);
const elapsedMs = performance.now() - started;
const clientCpu = process.cpuUsage(clientCpuBefore);
const cpu = {
  server: serverCpuBefore === null ? null : +(processTreeCpuSeconds(server.pid) - serverCpuBefore).toFixed(1),
  client: +((clientCpu.user + clientCpu.system) / 1e6).toFixed(1),
};

// --- What the database holds -----------------------------------------------------------------------

const rows = (await db.query(`SELECT "id", "number", "status", "userId" FROM "application"`)).rows;
const registered = rows.filter((r) => r.status === "registered");
const runAcknowledged = [...acknowledged.keys()].filter((id) => !warmIds.has(id));
const runStored = registered.filter((r) => r.userId !== warmUser.userId);
const storedById = new Map(registered.map((r) => [r.id, r]));
const notStored = [...acknowledged].filter(([id, number]) => storedById.get(id)?.number !== number);
const storedNotAcknowledged = registered.filter((r) => !acknowledged.has(r.id));
const numbers = rows.filter((r) => r.number !== null).map((r) => r.number);
const duplicateNumbers = numbers.length - new Set(numbers).size;
const history = (
  await db.query(
    `SELECT "applicationId", count(*) FILTER (WHERE "toStatus" = 'submitted')::int AS "submitted", count(*) FILTER (WHERE "toStatus" = 'registered')::int AS "registered"
     FROM "application_event" GROUP BY "applicationId"`,
  )
).rows;
const historyById = new Map(history.map((h) => [h.applicationId, h]));
const badHistory = registered.filter((r) => historyById.get(r.id)?.submitted !== 1 || historyById.get(r.id)?.registered !== 1).length;
const audited = (await db.query(`SELECT count(*)::int AS "entries", count(DISTINCT "subject")::int AS "subjects" FROM "audit_event" WHERE "action" = 'application.submit'`)).rows[0];
const notices = (await db.query(`SELECT "link", count(*)::int AS "count" FROM "notification" GROUP BY "link"`)).rows;
const noticeCounts = new Set(registered.map((r) => notices.find((n) => n.link === `/cabinet/applications/${r.id}`)?.count ?? 0));
const drafts = rows.filter((r) => r.status === "draft").length;
await db.end();

// The server's own complaints: pino lines at error level and above, and Next's "⨯" lines.
const serverErrors = serverLog.split("\n").filter((line) => /"level":(5\d|60)/.test(line) || /⨯|Error:/.test(line));
stopServer();

// --- Report ------------------------------------------------------------------------------------------

const pick = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function stats(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return { count: sorted.length, p50: Math.round(pick(sorted, 0.5)), p95: Math.round(pick(sorted, 0.95)), max: Math.round(sorted.at(-1) ?? NaN) };
}
const kinds = [...timings.keys()].sort();
const formPages = stats([...(timings.get("GET step page") ?? []), ...(timings.get("GET review page") ?? [])]);
const posts = stats(kinds.filter((k) => k.startsWith("POST")).flatMap((k) => timings.get(k)));
const consistent = notStored.length === 0 && storedNotAcknowledged.length === 0 && duplicateNumbers === 0 && badHistory === 0 && audited.entries === registered.length && audited.subjects === registered.length && noticeCounts.size === 1;
const perSecond = runAcknowledged.length / (elapsedMs / 1000);
const requests = kinds.reduce((sum, kind) => sum + timings.get(kind).length, 0);

console.log(`PostgreSQL ${databaseName}; ${clients} clients for ${durationMs / 1000} s (all finished after ${(elapsedMs / 1000).toFixed(1)} s); portal ${base} (${values.dist})`);
console.log("");
console.log("| | |");
console.log("| --- | --- |");
console.log(`| submissions acknowledged («Заявление отправлено и зарегистрировано») | ${runAcknowledged.length} |`);
console.log(`| submissions / s | ${perSecond.toFixed(2)} |`);
console.log(`| stored: applications registered in the database | ${runStored.length} |`);
console.log(`| acknowledged = stored, each number once | ${consistent && runAcknowledged.length === runStored.length ? "yes" : "NO"} |`);
console.log(`| acknowledged but not stored / stored but not acknowledged / duplicate numbers | ${notStored.length} / ${storedNotAcknowledged.length} / ${duplicateNumbers} |`);
console.log(`| double clicks (two POSTs at once): both answered with the same application | ${doubleClicksBothAnswered} of ${doubleClicks} |`);
console.log(`| sent again after the confirmation: same application and number | ${resendsSameNumber} of ${resends} |`);
console.log(`| history: one «submitted» and one «registered» each / audit entries / notices each | ${registered.length - badHistory} of ${registered.length} / ${audited.entries} / ${[...noticeCounts].join(", ")} |`);
console.log(`| HTTP requests / s (all kinds) | ${(requests / (elapsedMs / 1000)).toFixed(1)} |`);
console.log(`| CPU seconds used during the run: portal server / this load generator | ${cpu.server ?? "?"} / ${cpu.client} (of ${((availableParallelism() * elapsedMs) / 1000).toFixed(0)} on ${availableParallelism()} cores) |`);
console.log(`| drafts left (interrupted by an error or by the end of the run) | ${drafts} |`);
console.log(`| errors (client) / error lines in the server log | ${errorCount} / ${serverErrors.length} |`);
console.log("");
console.log("| request | count | p50 | p95 | max | errors |");
console.log("| --- | --- | --- | --- | --- | --- |");
const errorsOf = (test) => [...failures].filter(([kind]) => test(kind)).reduce((sum, [, count]) => sum + count, 0);
const row = (name, s, errors) => console.log(`| ${name} | ${s.count} | ${s.p50} ms | ${s.p95} ms | ${s.max} ms | ${errors} |`);
row("**GET form pages (steps and review)**", formPages, errorsOf((k) => k === "GET step page" || k === "GET review page"));
row("**POST (all forms)**", posts, errorsOf((k) => k.startsWith("POST")));
for (const kind of kinds) row(kind, stats(timings.get(kind)), failures.get(kind) ?? 0);
for (const [kind, count] of failures) if (!timings.has(kind)) console.log(`| ${kind} | | | | | ${count} |`);
if (errorCount) {
  console.log("");
  console.log(`errors by kind: ${JSON.stringify(Object.fromEntries(failures))}; first ones:`);
  for (const sample of errorSamples) console.log(JSON.stringify(sample));
}
if (serverErrors.length) {
  console.log("");
  console.log(`server log (${logPath}), first error lines:`);
  for (const line of serverErrors.slice(0, 5)) console.log(line.slice(0, 600));
}
console.log("");
console.log(
  JSON.stringify({
    database: databaseName,
    clients,
    seconds: durationMs / 1000,
    elapsedSeconds: +(elapsedMs / 1000).toFixed(1),
    acknowledged: runAcknowledged.length,
    stored: runStored.length,
    consistent: consistent && runAcknowledged.length === runStored.length,
    perSecond: +perSecond.toFixed(2),
    requestsPerSecond: +(requests / (elapsedMs / 1000)).toFixed(1),
    cpuSeconds: cpu,
    doubleClicks,
    doubleClicksBothAnswered,
    resends,
    resendsSameNumber,
    errors: errorCount,
    errorsByKind: Object.fromEntries(failures),
    serverErrors: serverErrors.length,
    formPages,
    posts,
    requests: Object.fromEntries(kinds.map((k) => [k, stats(timings.get(k))])),
  }),
);
process.exitCode = consistent && errorCount === 0 ? 0 : 1;
