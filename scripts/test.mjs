#!/usr/bin/env node
// The README's test command: typecheck, lint, unit tests, integration tests (embedded PGlite, and
// also the PostgreSQL server in TEST_DATABASE_URL when set), the production build, and the
// Playwright journeys in Debian's Chromium. Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
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
    console.error(
      `Chromium не найден (${CHROMIUM}). Установите его: sudo apt-get install -y chromium (или укажите путь в CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  step("installing Debian's chromium with apt");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
}

// Debian packages the tests use, each with the check that tells it is there. Missing ones are
// installed with apt when running as root; otherwise the command stops and says how to install them.
const DEBIAN_NEEDS = [
  {
    // GOST R 34.10-2012 signatures (the real ESIA's scheme, lib/crypto/gost.ts): the unit,
    // integration and e2e tests sign and verify with openssl's GOST engine.
    what: "движок GOST для OpenSSL",
    packages: ["openssl", "libengine-gost-openssl"],
    present: () => {
      const probe = spawnSync("openssl", ["engine", "-t", "gost"], { encoding: "utf8" });
      return probe.status === 0 && /available/.test(probe.stdout);
    },
  },
  // The leaflet PDF test rasterises the page with poppler's pdftoppm to decode its QR code.
  { what: "pdftoppm", packages: ["poppler-utils"], present: () => existsSync("/usr/bin/pdftoppm") },
  // The delivery tests send e-mail to a real SMTP server: scripts/smtp-sink.py on Debian's aiosmtpd.
  {
    what: "python3-aiosmtpd",
    packages: ["python3-aiosmtpd"],
    present: () =>
      spawnSync(process.env.SMTP_SINK_PYTHON ?? "/usr/bin/python3", ["-c", "import aiosmtpd"], { stdio: "ignore" })
        .status === 0,
  },
  // nginx in front of two portal instances (e2e/load-balancer.spec.ts, lib/deploy/nginx.test.ts).
  { what: "nginx", packages: ["nginx"], present: () => existsSync(process.env.NGINX_BIN ?? "/usr/sbin/nginx") },
];

async function ensureDebianPackages() {
  const missing = DEBIAN_NEEDS.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((need) => need.packages);
  if (process.getuid?.() !== 0) {
    console.error(
      `Не найдено: ${missing.map((need) => need.what).join(", ")}. Установите: sudo apt-get install -y ${packages.join(" ")}`,
    );
    process.exit(1);
  }
  step(`installing Debian's ${packages.join(", ")} with apt`);
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", ...packages], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  const still = missing.filter((need) => !need.present());
  if (still.length)
    throw new Error(`still missing after apt-get install: ${still.map((need) => need.what).join(", ")}`);
}

async function vitest(project, label, env = {}) {
  const output = path.join(RESULTS, `${label}.json`);
  try {
    await run(
      "npx",
      ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
      { env },
    );
  } finally {
    count(output, (report) => ({
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    }));
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
let exitCode = 0;
try {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  await ensureChromium();
  await ensureDebianPackages();

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
