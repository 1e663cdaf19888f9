#!/usr/bin/env node
// The README's test command: typecheck, lint, unit tests, integration tests (embedded PGlite, and
// also the PostgreSQL server in TEST_DATABASE_URL when set), the production build, and the
// Playwright journeys in Debian's Chromium. Ends with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT, buildIfNeeded, run } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = path.join(ROOT, ".data", "test-results");
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function step(title) {
  console.log(`\n=== ${title} (${Math.round((Date.now() - started) / 1000)} s)`);
}

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium не найден (${CHROMIUM}). Установите его: sudo apt-get install -y chromium (или укажите путь в CHROMIUM_PATH).`);
    process.exit(1);
  }
  step("installing Debian's chromium with apt");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
}

async function vitest(project, label, env = {}) {
  const output = path.join(RESULTS, `${label}.json`);
  try {
    await run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], { env });
  } finally {
    count(output, (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }));
  }
}

function count(file, read) {
  if (!existsSync(file)) return;
  const { passed, failed, skipped } = read(JSON.parse(readFileSync(file, "utf8")));
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

// The delivery tests run a real SMTP server (scripts/smtp-sink.py) on Debian's python3-aiosmtpd.
async function ensureSmtpServer() {
  const python = process.env.SMTP_SINK_PYTHON ?? "/usr/bin/python3";
  const present = () => run(python, ["-c", "import aiosmtpd"], { stdio: "ignore" }).then(() => true, () => false);
  if (await present()) return;
  if (process.getuid?.() !== 0) {
    console.error(`python3-aiosmtpd не найден (${python} -c "import aiosmtpd"). Установите его: sudo apt-get install -y python3-aiosmtpd`);
    process.exit(1);
  }
  step("installing Debian's python3-aiosmtpd with apt");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "python3-aiosmtpd"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
}

let exitCode = 0;
try {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  await ensureChromium();
  await ensureSmtpServer();

  step("typecheck");
  await run("npm", ["run", "--silent", "prisma:generate"]);
  await run("npm", ["run", "--silent", "typecheck"]);

  step("lint");
  await run("npm", ["run", "--silent", "lint"]);

  step("unit tests");
  await vitest("unit", "unit");

  step("integration tests on embedded PGlite");
  await vitest("integration", "integration-pglite", { TEST_DATABASE_URL: "" });

  if (process.env.TEST_DATABASE_URL) {
    step("integration tests on the PostgreSQL server (TEST_DATABASE_URL)");
    await vitest("integration", "integration-postgres");
  } else {
    console.log("TEST_DATABASE_URL is not set: integration tests ran on PGlite only (CI runs them on PostgreSQL too).");
  }

  step("production build");
  await buildIfNeeded();

  step("end-to-end tests (Playwright, Chromium)");
  rmSync(path.join(ROOT, ".data", "e2e"), { recursive: true, force: true });
  try {
    await run("npx", ["playwright", "test"]);
  } finally {
    count(path.join(ROOT, ".data", "e2e", "results.json"), (report) => ({
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    }));
  }
} catch (error) {
  console.error(`\n${error.message}`);
  exitCode = typeof error.code === "number" && error.code !== 0 ? error.code : 1;
  if (totals.failed === 0) totals.failed = 1; // a failed step counts even when it ran no test
}

console.log(`\nTest suite finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(exitCode);
