import path from "node:path";
import { defineConfig } from "@playwright/test";
// @ts-expect-error -- a plain .mjs script shared with the run command
import { ensureEsiaClientCertificate } from "./scripts/esia-client-certificate.mjs";

// End-to-end tests drive the production build with Debian's Chromium (no browser download here).
// The server gets a fresh embedded database per run, so the demo data is exactly the seed's.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATA_DIR = process.env.E2E_PGLITE_DATA_DIR ?? `.data/e2e/pglite-${process.pid}`;
const esiaClient = ensureEsiaClientCertificate(path.resolve(".data/e2e/esia"));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Each journey runs the accessibility check (axe and 320 px) at the states it passes.
  timeout: 90_000,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: ".data/e2e/results.json" }]]
    : [["list"], ["json", { outputFile: ".data/e2e/results.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "ru-RU",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    // A loaded shared machine may need longer for the first start's migrations.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 60_000),
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      APP_URL: E2E_BASE_URL,
      NEXTAUTH_URL: E2E_BASE_URL,
      PGLITE_DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: "",
      SEED_DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      ESIA_MOCK_ENABLED: "true",
      ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
      ESIA_MOCK_CHECK_DELAY_SECONDS: "1",
      ESIA_CLIENT_CERTIFICATE_FILE: esiaClient.certificateFile,
      ESIA_CLIENT_PRIVATE_KEY_FILE: esiaClient.keyFile,
      DEV_OUTBOX_ENABLED: "true",
      DEV_OUTBOX_ALLOW_IN_PRODUCTION: "true",
      INSECURE_LOCAL_HTTP: "true",
      DELIVERY_TRANSPORT: "outbox",
    },
  },
});
