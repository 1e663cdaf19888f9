import { createServer } from "node:http";
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  codeDelivery,
  confirmRegistration,
  resendRegistrationCode,
  startPasswordReset,
  startRegistration,
} from "../cabinet/accounts";
import { approve, reject, requestDocuments, resumeReview, takeIntoWork } from "../casework/commands";
import { approveForm, rejectForm, requestDocumentsForm } from "../casework/forms";
import { createApplicant, createApplication, createStaff, territoryId } from "../casework/testing";
import { changeApplicationStatus } from "../applications/status-change";
import type { Database } from "../db/client";
import { seedTerritories } from "../db/seed";
import { openMigratedTestDatabase, testDatabaseDriver, TEST_RETRY_POLICY } from "../db/test-database";
import { createLogger } from "../logging/logger";
import { hashPassword } from "../security/passwords";
import { deliveryOverview, resendMessage } from "./admin";
import { CODE_MASK } from "./privacy";
import { freePort, startSmtpSink, type SmtpSink } from "./smtp-sink";
import { smsSize } from "./sms";
import { smsGatewayTransport, smtpTransport, outboxTransport, type Transport, type Transports } from "./transports";
import { startDeliveryWorker, type DeliveryWorker } from "./worker";

// Delivery end to end: the portal's writes enqueue, the pg-boss worker delivers to a real SMTP
// server process (scripts/smtp-sink.py on python3-aiosmtpd), and the sink shows what a mail
// client would: subject, number, link, Cyrillic decoded.

const APP_URL = "http://localhost:3000";

describe(`delivery of e-mail through the queue (${testDatabaseDriver()})`, () => {
  let database: Database;
  let sink: SmtpSink;
  let worker: DeliveryWorker | null = null;
  const logLines: string[] = [];
  const logger = createLogger(
    new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }),
    "info",
  );
  const db = () => database.prisma;

  async function runWorker(email: Transport) {
    worker = await startDeliveryWorker({
      prisma: db(),
      queueSql: database.queueSql,
      transports: { email, sms: outboxTransport } satisfies Transports,
      policy: TEST_RETRY_POLICY,
      logger,
      loops: 1,
      batchSize: 10,
      pollingIntervalSeconds: 0.5,
    });
  }

  beforeAll(async () => {
    database = await openMigratedTestDatabase();
    await seedTerritories(db());
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });
  afterAll(async () => {
    await sink.stop();
    await database.close();
  });

  const mailTo = (address: string) => sink.messages().filter((m) => m.to.includes(address));
  async function waitForMail(address: string, count: number, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (mailTo(address).length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} e-mails to ${address}, got ${mailTo(address).length}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return mailTo(address);
  }

  it("registration and password reset: one e-mail each with the code, Cyrillic subject encoded and decoded, code masked once delivered", async () => {
    await runWorker(smtpTransport(sink.url, "Портал госуслуг РТ <noreply@uslugi.example.ru>", "uslugi.example.ru"));
    const started = await startRegistration(db(), {
      lastName: "Иванова",
      firstName: "Мария",
      email: "maria.ivanova@example.ru",
      password: "Parol2026",
    });
    if (!started.ok) throw new Error(started.message);
    const [mail] = await waitForMail("maria.ivanova@example.ru", 1);
    expect(mail!.subject).toBe("Код подтверждения регистрации");
    expect(mail!.rawSubject).toMatch(/^=\?UTF-8\?[BQ]\?/i);
    expect(mail!.contentType).toBe("multipart/alternative");
    expect(mail!.from).toBe("noreply@uslugi.example.ru");
    const code = /Код подтверждения регистрации на портале госуслуг Республики Татарстан: (\d{6})/.exec(
      mail!.text!,
    )![1]!;
    expect(mail!.html).toContain(code);
    expect(mail!.text).toContain("8 (843) 5-114-115");
    expect(await confirmRegistration(db(), started.value, code, null)).toMatchObject({ ok: true });

    const row = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "maria.ivanova@example.ru" } });
    await expect
      .poll(async () => (await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status)
      .toBe("sent");
    const sent = await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "sent", transport: "smtp", attempts: 1, secret: null });
    expect(sent.body).not.toContain(code);
    expect(sent.body).toContain(CODE_MASK);
    expect(sent.html).not.toContain(code);

    const reset = await startPasswordReset(db(), "maria.ivanova@example.ru");
    expect(reset.ok).toBe(true);
    const mails = await waitForMail("maria.ivanova@example.ru", 2);
    expect(mails[1]!.subject).toBe("Код восстановления пароля");
    const resetCode = /(\d{6})/.exec(mails[1]!.text!)![1]!;

    // The logs name the message and a hint of the address, never the address or the code.
    const logs = logLines.join("");
    expect(logs).toContain("message delivered");
    for (const secret of [code, resetCode, "maria.ivanova@example.ru"]) expect(logs).not.toContain(secret);
  });

  it("every status change and the document request reach the applicant as one e-mail each, with the number and the link", async () => {
    await runWorker(smtpTransport(sink.url, "noreply@uslugi.example.ru", "uslugi.example.ru"));
    const kazan = await territoryId(db(), "kazan");
    const caseworker = await createStaff(db(), "caseworker", kazan);
    const email = "roza.parent@example.ru";
    const applicant = await createApplicant(db(), { email });
    const as = { db: db(), principal: caseworker, meta: { ip: "10.0.0.1" } };
    const version = async (id: number) => (await db().application.findUniqueOrThrow({ where: { id } })).version;

    const first = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "submitted" });
    await takeIntoWork(as, first.id, first.version); // submitted → registered → in_review: two notices
    await requestDocuments(
      as,
      first.id,
      requestDocumentsForm.parse({
        version: String(await version(first.id)),
        documents: ["birthCertificate"],
        otherDocuments: "",
        message: "Приложите свидетельство",
      }),
    );
    await changeApplicationStatus(db(), {
      applicationId: first.id,
      expectedVersion: await version(first.id),
      command: {
        action: "provideDocuments",
        actor: "applicant",
        actorId: String(applicant),
        at: new Date().toISOString(),
      },
    });
    await resumeReview(as, first.id, await version(first.id));
    await approve(
      as,
      first.id,
      approveForm.parse({
        version: String(await version(first.id)),
        amount: "1920,50",
        startMonth: "2026-12",
        months: "12",
      }),
    );
    const second = await createApplication(db(), {
      userId: applicant,
      territoryId: kazan,
      status: "in_review",
      assignedStaffId: caseworker.id,
    });
    await reject(
      as,
      second.id,
      rejectForm.parse({
        version: String(second.version),
        reasonCode: "incomeAboveThreshold",
        comment: "Доход семьи выше порога",
      }),
    );

    const mails = await waitForMail(email, 7);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // nothing more arrives
    expect(mailTo(email)).toHaveLength(7);
    const subjects = mails.map((m) => m.subject).sort();
    expect(subjects).toEqual(
      [
        `Заявление № ${first.number}: Принято (зарегистрировано)`,
        `Заявление № ${first.number}: В работе`,
        `Заявление № ${first.number}: Приостановлено: запрошены документы`,
        `Заявление № ${first.number}: Документы представлены`,
        `Заявление № ${first.number}: В работе`,
        `Заявление № ${first.number}: Положительное решение`,
        `Заявление № ${second.number}: Отказ`,
      ].sort(),
    );
    for (const mail of mails) {
      const id = mail.subject.includes(second.number!) ? second.id : first.id;
      expect(mail.text).toContain(`${APP_URL}/cabinet/applications/${id}`);
      expect(mail.html).toContain(`href="${APP_URL}/cabinet/applications/${id}"`);
    }
    const request = mails.find((m) => m.subject.includes("запрошены документы"))!;
    expect(request.text).toContain("Свидетельство о рождении ребенка");
    expect(mails.find((m) => m.subject.includes("Положительное"))!.text).toContain("1\u00a0920,50\u00a0₽");
    expect(mails.find((m) => m.subject.includes("Отказ"))!.text).toContain("Доход семьи выше порога");
  });

  it("a registration code refused by the server tells the code page so; «Отправить код еще раз» sends a new one and the old stops working", async () => {
    await runWorker(smtpTransport(sink.url, "noreply@uslugi.example.ru", "uslugi.example.ru"));
    const started = await startRegistration(db(), {
      lastName: "Гарипова",
      firstName: "Дина",
      email: "reject.dina@example.ru",
      password: "Parol2026",
    });
    if (!started.ok) throw new Error(started.message);
    expect(["on_its_way", "failed"]).toContain(await codeDelivery(db(), started.value));
    await expect.poll(() => codeDelivery(db(), started.value), { timeout: 15_000 }).toBe("failed");
    const first = await db().portalVerification.findUniqueOrThrow({ where: { id: started.value } });

    expect(await resendRegistrationCode(db(), started.value)).toEqual({ ok: true, value: started.value });
    const second = await db().portalVerification.findUniqueOrThrow({ where: { id: started.value } });
    expect(second.messageId).not.toBe(first.messageId);
    expect(second.codeHash).not.toBe(first.codeHash);
    expect(second.payload).toEqual(first.payload); // what was typed is kept
    await expect.poll(() => codeDelivery(db(), started.value), { timeout: 15_000 }).toBe("failed");
    expect(await resendRegistrationCode(db(), "no-such-registration")).toMatchObject({ ok: false });
  });

  it("an SMS code goes through the HTTP gateway, one part, and is masked once accepted", async () => {
    const received: { to: string; text: string; id: string }[] = [];
    const gateway = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        if (request.headers.authorization !== "Bearer gateway-token") return void response.writeHead(401).end();
        received.push(JSON.parse(body));
        response.writeHead(202, { "content-type": "application/json" }).end('{"status":"accepted"}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(gateway.address() as { port: number }).port}/sms`;
      worker = await startDeliveryWorker({
        prisma: db(),
        queueSql: database.queueSql,
        transports: { email: outboxTransport, sms: smsGatewayTransport(url, "gateway-token") },
        policy: TEST_RETRY_POLICY,
        logger,
        loops: 1,
        pollingIntervalSeconds: 0.5,
      });
      const started = await startRegistration(db(), {
        lastName: "Закирова",
        firstName: "Лейсан",
        phone: "+79175550011",
        password: "Parol2026",
      });
      if (!started.ok) throw new Error(started.message);
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
      const [sms] = received;
      expect(sms!.to).toBe("+79175550011");
      const code = /(\d{6})/.exec(sms!.text)![1]!;
      expect(smsSize(sms!.text).segments).toBe(1);
      expect(await confirmRegistration(db(), started.value, code, null)).toMatchObject({ ok: true });
      const row = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "+79175550011" } });
      await expect
        .poll(async () => (await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status)
        .toBe("sent");
      const sent = await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(sms!.id).toBe(`portal-${row.id}`);
      expect(sent).toMatchObject({ transport: "sms_gateway", secret: null });
      expect(sent.body).not.toContain(code);
      expect(logLines.join("")).not.toContain("+79175550011");
    } finally {
      await new Promise((resolve) => gateway.close(resolve));
    }
  });

  it("a rolled-back change sends nothing", async () => {
    await runWorker(smtpTransport(sink.url, "noreply@uslugi.example.ru", "uslugi.example.ru"));
    const kazan = await territoryId(db(), "kazan");
    const email = "rollback.parent@example.ru";
    const applicant = await createApplicant(db(), { email });
    const application = await createApplication(db(), { userId: applicant, territoryId: kazan, status: "registered" });
    await expect(
      db().$transaction(async (tx) => {
        const { changeStatusIn } = await import("../applications/status-change");
        await changeStatusIn(tx, {
          applicationId: application.id,
          expectedVersion: application.version,
          command: { action: "takeIntoReview", actor: "caseworker", actorId: "1", at: new Date().toISOString() },
        });
        throw new Error("the decision is abandoned");
      }),
    ).rejects.toThrow("abandoned");
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(mailTo(email)).toHaveLength(0);
    expect(await db().outboxMessage.count({ where: { recipient: email } })).toBe(0);
  });

  it("with the SMTP server down at first: retried after growing delays, delivered once it is up", async () => {
    const port = await freePort();
    const attempts: number[] = [];
    const real = smtpTransport(`smtp://127.0.0.1:${port}`, "noreply@uslugi.example.ru", "uslugi.example.ru");
    await runWorker({ ...real, send: (message) => (attempts.push(Date.now()), real.send(message)) });
    const passwordHash = await hashPassword("Parol2026");
    await db().user.create({
      data: {
        email: "late.sink@example.ru",
        emailVerified: true,
        passwordHash,
        lastName: "Петрова",
        firstName: "Анна",
      },
    });
    expect((await startPasswordReset(db(), "late.sink@example.ru")).ok).toBe(true);

    await expect.poll(() => attempts.length, { timeout: 20_000, interval: 100 }).toBe(2);
    // The second attempt has started; its failure is written after the connection is refused.
    const settled = async () => {
      const current = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "late.sink@example.ru" } });
      return { status: current.status, attempts: current.attempts };
    };
    await expect.poll(settled, { timeout: 10_000, interval: 50 }).toEqual({ status: "queued", attempts: 2 });
    const row = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "late.sink@example.ru" } });
    expect(attempts).toHaveLength(2);
    expect(row.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
    const late = await startSmtpSink({ port });
    try {
      const [mail] = await late.waitFor(1, 30_000);
      expect(mail!.subject).toBe("Код восстановления пароля");
      expect(attempts).toHaveLength(3);
      // pg-boss's backoff: delay × 2^n / 2 × (1 + random) — at least 1 s, then at least 2 s.
      expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1000);
      expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(2000);
      await expect
        .poll(async () => (await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status)
        .toBe("sent");
      expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        attempts: 3,
        lastError: null,
      });
    } finally {
      await late.stop();
    }
  });

  it("a permanent refusal (550) fails the message at once, and the administrator sees it", async () => {
    await runWorker(smtpTransport(sink.url, "noreply@uslugi.example.ru", "uslugi.example.ru"));
    const passwordHash = await hashPassword("Parol2026");
    await db().user.create({
      data: {
        email: "rejected.user@example.ru",
        emailVerified: true,
        passwordHash,
        lastName: "Сидорова",
        firstName: "Ольга",
      },
    });
    expect((await startPasswordReset(db(), "rejected.user@example.ru")).ok).toBe(true);
    const row = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "rejected.user@example.ru" } });
    await expect
      .poll(async () => (await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status, {
        timeout: 15_000,
      })
      .toBe("failed");
    await new Promise((resolve) => setTimeout(resolve, 2500)); // and is not tried again
    const failed = await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain("550");
    expect(failed.lastError).not.toContain("rejected.user@example.ru");

    const admin = await createStaff(db(), "administrator", null);
    const caseworker = await createStaff(db(), "caseworker", await territoryId(db(), "kazan"));
    expect(await deliveryOverview(db(), caseworker)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await resendMessage(db(), caseworker, row.id)).toMatchObject({ ok: false, kind: "forbidden" });
    const overview = await deliveryOverview(db(), admin);
    if (!overview.ok) throw new Error(overview.message);
    expect(overview.value.counts.failed).toBeGreaterThanOrEqual(1);
    const listed = overview.value.problems.find((p) => p.id === row.id)!;
    expect(listed).toMatchObject({ status: "failed", attempts: 1, recipient: "re***@example.ru" });
    expect(listed.lastError).toContain("550");

    // Resent (the server still refuses): one more attempt, failed again; a sent one is not resent.
    expect(await resendMessage(db(), admin, row.id)).toEqual({ ok: true, value: true });
    expect(await resendMessage(db(), admin, row.id)).toMatchObject({ ok: false, kind: "not_found" });
    await expect
      .poll(async () => (await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status, {
        timeout: 15_000,
      })
      .toBe("failed");
    expect((await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "delivery.resend", subject: `outbox:${row.id}` } })).toBe(1);
  });
});
