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
// app/_lib/auth.ts does. The server's log goes to .data/bench/submissions-portal-1.log.
//
// Several instances and their troubles (bench/README.md):
//   --instances 2                 two instances (ports --port and --port + 1) behind Debian's nginx
//                                 (deploy/nginx, on --nginx-port); --nginx puts nginx before one
//   --rolling-restart             instance 1, then instance 2, stopped with SIGTERM and started again
//   --restart-database            a private PostgreSQL (initdb, --pg-port) restarted mid-run
// A client meeting the 503 page waits a second and tries again, as a person would; raw 5xx
// answers and broken connections are failed requests, and counted.
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import {
  benchDatabaseName,
  createCitizens,
  emptyDatabase,
  ensurePortalBuild,
  NEXT_BIN,
  portalEnvironment,
  processTreeCpuSeconds,
  startNginx,
  startPrivatePostgres,
  startServer,
  stats,
} from "./lib.mjs";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "postgres://portal:portal@localhost:5432/portal_bench_submit" },
    clients: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    port: { type: "string", default: "3240" },
    dist: { type: "string", default: ".next-bench-submit" },
    "double-every": { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
    // Several instances behind Debian's nginx (deploy/nginx), and what happens to them meanwhile.
    instances: { type: "string", default: "1" },
    nginx: { type: "boolean", default: false },
    "nginx-port": { type: "string", default: "3280" },
    "rolling-restart": { type: "boolean", default: false },
    "restart-database": { type: "boolean", default: false },
    "pg-port": { type: "string", default: "3290" },
  },
});
const clients = Number(values.clients);
const durationMs = Number(values.duration) * 1000;
const doubleEvery = Number(values["double-every"]);
const instanceCount = Number(values.instances);
const behindNginx = values.nginx || instanceCount > 1;
const base = behindNginx ? `http://127.0.0.1:${values["nginx-port"]}` : `http://127.0.0.1:${values.port}`;
if (!Number.isSafeInteger(clients) || clients < 1 || !(durationMs > 0))
  throw new Error("--clients and --duration must be positive numbers");
if (!Number.isSafeInteger(instanceCount) || instanceCount < 1) throw new Error("--instances must be a positive number");
if (values["rolling-restart"] && instanceCount < 2) throw new Error("--rolling-restart needs --instances 2 or more");
// --restart-database restarts a private PostgreSQL of this run's own, never the shared server.
const privatePostgres = values["restart-database"] ? await startPrivatePostgres(Number(values["pg-port"])) : null;
const databaseUrl = privatePostgres ? privatePostgres.url("portal_bench_restart") : values.url;
// The run drops the database's public schema: never a database that is not a benchmark's.
const databaseName = benchDatabaseName(databaseUrl);

const { validAnswers, SAMPLE_PDF } = await tsImport("../lib/applications/testing.ts", import.meta.url);
const SERVICES = ["kindergarten-basic", "kindergarten-additional", "child-allowance"];
const INCOME_FILE = "spravka-o-dohodah.pdf";

// --- Database, instances, nginx ------------------------------------------------------------------

const authSecret = randomBytes(48).toString("base64url");
let stopping = false;
const unexpectedExit = (message) => {
  if (stopping) return;
  console.error(message);
  process.exitCode = 1;
  // The other instances, nginx and the private PostgreSQL go too.
  void stopEverything().then(() => process.exit(1));
};
let instances = [];
const startInstances = () =>
  Array.from({ length: instanceCount }, (_, index) => {
    const port = Number(values.port) + index;
    const name = `portal-${index + 1}`;
    return startServer({
      name: `submissions-${name}`,
      args: [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
      // Every instance the same settings (docs/deploy.md). The drain outlasts nginx's upstream
      // keepalive_timeout (4 s): nginx itself closes every idle connection to a draining instance.
      env: portalEnvironment({
        dist: values.dist,
        databaseUrl,
        authSecret,
        appUrl: base,
        instance: name,
        extra: { SHUTDOWN_DRAIN_DELAY_MS: "5000", TRUSTED_PROXY_HOPS: behindNginx ? "1" : "0" },
      }),
      base: `http://127.0.0.1:${port}`,
      unexpectedExit,
    });
  });
let nginx = null;

async function stopEverything() {
  stopping = true;
  await Promise.all(instances.map((instance) => instance.stop()));
  await nginx?.stop();
  await privatePostgres?.stop();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void stopEverything().then(() => process.exit(130)));
}

// --- Measurements ---------------------------------------------------------------------------------

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
  if (errorSamples.length < 8)
    errorSamples.push({ message: String(error.message ?? error), ...(error.details ?? {}), kind });
}

// --- A browser without JavaScript -----------------------------------------------------------------

const ENTITIES = { amp: "&", quot: '"', lt: "<", gt: ">", "#x27": "'", "#39": "'", nbsp: "\u00a0" };
const decode = (text) => text.replace(/&(amp|quot|lt|gt|#x27|#39|nbsp);/g, (_, name) => ENTITIES[name]);
const textOf = (html) =>
  decode(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

function attributes(source) {
  const found = {};
  for (const match of source.matchAll(/([a-zA-Z_:$][-a-zA-Z0-9_:.$]*)(?:="([^"]*)")?/g))
    found[match[1].toLowerCase()] = match[2] === undefined ? "" : decode(match[2]);
  return found;
}

/** The page's forms with their controls in document order (React escapes ">" in attributes). */
function parseForms(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, head, body]) => {
    const controls = [];
    const pattern =
      /<input\b([^>]*)>|<button\b([^>]*)>([\s\S]*?)<\/button>|<select\b([^>]*)>([\s\S]*?)<\/select>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g;
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
    if (
      control.tag === "button" ||
      (control.tag === "input" && ["submit", "image", "button", "reset"].includes(control.type))
    ) {
      if (control === submitter) data.append(name, control.value ?? "");
    } else if (control.tag === "select") {
      const chosen = typed ? fill[name] : (control.options.find((o) => o.selected) ?? control.options[0])?.value;
      if (typed && !control.options.some((o) => o.value === chosen))
        throw new BenchError(`the list «${name}» has no option «${chosen}»`);
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
    throw new BenchError(`${init.method ?? "GET"} ${new URL(url).pathname}: ${error.cause?.message ?? error.message}`, {
      kind,
      request: `${init.method ?? "GET"} ${new URL(url).pathname}`,
    });
  }
}

// What a person does on the portal's 503 page («Сервис временно недоступен», Retry-After): waits a
// moment and tries again (the page's «Повторить», or Back and the same button). A raw 500 or a
// broken connection is a failed request. Every kind of answer is counted, with when it came.
const outage = {
  answers503: 0,
  formsKept: 0,
  raw500: 0,
  brokenConnections: 0,
  first503At: null,
  last503At: null,
  lastFailureAt: null,
};
const RETRY_MS = 1_000;
const FORM_KEPT_DURING_OUTAGE = "Введенные данные сохранены на этой странице";
const GIVE_UP_MS = 60_000;

async function patiently(send, kind) {
  const firstTry = performance.now();
  for (;;) {
    const started = performance.now();
    let answer;
    try {
      answer = await send();
    } catch (error) {
      outage.brokenConnections += 1;
      outage.lastFailureAt = performance.now();
      throw error;
    }
    const ms = performance.now() - started;
    if (
      answer.response.status === 503 &&
      answer.response.headers.get("retry-after") &&
      answer.html.includes("Сервис временно недоступен")
    ) {
      outage.answers503 += 1;
      outage.first503At ??= performance.now();
      outage.last503At = performance.now();
      if (performance.now() - firstTry > GIVE_UP_MS)
        throw new BenchError(`${kind}: still the 503 page after ${GIVE_UP_MS / 1000} s`, { kind });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      continue;
    }
    // A form posted during the outage comes back as typed with «Сервис временно недоступен…
    // Введенные данные сохранены…» (lib/forms/outage-answer.ts): the person presses the same
    // button again after a moment, which is what sending the same post again is.
    if (answer.html.includes(FORM_KEPT_DURING_OUTAGE)) {
      outage.formsKept += 1;
      outage.first503At ??= performance.now();
      outage.last503At = performance.now();
      if (performance.now() - firstTry > GIVE_UP_MS)
        throw new BenchError(`${kind}: still the outage message after ${GIVE_UP_MS / 1000} s`, { kind });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      continue;
    }
    if (answer.response.status >= 500) {
      outage.raw500 += 1;
      outage.lastFailureAt = performance.now();
    }
    return { ...answer, ms };
  }
}

class Citizen {
  constructor(cookie) {
    this.cookie = cookie;
  }

  async get(url, kind) {
    const { response, html, ms } = await patiently(
      () => exchange(new URL(url, base), { headers: { cookie: this.cookie }, redirect: "manual" }, kind),
      kind,
    );
    if (response.status !== 200) {
      throw new BenchError(`GET ${url} answered ${response.status}`, {
        kind,
        request: `GET ${url}`,
        status: response.status,
        location: response.headers.get("location"),
        requestId: response.headers.get("x-request-id"),
        body: textOf(html).slice(0, 300),
      });
    }
    record(kind, ms);
    return { url: new URL(url, base).toString(), html };
  }

  /** Posts a form to where it goes (server-action forms: the page itself); does not follow. */
  async post(page, form, data, kind) {
    const action = form.attributes.action;
    const target = action && action.startsWith("/") ? new URL(action, page.url).toString() : page.url;
    const { response, html, ms } = await patiently(
      () =>
        exchange(
          target,
          { method: "POST", body: data, headers: { cookie: this.cookie, origin: base }, redirect: "manual" },
          kind,
        ),
      kind,
    );
    const location = response.headers.get("location");
    const answer = {
      status: response.status,
      location: location ? new URL(location, target).toString() : null,
      url: target,
      html,
      requestId: response.headers.get("x-request-id"),
    };
    if (response.status !== 200 && response.status !== 303) {
      throw new BenchError(`POST ${new URL(target).pathname} (${kind}) answered ${response.status}`, {
        kind,
        request: `POST ${new URL(target).pathname}`,
        status: response.status,
        requestId: answer.requestId,
        body: textOf(html).slice(0, 300),
      });
    }
    record(kind, ms);
    return answer;
  }

  /** Presses the button and, like a browser, shows what comes back (following a 303). */
  async press(page, match, fill, files, kind, nextKind) {
    const found = findSubmitter(page, match);
    if (!found)
      throw new BenchError(`no such button at ${new URL(page.url).pathname}`, {
        body: textOf(page.html).slice(0, 300),
      });
    const { data } = formData(found.form, found.button, fill, files);
    const answer = await this.post(page, found.form, data, kind);
    if (answer.status === 303) return this.get(answer.location, nextKind(answer.location));
    return { url: page.url, html: answer.html };
  }
}

const pageKind = (url) =>
  /\/review$/.test(new URL(url).pathname)
    ? "GET review page"
    : /\/step\//.test(url)
      ? "GET step page"
      : "GET other page";
const byIntent = (intent) => (c) => c.name === "intent" && c.value === intent;
const byText = (text) => (c) => c.text === text;
const alertText = (html) =>
  textOf(/<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "") || textOf(html).slice(0, 300);

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
    if (
      step === "attachments" &&
      findSubmitter(page, byIntent("upload"))?.form.controls.some(
        (c) => c.name === "slot" && c.options.some((o) => o.value === "income"),
      ) &&
      !page.html.includes(INCOME_FILE)
    ) {
      page = await citizen.press(
        page,
        byIntent("upload"),
        { slot: "income" },
        { file: new File([SAMPLE_PDF], INCOME_FILE, { type: "application/pdf" }) },
        "POST upload",
        pageKind,
      );
      if (!page.html.includes(`Файл «${INCOME_FILE}» прикреплен`))
        throw new BenchError("the upload was not confirmed", { body: alertText(page.html) });
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
      throw new BenchError(`the submission was not acknowledged (${answer.status})`, {
        kind: "POST submit",
        request: `POST ${new URL(answer.url).pathname}`,
        status: answer.status,
        location: answer.location,
        requestId: answer.requestId,
        body: alertText(answer.html),
      });
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
  const number = /Заявление отправлено и зарегистрировано\. Номер заявления: (16-\d{4}-\d{7})/.exec(
    textOf(landing.html),
  )?.[1];
  if (!number)
    throw new BenchError(`no confirmation with a number at ${location}`, { body: textOf(landing.html).slice(0, 300) });
  if (acknowledged.has(id) && acknowledged.get(id) !== number)
    throw new BenchError(`application ${id} acknowledged as ${acknowledged.get(id)} and as ${number}`);
  acknowledged.set(id, number);

  if (resend) {
    // Back to the review page the browser still shows, and «Отправить заявление» once more.
    resends += 1;
    const again = await send();
    if (again.status === 303 && again.location === location) {
      const page2 = await citizen.get(again.location, "GET confirmation page");
      if (textOf(page2.html).includes(`Номер заявления: ${number}`)) resendsSameNumber += 1;
    } else {
      throw new BenchError(`sending again answered ${again.status} → ${again.location}`, {
        requestId: again.requestId,
        body: alertText(again.html),
      });
    }
  }
}

// --- The run ---------------------------------------------------------------------------------------

await ensurePortalBuild(values.dist, { skipBuild: values["skip-build"] });
await emptyDatabase(databaseUrl);
instances = startInstances();
// The first instance migrates and seeds alone; the others then find it done (the start-up lock).
await instances[0].ready();
await Promise.all(instances.slice(1).map((instance) => instance.ready()));
if (behindNginx) {
  nginx = await startNginx({
    listen: `127.0.0.1:${values["nginx-port"]}`,
    instances: instances.map((_, index) => `127.0.0.1:${Number(values.port) + index}`),
    unexpectedExit,
  });
  for (
    let tries = 0;
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    tries++
  ) {
    if (tries > 100) throw new Error("nginx did not answer");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
let db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const [warmUser, ...citizens] = await createCitizens(db, clients + 1, authSecret, "submissions");
// The database may be restarted during the run: this connection is opened again for the checks.
await db.end();

// Warm-up (not measured): one application of each service by a citizen of its own.
const warm = new Citizen(warmUser.cookie);
for (const serviceId of SERVICES) await apply(warm, serviceId);
timings.clear();
const warmIds = new Set(acknowledged.keys());
submissions = doubleClicks = doubleClicksBothAnswered = resends = resendsSameNumber = 0;

const serversCpu = () =>
  instances.reduce((sum, instance) => sum + (processTreeCpuSeconds(instance.child.pid) ?? NaN), 0);
const serverCpuBefore = serversCpu();
const clientCpuBefore = process.cpuUsage();
const started = performance.now();
const deadline = started + durationMs;
const events = [];
const at = () => +((performance.now() - started) / 1000).toFixed(1);
let databaseBackAt = null;
const disturbance = (async () => {
  if (values["rolling-restart"]) {
    // Instance 1, then instance 2 (…): SIGTERM, its exit awaited, started again, healthy again.
    for (const [index, instance] of instances.entries()) {
      await new Promise((resolve) =>
        setTimeout(resolve, (durationMs / (instances.length + 1)) * (index === 0 ? 1 : 0.5)),
      );
      events.push(`${at()} s: SIGTERM to ${instance.name}`);
      const code = await instance.stop();
      events.push(`${at()} s: ${instance.name} exited with ${code}`);
      instance.restart();
      await instance.ready();
      events.push(`${at()} s: ${instance.name} healthy again`);
    }
  }
  if (privatePostgres) {
    await new Promise((resolve) => setTimeout(resolve, durationMs * 0.4));
    events.push(`${at()} s: PostgreSQL restart (pg_ctl restart -m fast)`);
    await privatePostgres.restart();
    databaseBackAt = performance.now();
    events.push(`${at()} s: PostgreSQL answers again`);
  }
})();
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
await disturbance;
const elapsedMs = performance.now() - started;
const clientCpu = process.cpuUsage(clientCpuBefore);
const cpu = {
  // A restarted instance's earlier process is not counted: with --rolling-restart this is a floor.
  server: Number.isNaN(serverCpuBefore) ? null : +(serversCpu() - serverCpuBefore).toFixed(1),
  client: +((clientCpu.user + clientCpu.system) / 1e6).toFixed(1),
};

// --- What the database holds -----------------------------------------------------------------------

db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
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
const badHistory = registered.filter(
  (r) => historyById.get(r.id)?.submitted !== 1 || historyById.get(r.id)?.registered !== 1,
).length;
const audited = (
  await db.query(
    `SELECT count(*)::int AS "entries", count(DISTINCT "subject")::int AS "subjects" FROM "audit_event" WHERE "action" = 'application.submit'`,
  )
).rows[0];
const notices = (await db.query(`SELECT "link", count(*)::int AS "count" FROM "notification" GROUP BY "link"`)).rows;
const noticeCounts = new Set(
  registered.map((r) => notices.find((n) => n.link === `/cabinet/applications/${r.id}`)?.count ?? 0),
);
const drafts = rows.filter((r) => r.status === "draft").length;
await db.end();

// The servers' own complaints: pino lines at error level and above, and Next's "⨯" lines.
const serverErrors = instances
  .flatMap((instance) => instance.text().split("\n"))
  .filter((line) => /"level":(5\d|60)/.test(line) || /⨯|Error:/.test(line));
await stopEverything();

// --- Report ------------------------------------------------------------------------------------------

const kinds = [...timings.keys()].sort();
const formPages = stats([...(timings.get("GET step page") ?? []), ...(timings.get("GET review page") ?? [])]);
const posts = stats(kinds.filter((k) => k.startsWith("POST")).flatMap((k) => timings.get(k)));
const consistent =
  notStored.length === 0 &&
  storedNotAcknowledged.length === 0 &&
  duplicateNumbers === 0 &&
  badHistory === 0 &&
  audited.entries === registered.length &&
  audited.subjects === registered.length &&
  noticeCounts.size === 1;
const perSecond = runAcknowledged.length / (elapsedMs / 1000);
const requests = kinds.reduce((sum, kind) => sum + timings.get(kind).length, 0);

const recoverySeconds =
  databaseBackAt === null
    ? null
    : +(
        Math.max(0, (outage.last503At ?? 0) - databaseBackAt, (outage.lastFailureAt ?? 0) - databaseBackAt) / 1000
      ).toFixed(1);
console.log(
  `PostgreSQL ${databaseName}${privatePostgres ? ` (a private server on port ${values["pg-port"]})` : ""}; ${clients} clients for ${durationMs / 1000} s (all finished after ${(elapsedMs / 1000).toFixed(1)} s); ${instanceCount} instance(s)${behindNginx ? " behind nginx" : ""} at ${base} (${values.dist})`,
);
for (const event of events) console.log(`  ${event}`);
console.log("");
console.log("| | |");
console.log("| --- | --- |");
console.log(
  `| answers: the 503 page / a form back as typed with the outage message (each retried after ${RETRY_MS / 1000} s) / raw 5xx / broken connections | ${outage.answers503} / ${outage.formsKept} / ${outage.raw500} / ${outage.brokenConnections} |`,
);
if (recoverySeconds !== null)
  console.log(`| last 503 page or failure after the database answered again | ${recoverySeconds} s |`);
console.log(`| submissions acknowledged («Заявление отправлено и зарегистрировано») | ${runAcknowledged.length} |`);
console.log(`| submissions / s | ${perSecond.toFixed(2)} |`);
console.log(`| stored: applications registered in the database | ${runStored.length} |`);
console.log(
  `| acknowledged = stored, each number once | ${consistent && runAcknowledged.length === runStored.length ? "yes" : "NO"} |`,
);
console.log(
  `| acknowledged but not stored / stored but not acknowledged / duplicate numbers | ${notStored.length} / ${storedNotAcknowledged.length} / ${duplicateNumbers} |`,
);
console.log(
  `| double clicks (two POSTs at once): both answered with the same application | ${doubleClicksBothAnswered} of ${doubleClicks} |`,
);
console.log(`| sent again after the confirmation: same application and number | ${resendsSameNumber} of ${resends} |`);
console.log(
  `| history: one «submitted» and one «registered» each / audit entries / notices each | ${registered.length - badHistory} of ${registered.length} / ${audited.entries} / ${[...noticeCounts].join(", ")} |`,
);
console.log(`| HTTP requests / s (all kinds) | ${(requests / (elapsedMs / 1000)).toFixed(1)} |`);
console.log(
  `| CPU seconds used during the run: portal server / this load generator | ${cpu.server ?? "?"} / ${cpu.client} (of ${((availableParallelism() * elapsedMs) / 1000).toFixed(0)} on ${availableParallelism()} cores) |`,
);
console.log(`| drafts left (interrupted by an error or by the end of the run) | ${drafts} |`);
console.log(`| errors (client) / error lines in the server log | ${errorCount} / ${serverErrors.length} |`);
console.log("");
console.log("| request | count | p50 | p95 | max | errors |");
console.log("| --- | --- | --- | --- | --- | --- |");
const errorsOf = (test) => [...failures].filter(([kind]) => test(kind)).reduce((sum, [, count]) => sum + count, 0);
const row = (name, s, errors) =>
  console.log(`| ${name} | ${s.count} | ${s.p50} ms | ${s.p95} ms | ${s.max} ms | ${errors} |`);
row(
  "**GET form pages (steps and review)**",
  formPages,
  errorsOf((k) => k === "GET step page" || k === "GET review page"),
);
row(
  "**POST (all forms)**",
  posts,
  errorsOf((k) => k.startsWith("POST")),
);
for (const kind of kinds) row(kind, stats(timings.get(kind)), failures.get(kind) ?? 0);
for (const [kind, count] of failures) if (!timings.has(kind)) console.log(`| ${kind} | | | | | ${count} |`);
if (errorCount) {
  console.log("");
  console.log(`errors by kind: ${JSON.stringify(Object.fromEntries(failures))}; first ones:`);
  for (const sample of errorSamples) console.log(JSON.stringify(sample));
}
if (serverErrors.length) {
  console.log("");
  console.log(`server logs (${instances.map((instance) => instance.logPath).join(", ")}), first error lines:`);
  for (const line of serverErrors.slice(0, 5)) console.log(line.slice(0, 600));
}
console.log("");
console.log(
  JSON.stringify({
    database: databaseName,
    clients,
    instances: instanceCount,
    nginx: behindNginx,
    events,
    answers503: outage.answers503,
    formsKeptDuringOutage: outage.formsKept,
    raw5xx: outage.raw500,
    brokenConnections: outage.brokenConnections,
    recoverySeconds,
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
