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
//                        [--skip-build] [--cpu-prof] [--rounds 3] [--count-queries]
//                        [--before-root <another checkout, built> --before-dist <its dist folder>]
//                        [--traced]
//
// --traced starts a second portal of the same build with OpenTelemetry on (every request sampled,
// spans sent over OTLP/HTTP to a receiver in this process) and loads its pages in the same rounds.
//
// --cpu-prof runs the portal under `node --cpu-prof` and prints the functions with the most self
// time (the profile itself stays in .data/bench/profiles/ for Chrome's DevTools).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { tsImport } from "tsx/esm/api";
import { run } from "../scripts/lib.mjs";
import {
  benchDatabaseName,
  createCitizens,
  emptyDatabase,
  ensurePortalBuild,
  NEXT_BIN,
  portalEnvironment,
  queryCountingRelay,
  ROOT,
  startServer,
} from "./lib.mjs";

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
    rounds: { type: "string", default: "1" },
    "count-queries": { type: "boolean", default: false },
    // Another checkout of the portal, built into the same --dist (e.g. the code before a change):
    // started beside this one on the same database, its pages loaded in the same rounds.
    "before-root": { type: "string" },
    "before-port": { type: "string", default: "3203" },
    "before-dist": { type: "string" },
    traced: { type: "boolean", default: false },
    "traced-port": { type: "string", default: "3204" },
  },
});
const connections = Number(values.connections);
const durationMs = Number(values.duration) * 1000;
const portalBase = `http://127.0.0.1:${values["portal-port"]}`;
const bareBase = `http://127.0.0.1:${values["bare-port"]}`;
benchDatabaseName(values.url);
const PROFILE_DIR = path.join(ROOT, ".data", "bench", "profiles");

const servers = [];
const stopAll = () => Promise.all(servers.map((server) => server.stop()));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stopAll().then(() => process.exit(130)));
const unexpectedExit = (message) => (console.error(message), process.exit(1));

// --- The bare app -----------------------------------------------------------------------------------

async function buildBareApp() {
  const folder = mkdtempSync(path.join(tmpdir(), "bare-next-"));
  mkdirSync(path.join(folder, "app"));
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  writeFileSync(
    path.join(folder, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(path.parse(folder).root)} } };\n`,
  );
  writeFileSync(
    path.join(folder, "app", "layout.jsx"),
    `export default function Layout({ children }) { return <html lang="ru"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(
    path.join(folder, "app", "page.jsx"),
    `import { connection } from "next/server";\nexport default async function Page() {\n  await connection();\n  return <main><h1>Bare Next.js</h1><p>{new Date().toISOString()}</p></main>;\n}\n`,
  );
  // The same installed Next.js and React as the portal's.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(folder, "node_modules"), "dir");
  const version = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version;
  console.error(`building a bare Next.js ${version} app in ${folder} …`);
  await run(process.execPath, [NEXT_BIN, "build"], {
    cwd: folder,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { folder, version };
}

// --- The portal -------------------------------------------------------------------------------------

/** A citizen with an ESIA link «Стандартная», a session (its cookie), a fresh draft and a complete one. */
async function prepareCitizen(authSecret) {
  const { openDatabase } = await tsImport("../lib/db/client.ts", import.meta.url);
  const { startDraft, saveStep } = await tsImport("../lib/applications/repository.ts", import.meta.url);
  const { stepsOf } = await tsImport("../lib/applications/steps.ts", import.meta.url);
  const { validAnswers } = await tsImport("../lib/applications/testing.ts", import.meta.url);
  const database = await openDatabase({ DATABASE_URL: values.url, PGLITE_DATA_DIR: "", DB_HEALTH_TIMEOUT_MS: 5000 });
  const db = database.prisma;
  try {
    const client = new pg.Client({ connectionString: values.url });
    await client.connect();
    const [{ userId, cookie }] = await createCitizens(client, 1, authSecret, "pages").finally(() => client.end());
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const profile = {
      lastName: user.lastName,
      firstName: user.firstName,
      middleName: user.middleName,
      birthDate: user.birthDate,
      gender: user.gender,
      snils: user.snils,
    };
    // Two services, one draft each: a fresh one (its first step) and a complete one (its review).
    const fresh = await startDraft(db, user.id, "child-allowance", null, profile);
    const complete = await startDraft(db, user.id, "kindergarten-basic", null, profile);
    const answers = validAnswers("kindergarten-basic");
    for (const step of stepsOf("kindergarten-basic")) {
      const saved = await saveStep(db, user.id, complete.application.id, step, answers[step] ?? {}, true);
      if (!saved.ok) throw new Error(`the bench draft's step ${step} was refused: ${JSON.stringify(saved)}`);
    }
    return {
      cookie,
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
      const request = http.get(
        { agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers },
        (response) => {
          response.resume();
          response.on("end", () => {
            if (response.statusCode === 200) latencies.push(performance.now() - started);
            else {
              failed += 1;
              firstFailure ??= `${response.statusCode} ${response.headers.location ?? ""}`;
            }
            resolve();
          });
        },
      );
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
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await get();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    ok: latencies.length,
    failed,
    firstFailure,
  };
}

// --- The CPU profile ---------------------------------------------------------------------------------

function summariseProfile() {
  const files = readdirSync(PROFILE_DIR)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(PROFILE_DIR, name));
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
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where.startsWith(values.dist)
        ? "portal bundle"
        : where
          ? where.startsWith("node:")
            ? "node core"
            : "other"
          : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ticks);
  }
  const share = (ticks) => `${((100 * ticks) / total).toFixed(1)} %`;
  console.log(`\nCPU profile ${path.relative(ROOT, newest)} (${((total * interval) / 1e6).toFixed(1)} s sampled)`);
  console.log("self time by package:");
  for (const [name, ticks] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${share(ticks).padStart(7)}  ${name}`);
  console.log("self time by function:");
  for (const [name, ticks] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${share(ticks).padStart(7)}  ${name.slice(0, 160)}`);
}

// --- The run ------------------------------------------------------------------------------------------

const bare = await buildBareApp();
await ensurePortalBuild(values.dist, { skipBuild: values["skip-build"] });
await emptyDatabase(values.url);
const authSecret = randomBytes(48).toString("base64url");
const bareServer = startServer({
  name: "pages-bare",
  args: [NEXT_BIN, "start", "-p", values["bare-port"], "-H", "127.0.0.1"],
  cwd: bare.folder,
  env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  base: bareBase,
  unexpectedExit,
});
if (values["cpu-prof"]) mkdirSync(PROFILE_DIR, { recursive: true });
// --count-queries: the portal reaches PostgreSQL through a relay that counts its round trips.
const counter = values["count-queries"] ? await queryCountingRelay(values.url) : null;
const portalEnv = portalEnvironment({
  dist: values.dist,
  databaseUrl: counter?.url ?? values.url,
  authSecret,
  appUrl: portalBase,
});
const portalArgs = [
  ...(values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : []),
  NEXT_BIN,
  "start",
  "-p",
  values["portal-port"],
  "-H",
  "127.0.0.1",
];
const portal = startServer({
  name: "pages-portal",
  args: portalArgs,
  env: portalEnv,
  base: portalBase,
  unexpectedExit,
});
servers.push(bareServer, portal);
await Promise.all([bareServer.ready("/"), portal.ready("/api/health")]);
const beforeBase = `http://127.0.0.1:${values["before-port"]}`;
if (values["before-root"]) {
  // Started after this portal has migrated the database, so it finds the schema in place.
  const before = startServer({
    name: "pages-portal-before",
    args: [
      path.join(values["before-root"], "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      values["before-port"],
      "-H",
      "127.0.0.1",
    ],
    cwd: values["before-root"],
    env: portalEnvironment({
      dist: values["before-dist"] ?? values.dist,
      databaseUrl: counter?.url ?? values.url,
      authSecret,
      appUrl: beforeBase,
    }),
    base: beforeBase,
    unexpectedExit,
  });
  servers.push(before);
  await before.ready("/api/health");
}
const tracedBase = `http://127.0.0.1:${values["traced-port"]}`;
let receiver = null;
if (values.traced) {
  // Counts what arrives without decoding it: the receiver shares the machine with the portals.
  const { startOtlpReceiver } = await tsImport("../lib/telemetry/otlp-receiver.ts", import.meta.url);
  receiver = await startOtlpReceiver({ decode: false });
  const traced = startServer({
    name: "pages-portal-traced",
    args: [NEXT_BIN, "start", "-p", values["traced-port"], "-H", "127.0.0.1"],
    env: {
      ...portalEnvironment({
        dist: values.dist,
        databaseUrl: counter?.url ?? values.url,
        authSecret,
        appUrl: tracedBase,
      }),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_TRACES_SAMPLER: "always_on",
      PORTAL_INSTANCE: "pages-traced",
    },
    base: tracedBase,
    unexpectedExit,
  });
  servers.push(traced);
  await traced.ready("/api/health");
}
const citizen = await prepareCitizen(authSecret);

const signedIn = { cookie: citizen.cookie };
const portalPages = (label, origin) => [
  [`home, not signed in${label}`, `${origin}/`, {}],
  [`home, signed in${label}`, `${origin}/`, signedIn],
  [`/cabinet${label}`, `${origin}/cabinet`, signedIn],
  [`a form step${label}`, `${origin}${citizen.stepPath}`, signedIn],
  [`check-your-answers${label}`, `${origin}${citizen.reviewPath}`, signedIn],
];
const after = portalPages(values["before-root"] ? " (this checkout)" : "", portalBase);
const earlier = values["before-root"] ? portalPages(" (before)", beforeBase) : [];
const tracedPages = values.traced ? portalPages(" (traced)", tracedBase) : [];
// With --before-root (--traced) each page of the earlier checkout (the traced portal) follows the
// same page of this one.
const pages = [
  ["bare Next.js dynamic page", `${bareBase}/`, {}],
  ...after.flatMap((page, index) => [page, earlier[index], tracedPages[index]].filter(Boolean)),
];
// Each round loads the bare page and then every portal page; a page's share is taken against the
// bare page of its own round, so a neighbour's build slowing the machine between rounds shows as
// spread rather than as a difference between pages.
const rounds = Math.max(1, Number(values.rounds));
const results = pages.map(([name]) => ({ name, rounds: [] }));
for (let round = 0; round < rounds; round++) {
  for (const [index, [name, url, headers]] of pages.entries()) {
    const result = await load(url, headers);
    results[index].rounds.push(result);
    console.error(
      `round ${round + 1}, ${name}: ${result.perSecond.toFixed(0)}/s${result.failed ? `, ${result.failed} failed (${result.firstFailure})` : ""}`,
    );
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const shares = results.map((page) =>
  page.rounds.map((result, round) => (100 * result.perSecond) / results[0].rounds[round].perSecond),
);
console.log(
  `\nNext.js ${bare.version}, ${connections} connections, ${values.duration} s per page, ${rounds} round(s), ${new Date().toISOString()}`,
);
console.log("| page | requests/s (median) | p50 | p95 | share of the bare page: median (min–max) | failed |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [index, page] of results.entries()) {
  const perSecond = median(page.rounds.map((r) => r.perSecond));
  const p50 = median(page.rounds.map((r) => r.p50));
  const p95 = median(page.rounds.map((r) => r.p95));
  const share = shares[index];
  const failed = page.rounds.reduce((sum, r) => sum + r.failed, 0);
  console.log(
    `| ${page.name} | ${perSecond.toFixed(0)} | ${p50.toFixed(0)} ms | ${p95.toFixed(0)} ms | ${median(share).toFixed(0)} % (${Math.min(...share).toFixed(0)}–${Math.max(...share).toFixed(0)} %) | ${failed} |`,
  );
}

if (counter) {
  // One request at a time, so that every round trip counted belongs to the page asked for.
  console.log("\n| page | database round trips per request (20 requests, one at a time) |");
  console.log("| --- | --- |");
  for (const [name, url, headers] of pages.slice(1)) {
    const before = counter.roundTrips();
    for (let i = 0; i < 20; i++) {
      const response = await fetch(url, { headers, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
    }
    console.log(`| ${name} | ${((counter.roundTrips() - before) / 20).toFixed(1)} |`);
  }
}

if (receiver) {
  // Checked after the servers stopped: the traced one sends what it still buffers on SIGTERM.
  await stopAll();
  console.log(
    `\ntraced portal: ${receiver.requests()} OTLP exports received, ${(receiver.bytes() / 1e6).toFixed(1)} MB`,
  );
  if (receiver.requests() === 0) throw new Error("the traced portal sent no spans");
  await receiver.close();
}
await stopAll();
await counter?.close();
rmSync(bare.folder, { recursive: true, force: true });
if (values["cpu-prof"]) summariseProfile();
