#!/usr/bin/env node
// Resets the demo data: the next `npm start` rebuilds the database from the migrations and the
// seed. With DATABASE_URL set it empties that server's public schema and the mock ESIA's
// (esia_mock, decision 0022: left alone it would stop the next start's migrations), and asks for --yes first.
// Stop the portal first: PGlite must never be opened by two processes at once.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./lib.mjs";

const pidFile = path.join(ROOT, ".data", "portal.pid");
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  let running = false;
  try {
    process.kill(pid, 0);
    running = true;
  } catch {
    running = false;
  }
  if (running) {
    console.error(`Портал запущен (процесс ${pid}). Остановите его (Ctrl+C) и повторите сброс.`);
    process.exit(1);
  }
}

if (process.env.DATABASE_URL) {
  if (!process.argv.includes("--yes")) {
    console.error(
      "DATABASE_URL задан: будут удалены ВСЕ данные схем public и esia_mock на этом сервере. Повторите с флагом: npm run db:reset -- --yes",
    );
    process.exit(1);
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(
    "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS esia_mock CASCADE;",
  );
  await client.end();
  console.log(
    "Схемы public и esia_mock очищены. При следующем запуске портал применит миграции и загрузит демо-данные (SEED_DEMO_DATA=true).",
  );
} else {
  const dataDir = path.resolve(ROOT, process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Встроенная база удалена (${path.relative(ROOT, dataDir)}). npm start создаст её заново с демо-данными.`);
}
