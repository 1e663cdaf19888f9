#!/usr/bin/env node
// The README's run command: the portal in production mode on the embedded database (PGlite,
// .data/pglite) with migrations and demo data applied, at http://localhost:3000.
// Builds on the first run (or after a change); later runs start in seconds.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureEsiaClientCertificate } from "./esia-client-certificate.mjs";
import { NEXT_BIN, ROOT, buildIfNeeded } from "./lib.mjs";

const port = process.env.PORT ?? "3000";
const dataDir = path.join(ROOT, ".data");
mkdirSync(path.join(dataDir, "logs"), { recursive: true });

// A local run gets a random session secret kept in .data/ (git-ignored). It is generated per
// machine, never a default: a production deployment sets AUTH_SECRET itself.
function localSecret() {
  const file = path.join(dataDir, "local-auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

if (await buildIfNeeded()) console.log("Сборка портала завершена.");

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? `http://localhost:${port}`,
  DEV_OUTBOX_ENABLED: process.env.DEV_OUTBOX_ENABLED ?? "true",
  // The local demo only: the outbox page in production mode, and cookies over plain http.
  DEV_OUTBOX_ALLOW_IN_PRODUCTION: process.env.DEV_OUTBOX_ALLOW_IN_PRODUCTION ?? "true",
  INSECURE_LOCAL_HTTP: process.env.INSECURE_LOCAL_HTTP ?? String(!(process.env.APP_URL ?? "").startsWith("https:")),
  // E-mail and SMS go to SMTP_URL / SMS_GATEWAY_URL when set, otherwise to the outbox page.
  DELIVERY_TRANSPORT: process.env.DELIVERY_TRANSPORT ?? "outbox",
  SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? "true",
  SEED_DEMO_APPLICATIONS: process.env.SEED_DEMO_APPLICATIONS ?? "true",
};
// The local run talks to the bundled mock ESIA, which must be switched on explicitly here
// because the portal runs in production mode.
if (!process.env.ESIA_BASE_URL) {
  const { keyFile, certificateFile } = ensureEsiaClientCertificate(path.join(dataDir, "esia"));
  Object.assign(env, {
    ESIA_MOCK_ENABLED: "true",
    ESIA_MOCK_ALLOW_IN_PRODUCTION: "true",
    ESIA_CLIENT_CERTIFICATE_FILE: process.env.ESIA_CLIENT_CERTIFICATE_FILE ?? certificateFile,
    ESIA_CLIENT_PRIVATE_KEY_FILE: process.env.ESIA_CLIENT_PRIVATE_KEY_FILE ?? keyFile,
  });
}

const logFile = createWriteStream(path.join(dataDir, "logs", "portal.log"), { flags: "a" });
const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], {
  cwd: ROOT,
  env,
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  logFile.write(chunk);
});
server.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  logFile.write(chunk);
});
// The reset script checks this file so it never deletes a database the portal has open.
const pidFile = path.join(dataDir, "portal.pid");
writeFileSync(pidFile, String(server.pid));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  rmSync(pidFile, { force: true });
  logFile.end();
  process.exit(code ?? (signal ? 1 : 0));
});
