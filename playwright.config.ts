import { defineConfig } from "@playwright/test";
import { portalEnvironment } from "./e2e/support/instances";

// End-to-end tests drive the production build with Debian's Chromium (no browser download here).
// The server gets a fresh embedded database per run, so the demo data is exactly the seed's.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATA_DIR = process.env.E2E_PGLITE_DATA_DIR ?? `.data/e2e/pglite-${process.pid}`;

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
    env: { ...portalEnvironment(E2E_BASE_URL), PGLITE_DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "" },
  },
});
