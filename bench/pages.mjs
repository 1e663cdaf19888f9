#!/usr/bin/env node
// What one request to the portal costs, next to the framework's own floor. In one run it builds a
// bare Next.js app of the installed version (one dynamic page, `await connection()`) into a
// temporary folder, starts it and the portal (`next start`, production, PostgreSQL), and loads each
// page for the same time with the same number of keep-alive connections:
//
//   bare Next.js dynamic page · home not signed in · home signed in · /cabinet ·
//   a form step (the applicant step of a draft) · check-your-answers (a complete draft's review)
//
// It prints requests/s, p50, p95 and each page's share of the bare page's requests/s.
//
//   node bench/pages.mjs [--connections 50] [--duration 10] [--url postgres://portal:portal@127.0.0.1:5432/portal_h11_bench]
//                        [--skip-build] [--cpu-prof]
//
// --cpu-prof runs the portal under `node --cpu-prof` and prints the functions with the most self
// time (the profile itself stays in .data/bench/profiles/ for Chrome's DevTools).
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { NEXT_BIN, ROOT, run, sourceFingerprint } from "../scripts/lib.mjs";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "postgres://portal:portal@127.0.0.1:5432/portal_h11_bench" },
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    "portal-port": { type: "string", default: "3201" },
    "bare-port": { type: "string", default: "3202" },
    dist: { type: "string", default: ".next-bench-pages" },
    "skip-build": { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
  },
});
const connections = Number(values.connections);
const durationMs = Number(values.duration) * 1000;
const portalBase = `http://127.0.0.1:${values["portal-port"]}`;
const bareBase = `http://127.0.0.1:${values["bare-port"]}`;
const databaseName = new URL(values.url).pathname.slice(1);
if (!/bench/i.test(databaseName)) throw new Error(`Refusing: the database name must contain «bench», got «${databaseName}»`);
const COOKIE = "portal.session-token"; // app/_lib/auth.ts, for an http:// APP_URL
const PROFILE_DIR = path.join(ROOT, ".data", "bench", "profiles");

const children = [];
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stopAll(), process.exit(130)));

// --- The bare app -----------------------------------------------------------------------------------

async function buildBareApp() {
  const folder = mkdtempSync(path.join(tmpdir(), "bare-next-"));
  mkdirSync(path.join(folder, "app"));
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  writeFileSync(path.join(folder, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(path.parse(folder).root)} } };\n`);
  writeFileSync(path.join(folder, "app", "layout.jsx"), `export default function Layout({ children }) { return <html lang="ru"><body>{children}</body></html>; }\n`);
  writeFileSync(
    path.join(folder, "app", "page.jsx"),
    `import { connection } from "next/server";\nexport default async function Page() {\n  await connection();\n  return <main><h1>Bare Next.js</h1><p>{new Date().toISOString()}</p></main>;\n}\n`,
  );
  // The same installed Next.js and React as the portal's.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(folder, "node_modules"), "dir");
  const version = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version;
  console.error(`building a bare Next.js ${version} app in ${folder} …`);
  await run(process.execPath, [NEXT_BIN, "build"], { cwd: folder, env: { NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  return { folder, version };
}

// --- The portal -------------------------------------------------------------------------------------

async function ensurePortalBuild() {
  const distDir = path.join(ROOT, values.dist);
  const fingerprintFile = path.join(distDir, "source-fingerprint");
  const built = existsSync(path.join(distDir, "BUILD_ID"));
  if (built && values["skip-build"]) return;
  const fingerprint = sourceFingerprint();
  if (built && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint) return;
  console.error(`building the portal into ${values.dist} …`);
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
  await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE;`);
  await client.end();
}

function start(name, args, cwd, env, base) {
  const logDir = path.join(ROOT, ".data", "bench");
  mkdirSync(logDir, { recursive: true });
  let log = "";
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  child.on("exit", (code, signal) => {
    writeFileSync(path.join(logDir, `pages-${name}.log`), log);
    if (!stopping) {
      console.error(`${name} stopped (${code ?? signal}):\n${log.slice(-2000)}`);
      process.exit(1);
    }
  });
  return {
    child,
    ready: async (probe) => {
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        try {
          if ((await fetch(`${base}${probe}`)).status === 200) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      throw new Error(`${name} did not answer within 120 s:\n${log.slice(-2000)}`);
    },
    stopped: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve))),
  };
}
let stopping = false;

/** A citizen with an ESIA link «Стандартная», a session (its cookie), a fresh draft and a complete one. */
async function prepareCitizen(authSecret) {
  const { openDatabase } = await tsImport("../lib/db/client.ts", import.meta.url);
  const { startDraft, saveStep } = await tsImport("../lib/applications/repository.ts", import.meta.url);
  const { stepsOf } = await tsImport("../lib/applications/steps.ts", import.meta.url);
  const { validAnswers } = await tsImport("../lib/applications/testing.ts", import.meta.url);
  const { SESSION_LIFETIME_SECONDS } = await tsImport("../lib/auth/sessions.ts", import.meta.url);
  const database = await openDatabase({ DATABASE_URL: values.url, PGLITE_DATA_DIR: "", DB_HEALTH_TIMEOUT_MS: 5000 });
  const db = database.prisma;
  try {
    const user = await db.user.create({
      data: { email: `bench.pages.${Date.now()}@example.ru`, emailVerified: true, passwordHash: "!bench: no password login", lastName: "Хасанова", firstName: "Алия", middleName: "Рашидовна", birthDate: "1990-04-12", gender: "F", snils: "11223344595" },
    });
    await db.esiaLink.create({ data: { userId: user.id, oid: String(910_000_000 + user.id), level: "standard", trusted: true } });
    const sid = randomBytes(32).toString("base64url");
    await db.userSession.create({
      data: { id: createHash("sha256").update(sid).digest("hex"), userId: user.id, expiresAt: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000), userAgent: "bench/pages.mjs" },
    });
    const token = await encode({ token: { sub: String(user.id), sid }, secret: authSecret, maxAge: SESSION_LIFETIME_SECONDS });
    const profile = { lastName: user.lastName, firstName: user.firstName, middleName: user.middleName, birthDate: user.birthDate, gender: user.gender, snils: user.snils };
    // Two services, one draft each: a fresh one (its first step) and a complete one (its review).
    const fresh = await startDraft(db, user.id, "child-allowance", null, profile);
    const complete = await startDraft(db, user.id, "kindergarten-basic", null, profile);
    const answers = validAnswers("kindergarten-basic");
    for (const step of stepsOf("kindergarten-basic")) {
      const saved = await saveStep(db, user.id, complete.application.id, step, answers[step] ?? {}, true);
      if (!saved.ok) throw new Error(`the bench draft's step ${step} was refused: ${JSON.stringify(saved)}`);
    }
    return {
      cookie: `${COOKIE}=${token}`,
      stepPath: `/cabinet/applications/${fresh.application.id}/step/${stepsOf("child-allowance")[0]}`,
      reviewPath: `/cabinet/applications/${complete.application.id}/review`,
    };
  } finally {
    await database.close();
  }
}

// --- Load -------------------------------------------------------------------------------------------

/** `connections` keep-alive loops GETting one URL for durationMs; only 200 answers count. */
async function load(url, headers = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies = [];
  let failed = 0;
  let firstFailure = null;
  const get = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const request = http.get({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers }, (response) => {
        response.resume();
        response.on("end", () => {
          if (response.statusCode === 200) latencies.push(performance.now() - started);
          else {
            failed += 1;
            firstFailure ??= `${response.statusCode} ${response.headers.location ?? ""}`;
          }
          resolve();
        });
      });
      request.on("error", (error) => {
        failed += 1;
        firstFailure ??= error.message;
        resolve();
      });
    });
  // A short warm-up, not counted: the first renders compile and fill V8's caches.
  const warmUntil = performance.now() + 1500;
  while (performance.now() < warmUntil) await get();
  latencies.length = 0;
  failed = 0;
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) await get();
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), ok: latencies.length, failed, firstFailure };
}

// --- The CPU profile ---------------------------------------------------------------------------------

function summariseProfile() {
  const files = readdirSync(PROFILE_DIR).filter((name) => name.endsWith(".cpuprofile")).map((name) => path.join(PROFILE_DIR, name));
  const newest = files.sort().at(-1);
  if (!newest) return console.log("no profile written");
  const profile = JSON.parse(readFileSync(newest, "utf8"));
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const selfTicks = new Map();
  for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ticks = selfTicks.get(node.id) ?? 0;
    if (!ticks) continue;
    total += ticks;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, "").replace(ROOT + "/", "");
    const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ticks);
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? (where.startsWith(values.dist) ? "portal bundle" : where ? (where.startsWith("node:") ? "node core" : "other") : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ticks);
  }
  const share = (ticks) => `${((100 * ticks) / total).toFixed(1)} %`;
  console.log(`\nCPU profile ${path.relative(ROOT, newest)} (${((total * interval) / 1e6).toFixed(1)} s sampled)`);
  console.log("self time by package:");
  for (const [name, ticks] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${share(ticks).padStart(7)}  ${name}`);
  console.log("self time by function:");
  for (const [name, ticks] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${share(ticks).padStart(7)}  ${name.slice(0, 160)}`);
}

// --- The run ------------------------------------------------------------------------------------------

const bare = await buildBareApp();
await ensurePortalBuild();
await emptyDatabase();
const authSecret = randomBytes(48).toString("base64url");
const bareServer = start("bare", [NEXT_BIN, "start", "-p", values["bare-port"], "-H", "127.0.0.1"], bare.folder, { NODE_ENV: "production" }, bareBase);
if (values["cpu-prof"]) mkdirSync(PROFILE_DIR, { recursive: true });
const portalEnv = {
  NODE_ENV: "production",
  NEXT_DIST_DIR: values.dist,
  DATABASE_URL: values.url,
  PGLITE_DATA_DIR: "",
  AUTH_SECRET: authSecret,
  APP_URL: portalBase,
  NEXTAUTH_URL: portalBase,
  SEED_DEMO_DATA: "true",
  ESIA_MOCK_ENABLED: "false",
  DEV_OUTBOX_ENABLED: "false",
  DELIVERY_TRANSPORT: "outbox",
  INSECURE_LOCAL_HTTP: "true",
  LOG_LEVEL: "warn",
};
const portalArgs = [...(values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : []), NEXT_BIN, "start", "-p", values["portal-port"], "-H", "127.0.0.1"];
const portal = start("portal", portalArgs, ROOT, portalEnv, portalBase);
await Promise.all([bareServer.ready("/"), portal.ready("/api/health")]);
const citizen = await prepareCitizen(authSecret);

const signedIn = { cookie: citizen.cookie };
const pages = [
  ["bare Next.js dynamic page", `${bareBase}/`, {}],
  ["home, not signed in", `${portalBase}/`, {}],
  ["home, signed in", `${portalBase}/`, signedIn],
  ["/cabinet", `${portalBase}/cabinet`, signedIn],
  ["a form step", `${portalBase}${citizen.stepPath}`, signedIn],
  ["check-your-answers", `${portalBase}${citizen.reviewPath}`, signedIn],
];
const results = [];
for (const [name, url, headers] of pages) {
  const result = await load(url, headers);
  results.push({ name, ...result });
  console.error(`${name}: ${result.perSecond.toFixed(0)}/s${result.failed ? `, ${result.failed} failed (${result.firstFailure})` : ""}`);
}
const floor = results[0].perSecond;
console.log(`\nNext.js ${bare.version}, ${connections} connections, ${values.duration} s per page, ${new Date().toISOString()}`);
console.log("| page | requests/s | p50 | p95 | share of the bare page | failed |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of results) {
  console.log(`| ${r.name} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${((100 * r.perSecond) / floor).toFixed(0)} % | ${r.failed} |`);
}

stopping = true;
stopAll();
await Promise.all([bareServer.stopped(), portal.stopped()]);
rmSync(bare.folder, { recursive: true, force: true });
if (values["cpu-prof"]) summariseProfile();
