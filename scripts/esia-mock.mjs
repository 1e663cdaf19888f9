#!/usr/bin/env node
// `npm run esia-mock`: the mock ESIA alone, for any team building against ESIA (docs/esia-mock.md,
// decision 0018). The portal's own build, started with ESIA_MOCK_STANDALONE=true so the proxy
// answers 404 for everything outside /esia-mock; its own embedded database (a separate PGlite
// folder, never the portal's .data/pglite), no portal demo data, no portal system registered.
//
//   ESIA_MOCK_PORT  port to listen on (default 3900)
//   ESIA_MOCK_URL   the address clients use, when not http://localhost:<port>
//   ESIA_MOCK_DATA_DIR  the PGlite folder (default .data/esia-mock/pglite)
//   ESIA_MOCK_SKIP_BUILD=true  start the existing build as it is (tests that just built it)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, buildIfNeeded } from "./lib.mjs";

const port = process.env.ESIA_MOCK_PORT ?? "3900";
const url = (process.env.ESIA_MOCK_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
const dataDir = path.resolve(ROOT, process.env.ESIA_MOCK_DATA_DIR ?? path.join(".data", "esia-mock", "pglite"));
mkdirSync(dataDir, { recursive: true });

function localSecret() {
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

if (process.env.ESIA_MOCK_SKIP_BUILD !== "true" && (await buildIfNeeded())) console.log("Сборка завершена.");

// Only what the mock needs; the caller's DATABASE_URL or ESIA_* settings of a portal are not inherited.
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
  APP_URL: url,
  NEXTAUTH_URL: url,
  AUTH_SECRET: localSecret(),
  PGLITE_DATA_DIR: dataDir,
  SEED_DEMO_DATA: "false",
  ESIA_MOCK_ENABLED: "true",
  ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
  ESIA_MOCK_STANDALONE: "true",
  ESIA_MOCK_CHECK_DELAY_SECONDS: process.env.ESIA_MOCK_CHECK_DELAY_SECONDS ?? "3",
  INSECURE_LOCAL_HTTP: String(!url.startsWith("https:")),
  DELIVERY_TRANSPORT: "outbox",
};

console.log(
  `Имитатор ЕСИА: ${url}/esia-mock (discovery: ${url}/esia-mock/.well-known/openid-configuration), база: ${dataDir}`,
);
const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], { cwd: ROOT, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
