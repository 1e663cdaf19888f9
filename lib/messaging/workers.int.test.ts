import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openMigratedTestDatabase, testDatabaseDriver } from "../db/test-database";
import { queueMessage } from "./outbox";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

// Production's shape on PostgreSQL: separate `npm run worker` processes sharing the queue. Each
// message reaches the SMTP server once; a worker killed mid-batch loses nothing, and sends again
// only what it had in hand when it died (pg-boss is at-least-once: a job whose worker vanished
// expires after DELIVERY_JOB_TIMEOUT_SECONDS and is retried). Such a copy carries the same
// Message-ID, and a row already marked sent is never sent again.

const settings = { appUrl: "http://localhost:3000", supportPhone: "8 (843) 5-114-115" };

describe.skipIf(testDatabaseDriver() !== "postgres")("delivery workers as separate processes (postgres)", () => {
  let database: Database;
  let sink: SmtpSink;
  const children = new Set<ChildProcess>();
  const deliveredBy = new Map<ChildProcess, number>();
  const db = () => database.prisma;

  function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/messaging/worker-process.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "development",
        DATABASE_URL: process.env.TEST_DATABASE_URL!,
        SMTP_URL: sink.url,
        MAIL_FROM: "noreply@uslugi.example.ru",
        DELIVERY_RETRY_DELAY_SECONDS: "1",
        DELIVERY_JOB_TIMEOUT_SECONDS: "10",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    if (process.env.WORKER_LOG_DIR)
      child.stdout!.pipe(createWriteStream(`${process.env.WORKER_LOG_DIR}/worker-${child.pid}.log`));
    child.on("exit", () => children.delete(child));
    return new Promise((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk) => {
        deliveredBy.set(child, (deliveredBy.get(child) ?? 0) + String(chunk).split('"message delivered"').length - 1);
        out += chunk;
        if (out.includes("delivery worker process ready")) resolve(child);
      });
      child.stderr!.on("data", (chunk) => (out += chunk));
      child.on("exit", (code) => reject(new Error(`worker exited (${code}): ${out}`)));
    });
  }

  async function enqueueNotices(count: number, tag: string): Promise<number[]> {
    const ids: number[] = [];
    for (let start = 0; start < count; start += 50) {
      await db().$transaction(
        async (tx) => {
          for (let i = start; i < Math.min(count, start + 50); i++) {
            ids.push(
              await queueMessage(
                tx,
                {
                  channel: "email",
                  recipient: `${tag}${i}@example.ru`,
                  template: {
                    kind: "status_notice",
                    applicationId: i + 1,
                    notice: {
                      number: `16-2026-${String(i + 1).padStart(7, "0")}`,
                      serviceId: "kindergarten-basic",
                      status: "approved",
                    },
                  },
                },
                settings,
              ),
            );
          }
          // A shared, busy machine: 100 statements may take longer than Prisma's 5 s default.
        },
        { timeout: 60_000 },
      );
    }
    return ids;
  }

  const statuses = async (ids: number[]) =>
    Object.fromEntries(
      (await db().outboxMessage.groupBy({ by: ["status"], where: { id: { in: ids } }, _count: { _all: true } })).map(
        (g) => [g.status, g._count._all],
      ),
    );
  const atSink = (tag: string) => sink.messages().filter((m) => m.to[0]!.startsWith(tag));

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    sink = await startSmtpSink();
  });
  // Each test starts from no workers: a leftover one would take the next test's messages.
  afterEach(async () => {
    await Promise.all(
      [...children].map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM")))),
    );
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await sink.stop();
    await database.close();
  });

  it("two workers and 500 notices: each delivered exactly once", async () => {
    const workers = await Promise.all([startWorker(), startWorker()]);
    const ids = await enqueueNotices(500, "two.");
    await expect.poll(() => statuses(ids), { timeout: 90_000, interval: 500 }).toEqual({ sent: 500 });
    const mails = atSink("two.");
    expect(mails).toHaveLength(500);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(500);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(500);
    // One attempt each, and both workers took part: the queue was shared, not drained by one.
    expect(await db().outboxMessage.count({ where: { id: { in: ids }, attempts: 1 } })).toBe(500);
    const shares = workers.map((worker) => deliveredBy.get(worker) ?? 0);
    expect(shares[0]! + shares[1]!).toBe(500);
    expect(Math.min(...shares)).toBeGreaterThan(50);
  }, 120_000);

  it("a worker killed mid-batch: nothing lost, and only what it had in hand may arrive twice, under the same Message-ID", async () => {
    const doomed = await startWorker();
    const ids = await enqueueNotices(300, "kill.");
    await expect.poll(() => atSink("kill.").length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(20);
    doomed.kill("SIGKILL");
    await startWorker();
    await expect.poll(() => statuses(ids), { timeout: 90_000, interval: 500 }).toEqual({ sent: 300 });
    const mails = atSink("kill.");
    const distinct = new Set(mails.map((m) => m.messageId));
    expect(distinct.size).toBe(300);
    // Only what it had in hand — one batch of 5 per fetch loop, 2 loops — can have been between
    // the server's "250" and its row's "sent".
    expect(mails.length - distinct.size).toBeLessThanOrEqual(10);
  }, 120_000);

  it("SIGTERM: the worker finishes the message in hand, exits, and leaves the rest queued for another", async () => {
    const worker = await startWorker();
    const ids = await enqueueNotices(200, "term.");
    await expect.poll(() => atSink("term.").length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(10);
    const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    const after = await statuses(ids);
    expect(after.sending ?? 0).toBe(0);
    expect(after.queued ?? 0).toBeGreaterThan(0);
    await startWorker();
    await expect.poll(() => statuses(ids), { timeout: 60_000, interval: 500 }).toEqual({ sent: 200 });
    const mails = atSink("term.");
    expect(mails).toHaveLength(200);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(200);
  }, 120_000);
});
