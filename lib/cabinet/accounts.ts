import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { audit } from "../audit/audit";
import { config } from "../config";
import type { EsiaPerson } from "../esia/person";
import { notify, queueMessage } from "../messaging/outbox";
import { endOtherSessions } from "../auth/sessions";
import { codeMatches, generateCode, hashCode } from "../security/one-time-codes";
import { hashPassword, verifyPassword } from "../security/passwords";
import { derivedSecret } from "../security/secrets";
import { addressPolicy, retryAfterText, type ThrottlePolicy } from "../security/throttle";
import {
  checkLimits,
  checkThrottle,
  clearThrottle,
  pause,
  recordFailure,
  recordFailures,
  type ThrottleLimit,
} from "../security/throttle-store";
import { normalizeEmail, normalizeMobilePhone } from "../validation";
import { decideLink } from "./linking";
import { differences, profileFromEsia, PROFILE_FIELDS, sourcesOf, type Profile, type ProfileField } from "./profile";

// The portal's own accounts: registration confirmed by a one-time code, password login with
// throttling, password reset and change, and everything about the link to ESIA.

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };
const refuse = <T>(message: string, field?: string): Outcome<T> => ({
  ok: false,
  message,
  ...(field ? { field } : {}),
});

export interface ThrottleSettings {
  login: ThrottlePolicy;
  codes: ThrottlePolicy;
}

/** The limits in force: THROTTLE_* from the environment. */
export function configuredThrottle(): ThrottleSettings {
  const settings = config();
  return throttleSettings({
    maxFailures: settings.THROTTLE_MAX_FAILURES,
    windowSeconds: settings.THROTTLE_WINDOW_SECONDS,
    lockSeconds: settings.THROTTLE_LOCK_SECONDS,
  });
}

/** Limits from configuration (THROTTLE_*): slowing starts two failures before the lock. */
export function throttleSettings(limits: {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}): ThrottleSettings {
  const slowAfter = Math.max(0, limits.maxFailures - 2);
  return { login: { ...limits, slowAfter }, codes: { ...limits, slowAfter } };
}

const CODE_LIFETIME_MS = 15 * 60_000;
const PENDING_ESIA_LIFETIME_MS = 15 * 60_000;
const codeSecret = () => derivedSecret("portal:one-time-codes");

// --- registration ------------------------------------------------------------------------------

export interface RegistrationRequest {
  lastName: string;
  firstName: string;
  middleName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  password: string;
}

/** Codes sent to one address are limited, or the forms would let anyone flood a phone or mailbox. */
async function mayRequestCode(prisma: PrismaClient, address: string): Promise<Outcome<true>> {
  const keys = [`portal:code-request:${address}`];
  const policy = configuredThrottle().codes;
  const decision = await checkThrottle(prisma, keys, policy);
  if (!decision.allowed)
    return refuse(`Слишком много запросов кода. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`);
  await recordFailure(prisma, keys, policy);
  return { ok: true, value: true };
}

/** The code goes to the address being confirmed; its verification and its message commit together. */
async function sendCode(
  prisma: PrismaClient,
  purpose: "registration" | "password_reset",
  channel: "email" | "sms",
  address: string,
  payload: object,
): Promise<string> {
  const code = generateCode();
  const id = randomBytes(18).toString("base64url");
  await prisma.$transaction(async (tx) => {
    const messageId = await queueMessage(tx, {
      channel,
      recipient: address,
      template: { kind: purpose === "registration" ? "registration_code" : "reset_code", code },
    });
    await tx.portalVerification.create({
      data: {
        id,
        purpose,
        channel,
        address,
        codeHash: hashCode(code, codeSecret()),
        payload,
        messageId,
        expiresAt: new Date(Date.now() + CODE_LIFETIME_MS),
      },
    });
  });
  return id;
}

export async function startRegistration(prisma: PrismaClient, request: RegistrationRequest): Promise<Outcome<string>> {
  if (request.email && (await prisma.user.findUnique({ where: { email: request.email } }))) {
    return refuse("Эта электронная почта уже зарегистрирована. Войдите или восстановите пароль.", "email");
  }
  if (request.phone && (await prisma.user.findUnique({ where: { phone: request.phone } }))) {
    return refuse("Этот номер телефона уже зарегистрирован. Войдите или восстановите пароль.", "phone");
  }
  const channel = request.email ? "email" : "sms";
  const address = (request.email ?? request.phone)!;
  const allowed = await mayRequestCode(prisma, address);
  if (!allowed.ok) return allowed;
  const { password, ...rest } = request;
  return {
    ok: true,
    value: await sendCode(prisma, "registration", channel, address, {
      ...rest,
      passwordHash: await hashPassword(password),
    }),
  };
}

/** What became of a code's message: the code page tells the person when it did not get through. */
export type CodeDelivery = "on_its_way" | "sent" | "delayed" | "failed";

export async function codeDelivery(prisma: PrismaClient, verificationId: string): Promise<CodeDelivery | null> {
  const pending = await prisma.portalVerification.findUnique({
    where: { id: verificationId },
    select: { messageId: true },
  });
  if (!pending?.messageId) return null;
  const message = await prisma.outboxMessage.findUnique({
    where: { id: pending.messageId },
    select: { status: true, lastError: true },
  });
  if (!message) return null;
  if (message.status === "sent") return "sent";
  if (message.status === "failed") return "failed";
  return message.lastError ? "delayed" : "on_its_way";
}

/** «Отправить код еще раз»: a new code to the same address; the registration's data stays as entered. */
export async function resendRegistrationCode(
  prisma: PrismaClient,
  id: string,
  now = new Date(),
): Promise<Outcome<string>> {
  const pending = await prisma.portalVerification.findUnique({ where: { id } });
  if (!pending || pending.purpose !== "registration" || pending.verifiedAt || pending.expiresAt < now)
    return refuse("Регистрация устарела. Начните ее заново.");
  const allowed = await mayRequestCode(prisma, pending.address);
  if (!allowed.ok) return allowed;
  const code = generateCode();
  await prisma.$transaction(async (tx) => {
    const messageId = await queueMessage(tx, {
      channel: pending.channel as "email" | "sms",
      recipient: pending.address,
      template: { kind: "registration_code", code },
    });
    // The old code stops working: only the newest message's code confirms.
    await tx.portalVerification.update({
      where: { id },
      data: {
        codeHash: hashCode(code, codeSecret()),
        messageId,
        attempts: 0,
        expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
      },
    });
  });
  return { ok: true, value: id };
}

async function checkCode(
  prisma: PrismaClient,
  id: string,
  purpose: string,
  code: string,
  throttle: ThrottleSettings,
  now: Date,
) {
  const pending = await prisma.portalVerification.findUnique({ where: { id } });
  if (!pending || pending.purpose !== purpose || pending.expiresAt < now || pending.verifiedAt) {
    return refuse<typeof pending & object>("Код устарел. Запросите новый код.", "code");
  }
  const keys = [`portal:code:${pending.address}`];
  const decision = await checkThrottle(prisma, keys, throttle.codes, now);
  if (!decision.allowed)
    return refuse<typeof pending>(
      `Слишком много неверных кодов. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`,
      "code",
    );
  await pause(decision.delayMs);
  if (!codeMatches(code, pending.codeHash, codeSecret())) {
    await recordFailure(prisma, keys, throttle.codes, now);
    await prisma.portalVerification.update({ where: { id }, data: { attempts: { increment: 1 } } });
    return refuse<typeof pending>("Неверный код. Проверьте код из сообщения.", "code");
  }
  await clearThrottle(prisma, keys);
  // Single use: only the first to mark it verified goes on.
  const claimed = await prisma.portalVerification.updateMany({
    where: { id, verifiedAt: null },
    data: { verifiedAt: now },
  });
  if (claimed.count !== 1) return refuse<typeof pending>("Код уже использован.", "code");
  return { ok: true as const, value: pending };
}

export async function confirmRegistration(
  prisma: PrismaClient,
  id: string,
  code: string,
  ip: string | null,
  throttle = configuredThrottle(),
  now = new Date(),
): Promise<Outcome<number>> {
  const checked = await checkCode(prisma, id, "registration", code, throttle, now);
  if (!checked.ok) return checked;
  const data = checked.value.payload as unknown as Omit<RegistrationRequest, "password"> & { passwordHash: string };
  const entered = Object.fromEntries(Object.keys(PROFILE_FIELDS).map((field) => [field, "entered"]));
  try {
    const user = await prisma.user.create({
      data: {
        lastName: data.lastName,
        firstName: data.firstName,
        middleName: data.middleName ?? null,
        email: data.email ?? null,
        emailVerified: checked.value.channel === "email",
        phone: data.phone ?? null,
        phoneVerified: checked.value.channel === "sms",
        passwordHash: data.passwordHash,
        fieldSources: entered,
      },
    });
    await audit(prisma, {
      actor: { type: "user", id: user.id },
      action: "account.registered",
      subject: `user:${user.id}`,
      outcome: "success",
      ip,
    });
    return { ok: true, value: user.id };
  } catch {
    return refuse("Эта почта или телефон уже зарегистрированы. Войдите или восстановите пароль.");
  }
}

// --- login ---------------------------------------------------------------------------------------

function loginLookup(login: string) {
  const email = login.includes("@") ? normalizeEmail(login) : null;
  const phone = normalizeMobilePhone(login);
  return email ? { email } : phone ? { phone } : null;
}

const WRONG_LOGIN = "Неверный логин или пароль";

/**
 * Password login, throttled as ASVS V2.2 asks: the address across accounts has a limit (four
 * times the account's), the account a growing delay and a soft lock: at the limit it is refused
 * except from a browser where its owner signed in before (`knownUserIds`, the known-device
 * cookie), so nobody can lock a citizen out by guessing.
 */
export async function logInWithPassword(
  prisma: PrismaClient,
  input: { login: string; password: string; ip: string; knownUserIds?: readonly number[] },
  throttle = configuredThrottle(),
  now = new Date(),
): Promise<Outcome<number>> {
  const where = loginLookup(input.login);
  const user = where ? await prisma.user.findFirst({ where }) : null;
  const limits: ThrottleLimit[] = [
    { key: `portal:login:ip:${input.ip}`, policy: addressPolicy(throttle.login) },
    ...(user
      ? [
          {
            key: `portal:login:user:${user.id}`,
            policy: throttle.login,
            soft: input.knownUserIds?.includes(user.id) ?? false,
          },
        ]
      : []),
  ];
  const decision = await checkLimits(prisma, limits, now);
  if (!decision.allowed) {
    await audit(prisma, {
      actor: { type: "anonymous" },
      action: "login.throttled",
      subject: user ? `user:${user.id}` : undefined,
      outcome: "refused",
      ip: input.ip,
    });
    return refuse(
      `Слишком много неудачных попыток входа. Повторите через ${retryAfterText(decision.retryAfterSeconds)} или восстановите пароль.`,
    );
  }
  await pause(decision.delayMs);
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailures(prisma, limits, now);
    return refuse(WRONG_LOGIN);
  }
  // The account's counter only: a success must not reset the address's limit across accounts.
  await clearThrottle(
    prisma,
    limits.slice(1).map((limit) => limit.key),
  );
  return { ok: true, value: user.id };
}

// --- password reset and change -------------------------------------------------------------------

/**
 * Answers alike whether or not the login exists, so the page tells nobody who is registered. An
 * unknown login gets a verification too, keyed by what was typed (so its guesses are throttled
 * like a real one's), whose code is never sent and can never match.
 */
export async function startPasswordReset(prisma: PrismaClient, login: string): Promise<Outcome<string>> {
  const where = loginLookup(login);
  const user = where ? await prisma.user.findFirst({ where }) : null;
  const typed = where ? Object.values(where)[0]! : login.trim().toLowerCase();
  const allowed = await mayRequestCode(prisma, typed);
  if (!allowed.ok) return allowed;
  if (!user) {
    const id = randomBytes(18).toString("base64url");
    await prisma.portalVerification.create({
      data: {
        id,
        purpose: "password_reset",
        channel: "none",
        address: typed,
        codeHash: hashCode(randomBytes(24).toString("base64url"), codeSecret()),
        expiresAt: new Date(Date.now() + CODE_LIFETIME_MS),
      },
    });
    return { ok: true, value: id };
  }
  const channel = user.email && (where as { email?: string }).email ? "email" : user.phone ? "sms" : "email";
  return {
    ok: true,
    value: await sendCode(prisma, "password_reset", channel, channel === "email" ? user.email! : user.phone!, {
      userId: user.id,
    }),
  };
}

export async function completePasswordReset(
  prisma: PrismaClient,
  id: string,
  code: string,
  newPassword: string,
  ip: string | null,
  throttle = configuredThrottle(),
  now = new Date(),
): Promise<Outcome<number>> {
  const checked = await checkCode(prisma, id, "password_reset", code, throttle, now);
  if (!checked.ok) return checked;
  const userId = (checked.value.payload as { userId?: number }).userId;
  if (!userId) return refuse("Неверный код. Проверьте код из сообщения.", "code");
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), passwordChangedAt: now },
  });
  await endOtherSessions(prisma, userId);
  await audit(prisma, {
    actor: { type: "user", id: userId },
    action: "password.reset",
    subject: `user:${userId}`,
    outcome: "success",
    ip,
  });
  await notify(
    prisma,
    userId,
    "Пароль изменен",
    "Пароль от личного кабинета восстановлен. Если это были не вы, обратитесь в службу поддержки.",
  );
  return { ok: true, value: userId };
}

export async function changePassword(
  prisma: PrismaClient,
  userId: number,
  current: string,
  next: string,
  keepSessionId: string | null,
  ip: string | null,
): Promise<Outcome<true>> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  // A stolen session must not become a way to guess the password.
  const keys = [`portal:password-change:user:${userId}`];
  const policy = configuredThrottle().login;
  const decision = await checkThrottle(prisma, keys, policy);
  if (!decision.allowed)
    return refuse(
      `Слишком много неверных попыток. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`,
      "currentPassword",
    );
  await pause(decision.delayMs);
  if (!(await verifyPassword(user.passwordHash, current))) {
    await recordFailure(prisma, keys, policy);
    return refuse("Неверный текущий пароль", "currentPassword");
  }
  await clearThrottle(prisma, keys);
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(next), passwordChangedAt: new Date() },
  });
  const ended = await endOtherSessions(prisma, userId, keepSessionId);
  await audit(prisma, {
    actor: { type: "user", id: userId },
    action: "password.changed",
    subject: `user:${userId}`,
    outcome: "success",
    ip,
    details: { otherSessionsEnded: ended },
  });
  await notify(prisma, userId, "Пароль изменен", "Пароль от личного кабинета изменен, другие сеансы завершены.");
  return { ok: true, value: true };
}

// --- ESIA link -------------------------------------------------------------------------------------

export function profileOf(user: {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  gender: string | null;
  snils: string | null;
  email: string | null;
  phone: string | null;
}): Profile {
  return {
    lastName: user.lastName,
    firstName: user.firstName,
    middleName: user.middleName,
    birthDate: user.birthDate,
    gender: user.gender,
    snils: user.snils,
    email: user.email,
    phone: user.phone,
  };
}

export type EsiaOutcome =
  | { kind: "signed_in"; userId: number }
  | { kind: "linked"; userId: number; pendingId: string | null }
  | { kind: "choose"; pendingId: string }
  | { kind: "refused"; reason: "oid_taken" | "cabinet_taken" };

async function savePending(
  prisma: PrismaClient,
  intent: string,
  userId: number | null,
  person: EsiaPerson,
  returnTo: string | null,
  now: Date,
): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await prisma.esiaPendingLogin.create({
    data: {
      id,
      intent,
      userId,
      oid: person.oid,
      person: person as object,
      returnTo,
      expiresAt: new Date(now.getTime() + PENDING_ESIA_LIFETIME_MS),
    },
  });
  return id;
}

export async function pendingEsiaLogin(prisma: PrismaClient, id: string | null | undefined, now = new Date()) {
  if (!id) return null;
  const pending = await prisma.esiaPendingLogin.findUnique({ where: { id } });
  return pending && pending.expiresAt > now ? { ...pending, person: pending.person as unknown as EsiaPerson } : null;
}

async function refreshLevel(prisma: PrismaClient, userId: number, person: EsiaPerson, now: Date) {
  await prisma.esiaLink.update({
    where: { userId },
    data: { level: person.level, trusted: person.trusted, levelRefreshedAt: now, person: person as object },
  });
}

async function createLink(
  prisma: PrismaClient,
  userId: number,
  person: EsiaPerson,
  ip: string | null,
  now: Date,
): Promise<boolean> {
  try {
    await prisma.esiaLink.create({
      data: {
        userId,
        oid: person.oid,
        level: person.level,
        trusted: person.trusted,
        linkedAt: now,
        levelRefreshedAt: now,
        person: person as object,
      },
    });
  } catch {
    // The unique indexes on oid and userId decide a race between two links at once.
    await audit(prisma, {
      actor: { type: "user", id: userId },
      action: "esia.link",
      subject: `user:${userId}`,
      outcome: "refused",
      ip,
      details: { reason: "concurrent link" },
    });
    return false;
  }
  await audit(prisma, {
    actor: { type: "user", id: userId },
    action: "esia.link",
    subject: `user:${userId}`,
    outcome: "success",
    ip,
    details: { level: person.level },
  });
  await notify(
    prisma,
    userId,
    "Личный кабинет привязан к ЕСИА",
    "Теперь вы можете входить через ЕСИА и подавать заявления с данными из ЕСИА.",
  );
  return true;
}

/** The ESIA callback's work once the person is known: the decision table, then its effects. */
export async function handleEsiaLogin(
  prisma: PrismaClient,
  input: {
    person: EsiaPerson;
    signedInUserId: number | null;
    intent: "login" | "link";
    returnTo: string | null;
    ip: string | null;
  },
  now = new Date(),
): Promise<EsiaOutcome> {
  const { person } = input;
  const linkOfOid = await prisma.esiaLink.findUnique({ where: { oid: person.oid } });
  const linkOfUser = input.signedInUserId
    ? await prisma.esiaLink.findUnique({ where: { userId: input.signedInUserId } })
    : null;
  const decision = decideLink({
    signedInUserId: input.signedInUserId,
    oidLinkedToUserId: linkOfOid?.userId ?? null,
    signedInUserLinkedOid: linkOfUser?.oid ?? null,
    oid: person.oid,
  });
  const actor = input.signedInUserId
    ? ({ type: "user", id: input.signedInUserId } as const)
    : ({ type: "anonymous" } as const);

  switch (decision.kind) {
    case "sign_in":
      await refreshLevel(prisma, decision.userId, person, now);
      await audit(prisma, {
        actor: { type: "user", id: decision.userId },
        action: "login.esia",
        subject: `user:${decision.userId}`,
        outcome: "success",
        ip: input.ip,
        details: { level: person.level },
      });
      return { kind: "signed_in", userId: decision.userId };
    case "already_linked":
      await refreshLevel(prisma, decision.userId, person, now);
      return { kind: "signed_in", userId: decision.userId };
    case "offer_choice":
      return { kind: "choose", pendingId: await savePending(prisma, input.intent, null, person, input.returnTo, now) };
    case "refuse_oid_taken":
    case "refuse_cabinet_taken": {
      const reason = decision.kind === "refuse_oid_taken" ? "oid_taken" : "cabinet_taken";
      await audit(prisma, {
        actor,
        action: "esia.link",
        subject: input.signedInUserId ? `user:${input.signedInUserId}` : undefined,
        outcome: "refused",
        ip: input.ip,
        details: { reason },
      });
      return { kind: "refused", reason };
    }
    case "link": {
      if (!(await createLink(prisma, decision.userId, person, input.ip, now)))
        return { kind: "refused", reason: "oid_taken" };
      return {
        kind: "linked",
        userId: decision.userId,
        pendingId: await pendingIfDifferent(prisma, decision.userId, person, input.returnTo, now),
      };
    }
  }
}

async function pendingIfDifferent(
  prisma: PrismaClient,
  userId: number,
  person: EsiaPerson,
  returnTo: string | null,
  now: Date,
): Promise<string | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return differences(profileOf(user), person).length > 0
    ? savePending(prisma, "replace", userId, person, returnTo, now)
    : null;
}

/** «Войти в существующий личный кабинет» after an unknown ESIA login: password, then link. */
export async function logInAndLink(
  prisma: PrismaClient,
  pendingId: string,
  login: string,
  password: string,
  ip: string,
  now = new Date(),
  knownUserIds: readonly number[] = [],
): Promise<Outcome<{ userId: number; pendingId: string | null; returnTo: string | null }>> {
  const pending = await pendingEsiaLogin(prisma, pendingId, now);
  if (!pending || pending.userId !== null) return refuse("Время ожидания истекло. Войдите через ЕСИА еще раз.");
  const login_ = await logInWithPassword(prisma, { login, password, ip, knownUserIds }, configuredThrottle(), now);
  if (!login_.ok) return login_;
  const outcome = await handleEsiaLogin(
    prisma,
    { person: pending.person, signedInUserId: login_.value, intent: "link", returnTo: pending.returnTo, ip },
    now,
  );
  await prisma.esiaPendingLogin.deleteMany({ where: { id: pendingId } });
  if (outcome.kind === "refused") {
    return refuse(
      outcome.reason === "cabinet_taken"
        ? "Этот личный кабинет уже привязан к другой учетной записи ЕСИА."
        : "Эта учетная запись ЕСИА уже привязана к другому личному кабинету.",
    );
  }
  return {
    ok: true,
    value: {
      userId: login_.value,
      pendingId: outcome.kind === "linked" ? outcome.pendingId : null,
      returnTo: pending.returnTo,
    },
  };
}

/** «Зарегистрировать новый личный кабинет», filled from ESIA and linked to it. */
export async function registerFromEsia(
  prisma: PrismaClient,
  pendingId: string,
  input: { email?: string | undefined; phone?: string | undefined; password: string },
  ip: string | null,
  now = new Date(),
): Promise<Outcome<{ userId: number; returnTo: string | null }>> {
  const pending = await pendingEsiaLogin(prisma, pendingId, now);
  if (!pending || pending.userId !== null) return refuse("Время ожидания истекло. Войдите через ЕСИА еще раз.");
  const { person } = pending;
  if (await prisma.esiaLink.findUnique({ where: { oid: person.oid } }))
    return refuse("Эта учетная запись ЕСИА уже привязана к другому личному кабинету.");
  if (input.email && (await prisma.user.findUnique({ where: { email: input.email } })))
    return refuse("Эта электронная почта уже зарегистрирована: войдите в существующий кабинет.", "email");
  if (input.phone && (await prisma.user.findUnique({ where: { phone: input.phone } })))
    return refuse("Этот номер телефона уже зарегистрирован: войдите в существующий кабинет.", "phone");
  const fromEsia = profileFromEsia(person);
  const sources = Object.fromEntries(
    (Object.keys(PROFILE_FIELDS) as ProfileField[]).map((field) => [
      field,
      fromEsia[field] !== undefined &&
      (field !== "email" || input.email === person.email) &&
      (field !== "phone" || input.phone === person.mobile)
        ? "esia"
        : "entered",
    ]),
  );
  const user = await prisma.user.create({
    data: {
      lastName: person.lastName ?? "",
      firstName: person.firstName ?? "",
      middleName: person.middleName,
      birthDate: person.birthDate,
      gender: person.gender,
      snils: person.snils,
      email: input.email ?? null,
      emailVerified: Boolean(input.email && input.email === person.email),
      phone: input.phone ?? null,
      phoneVerified: Boolean(input.phone && input.phone === person.mobile),
      passwordHash: await hashPassword(input.password),
      fieldSources: sources,
    },
  });
  await audit(prisma, {
    actor: { type: "user", id: user.id },
    action: "account.registered_from_esia",
    subject: `user:${user.id}`,
    outcome: "success",
    ip,
  });
  if (!(await createLink(prisma, user.id, person, ip, now)))
    return refuse("Эта учетная запись ЕСИА уже привязана к другому личному кабинету.");
  await prisma.esiaPendingLogin.deleteMany({ where: { id: pendingId } });
  return { ok: true, value: { userId: user.id, returnTo: pending.returnTo } };
}

export interface SettledDifferences {
  returnTo: string | null;
  /** Contacts ESIA gave that another cabinet already uses: they stay as they were. */
  kept: ProfileField[];
}

/** «Подтвердить замену» (replace = true) or keep the cabinet's data (replace = false). */
export async function settleDifferences(
  prisma: PrismaClient,
  pendingId: string,
  userId: number,
  replace: boolean,
  ip: string | null,
  now = new Date(),
): Promise<Outcome<SettledDifferences>> {
  const pending = await pendingEsiaLogin(prisma, pendingId, now);
  if (!pending || pending.userId !== userId || pending.intent !== "replace") return refuse("Время ожидания истекло.");
  const kept: ProfileField[] = [];
  if (replace) {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const sources = { ...sourcesOf(user.fieldSources) };
    const data: Partial<Record<ProfileField, string>> = {};
    for (const change of differences(profileOf(user), pending.person)) {
      // E-mail and phone identify a cabinet: one already used by another cabinet is not taken over.
      if (
        (change.field === "email" || change.field === "phone") &&
        (await prisma.user.findFirst({ where: { [change.field]: change.esia, NOT: { id: userId } } }))
      ) {
        kept.push(change.field);
        continue;
      }
      data[change.field] = change.esia;
      sources[change.field] = "esia";
    }
    // ESIA passes only verified contacts (vrfStu VERIFIED): taken over, they count as confirmed.
    const verified = { ...(data.email ? { emailVerified: true } : {}), ...(data.phone ? { phoneVerified: true } : {}) };
    await prisma.user.update({
      where: { id: userId },
      data: { ...data, ...verified, fieldSources: sources as object },
    });
    await audit(prisma, {
      actor: { type: "user", id: userId },
      action: "esia.data_replaced",
      subject: `user:${userId}`,
      outcome: "success",
      ip,
      details: { fields: Object.keys(data), kept },
    });
  } else {
    await audit(prisma, {
      actor: { type: "user", id: userId },
      action: "esia.data_replacement_declined",
      subject: `user:${userId}`,
      outcome: "success",
      ip,
    });
  }
  await prisma.esiaPendingLogin.deleteMany({ where: { id: pendingId } });
  return { ok: true, value: { returnTo: pending.returnTo, kept } };
}

export async function unlinkEsia(
  prisma: PrismaClient,
  userId: number,
  keepSessionId: string | null,
  ip: string | null,
): Promise<Outcome<true>> {
  const removed = await prisma.esiaLink.deleteMany({ where: { userId } });
  if (removed.count === 0) return refuse("Личный кабинет не привязан к ЕСИА.");
  const ended = await endOtherSessions(prisma, userId, keepSessionId);
  await audit(prisma, {
    actor: { type: "user", id: userId },
    action: "esia.unlink",
    subject: `user:${userId}`,
    outcome: "success",
    ip,
    details: { otherSessionsEnded: ended },
  });
  await notify(
    prisma,
    userId,
    "Привязка к ЕСИА удалена",
    "Личный кабинет больше не связан с учетной записью ЕСИА. Другие сеансы завершены.",
  );
  return { ok: true, value: true };
}
