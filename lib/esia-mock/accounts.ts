import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { codeMatches, generateCode, hashCode } from "../security/one-time-codes";
import { hashPassword, verifyPassword } from "../security/passwords";
import { derivedSecret } from "../security/secrets";
import { checkThrottle, clearThrottle, pause, recordFailure } from "../security/throttle-store";
import { retryAfterText, type ThrottlePolicy } from "../security/throttle";
import { runAutomaticChecks, CHECK_TITLES, type CheckResult, type PersonalDataSubmission } from "./checks";
import { scenarioOf } from "./scenarios";
import {
  formatSnils,
  normalizeEmail,
  normalizeMobilePhone,
  normalizeSnils,
  normalizeSubdivisionCode,
  PASSWORD_RULES,
  unmetPasswordRules,
} from "../validation";

// The mock's account side, as the seeds describe ESIA: registration with a code, login by phone,
// e-mail or SNILS, recovery, the automatic checks that make an account standard, and identity
// confirmation. Every "sent" SMS or letter lands in the mock's outbox.

export const LOGIN_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 3 };
export const CODE_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 2 };
const CODE_LIFETIME_MS = 10 * 60_000;
const MAIL_CODE_LIFETIME_MS = 60 * 24 * 3_600_000;
const SESSION_MS = 12 * 3_600_000;
const REMEMBERED_SESSION_MS = 30 * 24 * 3_600_000;

const codeSecret = () => derivedSecret("esia-mock:one-time-codes");

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

const fail = <T>(message: string, field?: string): Outcome<T> => ({ ok: false, message, ...(field ? { field } : {}) });

// --- identifiers -------------------------------------------------------------------------

/** The policy's unmet rules, first letter lower-cased to follow «Пароль должен содержать: …» (not "(A–Z)"). */
export function passwordProblems(password: string): string[] {
  const unmet = new Set(unmetPasswordRules(password));
  return PASSWORD_RULES.filter(({ rule }) => unmet.has(rule)).map(
    ({ label }) => label.charAt(0).toLowerCase() + label.slice(1),
  );
}

/** A login is a phone, an e-mail or a SNILS; the same text may read as more than one. */
function loginCandidates(login: string) {
  const email = login.includes("@") ? normalizeEmail(login) : null;
  const mobile = normalizeMobilePhone(login);
  const snilsDigits = normalizeSnils(login);
  return [
    ...(email ? [{ email }] : []),
    ...(mobile ? [{ mobile }] : []),
    ...(snilsDigits ? [{ snils: formatSnils(snilsDigits) }] : []),
  ];
}

async function findAccountByLogin(prisma: PrismaClient, login: string) {
  const or = loginCandidates(login);
  if (or.length === 0) return null;
  return prisma.esiaAccount.findFirst({ where: { OR: or } });
}

// --- outbox ---------------------------------------------------------------------------------

export async function send(
  prisma: PrismaClient,
  channel: "sms" | "email" | "mail",
  recipient: string,
  subject: string,
  body: string,
): Promise<void> {
  await prisma.esiaOutboxMessage.create({ data: { channel, recipient, subject, body } });
}

function contactOf(account: {
  mobile: string | null;
  email: string | null;
}): { channel: "sms" | "email"; recipient: string } | null {
  if (account.mobile) return { channel: "sms", recipient: account.mobile };
  if (account.email) return { channel: "email", recipient: account.email };
  return null;
}

// --- sessions --------------------------------------------------------------------------------

export interface SessionTicket {
  token: string;
  expiresAt: Date;
  persistent: boolean;
}

const sessionId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function startSession(
  prisma: PrismaClient,
  accountId: number,
  remember: boolean,
  authMethod = "PWD",
  now = new Date(),
): Promise<SessionTicket> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + (remember ? REMEMBERED_SESSION_MS : SESSION_MS));
  await prisma.esiaSession.create({ data: { id: sessionId(token), accountId, authMethod, expiresAt } });
  return { token, expiresAt, persistent: remember };
}

export async function sessionAccount(prisma: PrismaClient, token: string | undefined, now = new Date()) {
  if (!token) return null;
  const session = await prisma.esiaSession.findUnique({ where: { id: sessionId(token) }, include: { account: true } });
  if (!session || session.expiresAt < now || session.account.status !== "REGISTERED") return null;
  return { session, account: session.account };
}

export async function endSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (token) await prisma.esiaSession.deleteMany({ where: { id: sessionId(token) } });
}

// --- login -----------------------------------------------------------------------------------

const WRONG_LOGIN = "Неверный логин или пароль";

export async function logIn(
  prisma: PrismaClient,
  input: { login: string; password: string; remember: boolean; ip: string },
  now = new Date(),
): Promise<Outcome<{ accountId: number; ticket: SessionTicket }>> {
  const account = await findAccountByLogin(prisma, input.login);
  const keys = [`esia-mock:login:ip:${input.ip}`, ...(account ? [`esia-mock:login:account:${account.id}`] : [])];
  const throttle = await checkThrottle(prisma, keys, LOGIN_THROTTLE, now);
  if (!throttle.allowed)
    return fail(
      `Слишком много неудачных попыток входа. Повторите через ${retryAfterText(throttle.retryAfterSeconds)} или восстановите пароль.`,
    );
  await pause(throttle.delayMs);

  const passwordOk = await verifyPassword(account?.passwordHash, input.password);
  if (!account || !passwordOk) {
    await recordFailure(prisma, keys, LOGIN_THROTTLE, now);
    return fail(WRONG_LOGIN);
  }
  if (account.status === "DELETED")
    return fail("Учетная запись удалена. Зарегистрируйтесь заново или обратитесь в центр обслуживания.");
  await clearThrottle(prisma, keys);
  return {
    ok: true,
    value: { accountId: account.id, ticket: await startSession(prisma, account.id, input.remember, "PWD", now) },
  };
}

/** The persona picker: a mock-only shortcut that logs in as a seeded account by its key. */
export async function logInAsPersona(
  prisma: PrismaClient,
  personaKey: string,
): Promise<Outcome<{ accountId: number; ticket: SessionTicket }>> {
  const account = await prisma.esiaAccount.findUnique({ where: { personaKey } });
  if (!account) return fail("Нет такой тестовой учетной записи");
  if (account.status === "DELETED")
    return fail("Учетная запись удалена. Зарегистрируйтесь заново или обратитесь в центр обслуживания.");
  return { ok: true, value: { accountId: account.id, ticket: await startSession(prisma, account.id, false) } };
}

// --- one-time codes (registration, recovery) ---------------------------------------------------

async function issueCode(
  prisma: PrismaClient,
  verification: {
    purpose: "registration" | "recovery";
    channel: "sms" | "email";
    address: string;
    lastName?: string;
    firstName?: string;
    accountId?: number;
  },
  now: Date,
): Promise<string> {
  const code = generateCode();
  const id = randomBytes(18).toString("base64url");
  await prisma.esiaPendingVerification.create({
    data: {
      id,
      ...verification,
      codeHash: hashCode(code, codeSecret()),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
    },
  });
  const text =
    verification.purpose === "registration"
      ? `Код подтверждения для регистрации на Госуслугах: ${code}. Никому его не сообщайте.`
      : `Код для восстановления доступа к Госуслугам: ${code}. Никому его не сообщайте.`;
  await send(
    prisma,
    verification.channel,
    verification.address,
    verification.purpose === "registration" ? "Код подтверждения" : "Восстановление доступа",
    text,
  );
  return id;
}

export interface RegistrationInput {
  lastName: string;
  firstName: string;
  mobile?: string;
  email?: string;
}

export async function startRegistration(
  prisma: PrismaClient,
  input: RegistrationInput,
  now = new Date(),
): Promise<Outcome<string>> {
  const channel = input.mobile ? "sms" : "email";
  const address = input.mobile ?? input.email!;
  const taken = await prisma.esiaAccount.findFirst({
    where: input.mobile ? { mobile: input.mobile } : { email: input.email },
  });
  if (taken) {
    return fail(
      input.mobile
        ? "Этот номер телефона уже используется. Войдите или восстановите пароль."
        : "Эта электронная почта уже используется. Войдите или восстановите пароль.",
      input.mobile ? "mobile" : "email",
    );
  }
  return {
    ok: true,
    value: await issueCode(
      prisma,
      { purpose: "registration", channel, address, lastName: input.lastName, firstName: input.firstName },
      now,
    ),
  };
}

export async function pendingVerification(
  prisma: PrismaClient,
  id: string | undefined,
  purpose: string,
  now = new Date(),
) {
  if (!id) return null;
  const pending = await prisma.esiaPendingVerification.findUnique({ where: { id } });
  return pending && pending.purpose === purpose && pending.expiresAt > now ? pending : null;
}

export async function confirmCode(
  prisma: PrismaClient,
  id: string,
  purpose: string,
  code: string,
  now = new Date(),
): Promise<Outcome<string>> {
  const pending = await pendingVerification(prisma, id, purpose, now);
  if (!pending) return fail("Срок действия кода истек. Запросите новый код.");
  const keys = [`esia-mock:code:${pending.address}`];
  const throttle = await checkThrottle(prisma, keys, CODE_THROTTLE, now);
  if (!throttle.allowed)
    return fail(`Слишком много неверных кодов. Повторите через ${retryAfterText(throttle.retryAfterSeconds)}.`, "code");
  await pause(throttle.delayMs);
  if (!codeMatches(code, pending.codeHash, codeSecret())) {
    await recordFailure(prisma, keys, CODE_THROTTLE, now);
    await prisma.esiaPendingVerification.update({ where: { id }, data: { attempts: { increment: 1 } } });
    return fail("Неверный код. Проверьте код из сообщения и введите его еще раз.", "code");
  }
  await clearThrottle(prisma, keys);
  await prisma.esiaPendingVerification.update({ where: { id }, data: { verifiedAt: now } });
  return { ok: true, value: id };
}

export async function resendCode(
  prisma: PrismaClient,
  id: string,
  purpose: "registration" | "recovery",
  now = new Date(),
): Promise<Outcome<string>> {
  const pending = await prisma.esiaPendingVerification.findUnique({ where: { id } });
  if (!pending || pending.purpose !== purpose || pending.verifiedAt) return fail("Начните заново.");
  // New codes for one address are limited too, or the button would flood a phone with SMS.
  const keys = [`esia-mock:resend:${pending.address}`];
  const decision = await checkThrottle(prisma, keys, CODE_THROTTLE, now);
  if (!decision.allowed)
    return fail(`Слишком много запросов кода. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`, "code");
  await recordFailure(prisma, keys, CODE_THROTTLE, now);
  await prisma.esiaPendingVerification.delete({ where: { id } });
  return {
    ok: true,
    value: await issueCode(
      prisma,
      {
        purpose,
        channel: pending.channel as "sms" | "email",
        address: pending.address,
        ...(pending.lastName ? { lastName: pending.lastName } : {}),
        ...(pending.firstName ? { firstName: pending.firstName } : {}),
        ...(pending.accountId ? { accountId: pending.accountId } : {}),
      },
      now,
    ),
  };
}

const nextOid = async (prisma: PrismaClient) => {
  const last = await prisma.esiaAccount.aggregate({ _max: { oid: true } });
  return Math.max(last._max.oid ?? 0, 1000400000) + 1;
};

/** The last registration step: the password, twice. Result: a simplified account, logged in. */
export async function completeRegistration(
  prisma: PrismaClient,
  id: string,
  password: string,
  now = new Date(),
): Promise<Outcome<{ accountId: number; ticket: SessionTicket }>> {
  const pending = await pendingVerification(prisma, id, "registration", now);
  if (!pending?.verifiedAt) return fail("Сначала подтвердите телефон или почту кодом.");
  const problems = passwordProblems(password);
  if (problems.length) return fail(`Пароль должен содержать: ${problems.join(", ")}.`, "password");
  const contact =
    pending.channel === "sms"
      ? { mobile: pending.address, mobileVerified: true }
      : { email: pending.address, emailVerified: true };
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; ; attempt++) {
    try {
      const account = await prisma.esiaAccount.create({
        data: {
          oid: await nextOid(prisma),
          lastName: pending.lastName ?? "",
          firstName: pending.firstName ?? "",
          level: "simplified",
          passwordHash,
          ...contact,
        },
      });
      await prisma.esiaPendingVerification.delete({ where: { id } });
      return {
        ok: true,
        value: { accountId: account.id, ticket: await startSession(prisma, account.id, false, "PWD", now) },
      };
    } catch (error) {
      // Two registrations at once may pick the same oid; the contact itself may have been taken.
      if (attempt >= 3 || !String(error).includes("Unique constraint")) {
        if (String(error).includes("mobile") || String(error).includes("email"))
          return fail("Этот телефон или почта уже используются.");
        throw error;
      }
    }
  }
}

// --- recovery («Не удается войти?») ----------------------------------------------------------

/**
 * Always answers alike, so the page does not tell who has an account: a login with no account (or
 * no contact to send to) gets a pending verification too, whose code is never sent and can never
 * match (its hash is of a random non-numeric string), so the code page, its throttle and expiry
 * behave exactly the same and the code simply never arrives.
 */
export async function startRecovery(prisma: PrismaClient, login: string, now = new Date()): Promise<string> {
  const account = await findAccountByLogin(prisma, login);
  const contact = account && account.status === "REGISTERED" ? contactOf(account) : null;
  if (account && contact) {
    return issueCode(
      prisma,
      { purpose: "recovery", channel: contact.channel, address: contact.recipient, accountId: account.id },
      now,
    );
  }
  const id = randomBytes(18).toString("base64url");
  const address =
    loginCandidates(login).map((candidate) => Object.values(candidate)[0])[0] ?? login.trim().toLowerCase();
  await prisma.esiaPendingVerification.create({
    data: {
      id,
      purpose: "recovery",
      channel: address.includes("@") ? "email" : "sms",
      address,
      codeHash: hashCode(randomBytes(24).toString("base64url"), codeSecret()),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
    },
  });
  return id;
}

export async function completeRecovery(
  prisma: PrismaClient,
  id: string,
  password: string,
  now = new Date(),
): Promise<Outcome<number>> {
  const pending = await pendingVerification(prisma, id, "recovery", now);
  if (!pending?.verifiedAt || !pending.accountId) return fail("Сначала введите код из сообщения.");
  const problems = passwordProblems(password);
  if (problems.length) return fail(`Пароль должен содержать: ${problems.join(", ")}.`, "password");
  await prisma.esiaAccount.update({
    where: { id: pending.accountId },
    data: { passwordHash: await hashPassword(password) },
  });
  // A new password ends every session of the account.
  await prisma.esiaSession.deleteMany({ where: { accountId: pending.accountId } });
  await prisma.esiaPendingVerification.delete({ where: { id } });
  await clearThrottle(prisma, [`esia-mock:login:account:${pending.accountId}`]);
  return { ok: true, value: pending.accountId };
}

// --- personal data and the automatic checks -----------------------------------------------------

export async function submitPersonalData(
  prisma: PrismaClient,
  accountId: number,
  data: PersonalDataSubmission,
  delaySeconds: number,
  now = new Date(),
): Promise<Outcome<number>> {
  const running = await prisma.esiaDataCheck.findFirst({ where: { accountId, status: "verifying" } });
  if (running) return fail("Ваши данные уже проверяются. Дождитесь результата.");
  const check = await prisma.esiaDataCheck.create({
    data: { accountId, submitted: data as object, completesAt: new Date(now.getTime() + delaySeconds * 1000) },
  });
  return { ok: true, value: check.id };
}

/** The account's latest «Продолжить» and its checks, or null if it never sent its data. */
export async function latestCheck(prisma: PrismaClient, accountId: number) {
  return prisma.esiaDataCheck.findFirst({ where: { accountId }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }] });
}

const DRAFT_FIELDS = [
  "lastName",
  "firstName",
  "middleName",
  "gender",
  "birthDate",
  "birthPlace",
  "citizenship",
  "snils",
  "passportSeries",
  "passportNumber",
  "passportIssueDate",
  "passportIssueId",
  "passportIssuedBy",
] as const satisfies readonly (keyof PersonalDataSubmission)[];

/**
 * What the «Персональные данные» form starts with, by field name: the account's own data and
 * passport, or — when the latest check failed — exactly what was sent then, so «Исправить данные»
 * only needs the typo fixed and nothing else is lost.
 */
export async function personalDataDraft(
  prisma: PrismaClient,
  accountId: number,
): Promise<Partial<Record<(typeof DRAFT_FIELDS)[number], string>>> {
  const account = await prisma.esiaAccount.findUniqueOrThrow({
    where: { id: accountId },
    include: { documents: { where: { type: "RF_PASSPORT" }, orderBy: { id: "desc" }, take: 1 } },
  });
  const passport = account.documents[0];
  const fromAccount: Record<(typeof DRAFT_FIELDS)[number], string | null | undefined> = {
    lastName: account.lastName,
    firstName: account.firstName,
    middleName: account.middleName,
    gender: account.gender,
    birthDate: account.birthDate,
    birthPlace: account.birthPlace,
    citizenship: account.citizenship,
    snils: account.snils,
    passportSeries: passport?.series,
    passportNumber: passport?.number,
    passportIssueDate: passport?.issueDate,
    passportIssueId: passport?.issueId ? (normalizeSubdivisionCode(passport.issueId) ?? passport.issueId) : undefined,
    passportIssuedBy: passport?.issuedBy,
  };
  const latest = await latestCheck(prisma, accountId);
  // A failed submission is a whole form: a missing отчество there was left blank on purpose.
  const source: Record<string, unknown> =
    latest?.status === "failed"
      ? { ...fromAccount, middleName: undefined, ...(latest.submitted as Record<string, unknown>) }
      : fromAccount;
  const draft: Partial<Record<(typeof DRAFT_FIELDS)[number], string>> = {};
  for (const field of DRAFT_FIELDS) {
    const value = source[field];
    if (typeof value === "string" && value !== "") draft[field] = value;
  }
  return draft;
}

const SNILS_TAKEN =
  "Этот СНИЛС уже указан в другой учетной записи. Если это ваша учетная запись, войдите в нее по СНИЛС или восстановите доступ («Не удается войти?»).";

/** One SNILS, one account: even the same person's SNILS fails while another account holds it. */
function withSnilsTaken(result: CheckResult, taken: boolean): CheckResult {
  if (!taken || result.pfr === "failed") return result;
  return { ...result, pfr: "failed", reason: [SNILS_TAKEN, result.reason].filter(Boolean).join(" ") };
}

/**
 * Finishes checks whose time has come: the checks "run" in the background and their results
 * appear when the user next looks (no timers to lose on a restart). Passing both makes the
 * account standard and stores the data; each result is also "sent" by SMS or e-mail.
 */
export async function settleDueChecks(prisma: PrismaClient, accountId: number, now = new Date()): Promise<void> {
  const due = await prisma.esiaDataCheck.findMany({
    where: { accountId, status: "verifying", completesAt: { lte: now } },
  });
  for (const check of due) {
    try {
      await settleCheck(prisma, accountId, check, now);
    } catch (error) {
      // Two accounts passing with the same new SNILS at once: the later one loses on the unique
      // index. Both checks had passed (nothing is written otherwise), so only the SNILS failed.
      if (!String(error).includes("Unique constraint")) throw error;
      await prisma.esiaDataCheck.updateMany({
        where: { id: check.id, status: "verifying" },
        data: { status: "failed", pfrResult: "failed", fmsResult: "passed", reason: SNILS_TAKEN, completedAt: now },
      });
    }
  }
}

async function settleCheck(
  prisma: PrismaClient,
  accountId: number,
  check: { id: number; submitted: unknown },
  now: Date,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const account = await tx.esiaAccount.findUniqueOrThrow({ where: { id: accountId } });
    const data = check.submitted as unknown as PersonalDataSubmission;
    const holder = await tx.esiaAccount.findFirst({ where: { snils: data.snils, NOT: { id: accountId } } });
    const result = withSnilsTaken(runAutomaticChecks(data, holder, scenarioOf(account.scenario)), holder !== null);
    const passed = result.pfr === "passed" && result.fms === "passed";
    // Only the first to settle this check acts on it.
    const claimed = await tx.esiaDataCheck.updateMany({
      where: { id: check.id, status: "verifying" },
      data: {
        status: passed ? "passed" : "failed",
        pfrResult: result.pfr,
        fmsResult: result.fms,
        reason: result.reason ?? null,
        completedAt: now,
      },
    });
    if (claimed.count !== 1) return;
    // A checks_fail_* scenario is "the next check fails" (docs/esia-mock.md): played once, then
    // cleared, so «Исправить данные» can pass.
    const scenario = scenarioOf(account.scenario);
    if (scenario === "checks_fail_pfr" || scenario === "checks_fail_fms")
      await tx.esiaAccount.update({ where: { id: accountId }, data: { scenario: null } });
    if (passed) {
      await tx.esiaAccount.update({
        where: { id: accountId },
        data: {
          lastName: data.lastName,
          firstName: data.firstName,
          middleName: data.middleName || null,
          gender: data.gender,
          birthDate: data.birthDate,
          birthPlace: data.birthPlace,
          citizenship: data.citizenship,
          snils: data.snils,
          level: account.level === "confirmed" ? "confirmed" : "standard",
        },
      });
      await tx.esiaDocument.deleteMany({ where: { accountId, type: "RF_PASSPORT" } });
      await tx.esiaDocument.create({
        data: {
          accountId,
          type: "RF_PASSPORT",
          vrfStu: "VERIFIED",
          series: data.passportSeries,
          number: data.passportNumber,
          issueDate: data.passportIssueDate,
          issueId: data.passportIssueId.replace("-", ""),
          issuedBy: data.passportIssuedBy,
        },
      });
    }
    const contact = contactOf(account);
    if (contact) {
      for (const [which, outcome] of [
        ["pfr", result.pfr],
        ["fms", result.fms],
      ] as const) {
        await tx.esiaOutboxMessage.create({
          data: {
            channel: contact.channel,
            recipient: contact.recipient,
            subject: "Результат проверки данных",
            body: `${CHECK_TITLES[which]}: ${outcome === "passed" ? "проверка пройдена" : "проверка не пройдена"}.`,
          },
        });
      }
    }
  });
}

// --- identity confirmation --------------------------------------------------------------------

export async function confirmIdentity(
  prisma: PrismaClient,
  accountId: number,
  method: "service_centre" | "mail_code" | "signature",
  now = new Date(),
): Promise<Outcome<true>> {
  const account = await prisma.esiaAccount.findUniqueOrThrow({ where: { id: accountId } });
  if (account.level === "simplified")
    return fail("Подтвердить личность можно только после проверки личных данных (стандартная учетная запись).");
  await prisma.esiaAccount.update({
    where: { id: accountId },
    data: { level: "confirmed", confirmedBy: method, confirmedAt: now },
  });
  return { ok: true, value: true };
}

export async function orderMailCode(
  prisma: PrismaClient,
  accountId: number,
  address: string,
  now = new Date(),
): Promise<Outcome<true>> {
  const account = await prisma.esiaAccount.findUniqueOrThrow({ where: { id: accountId } });
  if (account.level !== "standard") return fail("Код по почте заказывают для стандартной учетной записи.");
  const code = generateCode(8);
  await prisma.esiaMailCode.create({
    data: {
      accountId,
      address,
      codeHash: hashCode(code, codeSecret()),
      expiresAt: new Date(now.getTime() + MAIL_CODE_LIFETIME_MS),
    },
  });
  await send(
    prisma,
    "mail",
    address,
    "Заказное письмо: код подтверждения личности",
    `Код подтверждения личности для Госуслуг: ${code}. Введите его в личном кабинете.`,
  );
  return { ok: true, value: true };
}

export async function enterMailCode(
  prisma: PrismaClient,
  accountId: number,
  code: string,
  now = new Date(),
): Promise<Outcome<true>> {
  const keys = [`esia-mock:mail-code:account:${accountId}`];
  const throttle = await checkThrottle(prisma, keys, CODE_THROTTLE, now);
  if (!throttle.allowed)
    return fail(`Слишком много неверных кодов. Повторите через ${retryAfterText(throttle.retryAfterSeconds)}.`, "code");
  const letters = await prisma.esiaMailCode.findMany({ where: { accountId, usedAt: null, expiresAt: { gt: now } } });
  const match = letters.find((letter) => codeMatches(code.replace(/\s/g, ""), letter.codeHash, codeSecret()));
  if (!match) {
    await recordFailure(prisma, keys, CODE_THROTTLE, now);
    return fail("Неверный код подтверждения. Проверьте код в письме.", "code");
  }
  await prisma.esiaMailCode.update({ where: { id: match.id }, data: { usedAt: now } });
  await clearThrottle(prisma, keys);
  return confirmIdentity(prisma, accountId, "mail_code", now);
}

/** The registered letter with a code still on its way or unused, newest first, or null. */
export async function pendingMailLetter(prisma: PrismaClient, accountId: number, now = new Date()) {
  return prisma.esiaMailCode.findFirst({
    where: { accountId, usedAt: null, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
    select: { address: true, createdAt: true, expiresAt: true },
  });
}

/** The service-centre operator's search: a registered (not deleted) account with its passport. */
export async function accountForOperator(prisma: PrismaClient, by: { snils: string } | { oid: number }) {
  return prisma.esiaAccount.findFirst({
    where: { ...by, status: "REGISTERED" },
    include: { documents: { where: { type: "RF_PASSPORT" }, orderBy: { id: "desc" }, take: 1 } },
  });
}
