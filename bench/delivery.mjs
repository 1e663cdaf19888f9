#!/usr/bin/env node
// Delivery through the queue on PostgreSQL: N `npm run worker` processes deliver status notices
// to a local SMTP server (scripts/smtp-sink.py, python3-aiosmtpd). Two figures for each N:
//  1. throughput — a burst of --burst notices committed at once (transactions of 50, as a busy
//     casework hour would), timed from the first commit to the last message at the SMTP server;
//  2. lag from commit to delivery — --trickle notices committed one by one, --gap ms apart, each
//     timed from its transaction's commit to the SMTP server's "250" (p50/p95; the workers poll
//     every second, so this is mostly the wait for the next poll).
//
//   createdb portal_bench_delivery   (any throw-away database: the bench drops its tables)
//   node bench/delivery.mjs --url postgresql://portal:portal@127.0.0.1:5432/portal_bench_delivery --workers 1,2
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";

const { values } = parseArgs({
  options: {
    url: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://portal:portal@127.0.0.1:5432/portal_bench_delivery",
    },
    workers: { type: "string", default: "1,2" },
    burst: { type: "string", default: "1000" },
    trickle: { type: "string", default: "200" },
    gap: { type: "string", default: "50" },
  },
});

const { openDatabase } = await tsImport("../lib/db/client.ts", import.meta.url);
const { applyMigrations, readMigrations } = await tsImport("../lib/db/migrate.ts", import.meta.url);
const { installQueue, QUEUE_SCHEMA } = await tsImport("../lib/messaging/queue.ts", import.meta.url);
const { queueMessage } = await tsImport("../lib/messaging/outbox.ts", import.meta.url);
const { startSmtpSink } = await tsImport("../lib/messaging/smtp-sink.ts", import.meta.url);

const settings = { appUrl: "http://localhost:3000", supportPhone: "8 (843) 5-114-115" };
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const database = await openDatabase({
  DATABASE_URL: values.url,
  PGLITE_DATA_DIR: "unused",
  DB_HEALTH_TIMEOUT_MS: 5_000,
});
const { prisma } = database;

async function freshSchema() {
  await database.withSqlSession((session) =>
    session.exec(
      `DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS esia_mock CASCADE;`,
    ),
  );
  await database.withSqlSession(async (session) => applyMigrations(session, await readMigrations()));
  await installQueue(database.queueSql, { maxAttempts: 8, retryDelaySeconds: 30 });
}

function startWorker(sink) {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/messaging/worker-process.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DELIVERY_TRANSPORT: "outbox",
      AUTH_SECRET: "bench-only-secret-0123456789-0123456789",
      DATABASE_URL: values.url,
      SMTP_URL: sink.url,
      MAIL_FROM: "noreply@uslugi.example.ru",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

let tag = 0;
/** Commits `count` notices in transactions of `per`; returns each message's commit time by recipient. */
async function commit(count, per) {
  tag += 1;
  const committed = new Map();
  for (let start = 0; start < count; start += per) {
    const recipients = [];
    await prisma.$transaction(
      async (tx) => {
        for (let i = start; i < Math.min(count, start + per); i++) {
          const recipient = `bench${tag}.${i}@example.ru`;
          recipients.push(recipient);
          await queueMessage(
            tx,
            {
              channel: "email",
              recipient,
              template: {
                kind: "status_notice",
                applicationId: i + 1,
                notice: {
                  number: `16-2026-${String(i + 1).padStart(7, "0")}`,
                  serviceId: "kindergarten-basic",
                  status: "approved",
                  amountKopecks: 192_050,
                },
              },
            },
            settings,
          );
        }
      },
      { timeout: 60_000 },
    );
    const at = Date.now();
    for (const recipient of recipients) committed.set(recipient, at);
  }
  return { committed, prefix: `bench${tag}.` };
}

async function delivered(sink, prefix, count, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = sink.messages().filter((m) => m.to[0].startsWith(prefix));
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`only ${mails.length} of ${count} delivered`);
    await sleep(50);
  }
}

const results = [];
for (const workers of values.workers.split(",").map(Number)) {
  await freshSchema();
  const sink = await startSmtpSink();
  const children = Array.from({ length: workers }, () => startWorker(sink));
  await sleep(4_000); // the workers start (tsx compiles on first import)

  const burst = Number(values.burst);
  const started = Date.now();
  const { committed: burstCommitted, prefix: burstPrefix } = await commit(burst, 50);
  const burstMails = await delivered(sink, burstPrefix, burst);
  const lastAt = Math.max(...burstMails.map((m) => m.receivedAt));
  const throughput = burst / ((lastAt - started) / 1000);
  const burstLags = burstMails.map((m) => m.receivedAt - burstCommitted.get(m.to[0])).sort((a, b) => a - b);

  const trickle = Number(values.trickle);
  const trickleCommitted = new Map();
  tag += 1;
  const prefix = `bench${tag}.`;
  for (let i = 0; i < trickle; i++) {
    const recipient = `${prefix}${i}@example.ru`;
    await prisma.$transaction((tx) =>
      queueMessage(
        tx,
        {
          channel: "email",
          recipient,
          template: {
            kind: "status_notice",
            applicationId: i + 1,
            notice: {
              number: `16-2026-${String(i + 1).padStart(7, "0")}`,
              serviceId: "kindergarten-basic",
              status: "in_review",
            },
          },
        },
        settings,
      ),
    );
    trickleCommitted.set(recipient, Date.now());
    await sleep(Number(values.gap));
  }
  const trickleMails = await delivered(sink, prefix, trickle);
  const lags = trickleMails.map((m) => m.receivedAt - trickleCommitted.get(m.to[0])).sort((a, b) => a - b);
  const duplicates = burstMails.length - new Set(burstMails.map((m) => m.messageId)).size;

  results.push({
    workers,
    burst,
    "messages/s": throughput.toFixed(1),
    "burst lag p50 ms": percentile(burstLags, 50).toFixed(0),
    "burst lag p95 ms": percentile(burstLags, 95).toFixed(0),
    trickle,
    "lag p50 ms": percentile(lags, 50).toFixed(0),
    "lag p95 ms": percentile(lags, 95).toFixed(0),
    duplicates,
  });
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve))),
    ),
  );
  await sink.stop();
}
console.table(results);
await database.close();
