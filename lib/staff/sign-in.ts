import type { PrismaClient } from "../generated/prisma/client";
import { audit } from "../audit/audit";
import { config } from "../config";
import { logger } from "../logging/logger";
import { hashPassword, verifyPassword } from "../security/passwords";
import { addressPolicy, retryAfterText, slowingOnly, type ThrottlePolicy } from "../security/throttle";
import {
  checkLimits,
  checkThrottle,
  clearThrottle,
  pause,
  recordFailure,
  recordFailures,
  type ThrottleLimit,
} from "../security/throttle-store";
import {
  endStaffSession,
  pendingStaffSession,
  purgeExpiredStaffSessions,
  staffSessionOwner,
  startStaffSession,
  upgradeStaffSession,
} from "./sessions";
import { checkTotp, generateTotpSecret, openTotpSecret, sealTotpSecret, totpUri, type TotpCheck } from "./totp";

// Staff sign-in in two steps: login and password open a pending session; a TOTP code (or, at the
// first login and after a reset, the enrolment of an authenticator app) completes it. Both steps
// are throttled per account and per address with the THROTTLE_* limits, and every outcome is
// audited. Nothing typed (password, code, an unknown login that may be a mistyped password) is
// written to the audit log.

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };
const refuse = <T>(message: string, field?: string): Outcome<T> => ({
  ok: false,
  message,
  ...(field ? { field } : {}),
});

export interface StaffThrottle {
  login: ThrottlePolicy;
  totp: ThrottlePolicy;
}

/**
 * Password guessing (ASVS V2.2.1), three counters: the address across logins (four times the
 * limit: one office, one address), the login from this address (locks, with an alert), and the
 * login from anywhere (only slows: nobody elsewhere can lock a staff member out).
 */
function passwordLimits(login: string, ip: string, policy: ThrottlePolicy): ThrottleLimit[] {
  return [
    { key: `staff:login:ip:${ip}`, policy: addressPolicy(policy) },
    { key: `staff:login:name:${login}:ip:${ip}`, policy },
    { key: `staff:login:name:${login}`, policy: slowingOnly(policy) },
  ];
}

/** THROTTLE_* from the environment, as for citizens; slowing starts two failures before the lock. */
export function staffThrottle(): StaffThrottle {
  const {
    THROTTLE_MAX_FAILURES: maxFailures,
    THROTTLE_WINDOW_SECONDS: windowSeconds,
    THROTTLE_LOCK_SECONDS: lockSeconds,
  } = config();
  const policy = { maxFailures, windowSeconds, lockSeconds, slowAfter: Math.max(0, maxFailures - 2) };
  return { login: policy, totp: policy };
}

export const WRONG_CREDENTIALS = "Неверный логин или пароль";
export const ACCOUNT_DISABLED = "Учетная запись отключена. Обратитесь к администратору.";
export const WRONG_CODE = "Неверный код. Введите шесть цифр, которые сейчас показывает приложение-аутентификатор.";
export const USED_CODE = "Этот код уже использован. Дождитесь следующего кода в приложении и введите его.";
export const CODE_FORMAT = "Введите шесть цифр кода из приложения-аутентификатора";
export const SESSION_GONE = "Время на ввод кода истекло. Войдите еще раз.";

// Verifying an unknown login against a real hash makes "no such login" take as long as "wrong
// password", so response times do not tell which logins exist.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword("decoy-password-never-matches"));

const normalizeLogin = (login: string) => login.trim().toLowerCase();

export interface PasswordStep {
  token: string;
  staffId: number;
  /** Where the person goes next: the code, or the enrolment of an app. */
  next: "second-factor" | "enrol";
}

export async function signInWithPassword(
  prisma: PrismaClient,
  input: { login: string; password: string; ip: string; userAgent?: string | null },
  throttle: StaffThrottle = staffThrottle(),
  now = new Date(),
): Promise<Outcome<PasswordStep>> {
  const login = normalizeLogin(input.login);
  const staff = await prisma.staff.findUnique({ where: { login } });
  const actor = staff ? ({ type: "staff", id: staff.id, role: staff.role } as const) : ({ type: "anonymous" } as const);
  const subject = staff ? `staff:${staff.id}` : undefined;
  const limits = passwordLimits(login, input.ip, throttle.login);
  const decision = await checkLimits(prisma, limits, now);
  if (!decision.allowed) {
    await audit(prisma, { actor, action: "staff.login.throttled", subject, outcome: "refused", ip: input.ip });
    return refuse(
      `Слишком много неудачных попыток входа. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`,
    );
  }
  await pause(decision.delayMs);
  const passwordOk = await verifyPassword(staff?.passwordHash ?? (await decoy()), input.password);
  if (!staff || !passwordOk) {
    const locked = await recordFailures(prisma, limits, now);
    await audit(prisma, {
      actor,
      action: "staff.login.failed",
      subject,
      outcome: "failed",
      ip: input.ip,
      details: { reason: staff ? "password" : "unknown_login" },
    });
    if (staff && locked.includes(limits[1]!.key)) {
      // Someone guesses this account's password from this address: the administrator is told.
      await audit(prisma, {
        actor,
        action: "staff.login.locked",
        subject,
        outcome: "refused",
        ip: input.ip,
        details: { login: staff.login, failures: throttle.login.maxFailures },
      });
      logger.warn(
        { staffId: staff.id, ip: input.ip },
        "staff login locked for this address after repeated wrong passwords",
      );
    }
    return refuse(WRONG_CREDENTIALS);
  }
  // Only the account's own counters: a success must not reset the address's limit across logins.
  await clearThrottle(
    prisma,
    limits.slice(1).map((limit) => limit.key),
  );
  if (!staff.active) {
    await audit(prisma, { actor, action: "staff.login.inactive", subject, outcome: "refused", ip: input.ip });
    return refuse(ACCOUNT_DISABLED);
  }
  await purgeExpiredStaffSessions(prisma, now);
  const token = await startStaffSession(prisma, staff.id, { ip: input.ip, userAgent: input.userAgent ?? null }, now);
  const next = staff.totpEnrolledAt ? "second-factor" : "enrol";
  await audit(prisma, {
    actor,
    action: "staff.login.password",
    subject,
    outcome: "success",
    ip: input.ip,
    details: { next },
  });
  return { ok: true, value: { token, staffId: staff.id, next } };
}

type StaffRow = NonNullable<Awaited<ReturnType<typeof pendingStaffSession>>>;

/**
 * An account's first login (no TOTP step ever accepted, no app enrolled) is on the password the
 * administrator set: the person chooses their own while enrolling. A reset second factor keeps
 * totpLastStep, so it asks for an app again but not for a password.
 */
export function mustChoosePassword(staff: { totpEnrolledAt: Date | null; totpLastStep: number | null }): boolean {
  return !staff.totpEnrolledAt && staff.totpLastStep === null;
}

export interface Enrolment {
  staff: StaffRow;
  secret: string;
  uri: string;
  choosePassword: boolean;
}

/**
 * The secret to enrol, for a pending session of an account without an app: made and stored
 * (sealed) on first view, the same one on reloads until enrolment completes.
 */
export async function enrolmentFor(
  prisma: PrismaClient,
  token: string | null,
  now = new Date(),
): Promise<Enrolment | null> {
  const staff = await pendingStaffSession(prisma, token, now);
  if (!staff || staff.totpEnrolledAt) return null;
  let secret = openTotpSecret(staff.totpSecret, staff.id);
  if (!secret) {
    secret = generateTotpSecret();
    // Only if nobody enrolled or stored another secret meanwhile (two tabs): then show theirs.
    const stored = await prisma.staff.updateMany({
      where: { id: staff.id, totpEnrolledAt: null, totpSecret: staff.totpSecret },
      data: { totpSecret: sealTotpSecret(secret, staff.id) },
    });
    if (stored.count !== 1) return enrolmentFor(prisma, token, now);
  }
  return { staff, secret, uri: totpUri(staff.login, secret), choosePassword: mustChoosePassword(staff) };
}

export interface SecondFactorInput {
  token: string | null;
  code: string;
  ip: string;
  /** Enrolment at a first login: the person's own password. */
  newPassword?: string | undefined;
}

/** The code of an enrolled account's app: on success a new, full session token. */
export async function completeSignIn(
  prisma: PrismaClient,
  input: SecondFactorInput,
  throttle: StaffThrottle = staffThrottle(),
  now = new Date(),
): Promise<Outcome<string>> {
  return acceptCode(prisma, input, "sign-in", throttle, now);
}

/** The first code of a newly enrolled app (and the new password at a first login). */
export async function completeEnrolment(
  prisma: PrismaClient,
  input: SecondFactorInput,
  throttle: StaffThrottle = staffThrottle(),
  now = new Date(),
): Promise<Outcome<string>> {
  return acceptCode(prisma, input, "enrol", throttle, now);
}

async function acceptCode(
  prisma: PrismaClient,
  input: SecondFactorInput,
  purpose: "sign-in" | "enrol",
  throttle: StaffThrottle,
  now: Date,
): Promise<Outcome<string>> {
  const staff = await pendingStaffSession(prisma, input.token, now);
  if (!staff || !input.token || Boolean(staff.totpEnrolledAt) !== (purpose === "sign-in")) return refuse(SESSION_GONE);
  const actor = { type: "staff", id: staff.id, role: staff.role } as const;
  const subject = `staff:${staff.id}`;
  const keys = [`staff:totp:ip:${input.ip}`, `staff:totp:staff:${staff.id}`];
  const decision = await checkThrottle(prisma, keys, throttle.totp, now);
  if (!decision.allowed) {
    await audit(prisma, { actor, action: "staff.totp.throttled", subject, outcome: "refused", ip: input.ip });
    return refuse(
      `Слишком много неверных кодов. Повторите через ${retryAfterText(decision.retryAfterSeconds)}.`,
      "code",
    );
  }
  await pause(decision.delayMs);

  const secret = openTotpSecret(staff.totpSecret, staff.id);
  if (!secret) {
    // Sealed under another AUTH_SECRET (or never stored): no code can match; an administrator
    // resets the second factor. Logged without the value.
    logger.warn({ staffId: staff.id }, "staff TOTP secret cannot be opened");
  }
  const check: TotpCheck = secret
    ? checkTotp(secret, input.code, staff.totpLastStep, now)
    : { ok: false, reason: "wrong" };
  if (!check.ok) {
    await recordFailure(prisma, keys, throttle.totp, now);
    await audit(prisma, {
      actor,
      action: purpose === "enrol" ? "staff.totp.enrolment_failed" : "staff.totp.failed",
      subject,
      outcome: "failed",
      ip: input.ip,
      details: { reason: check.reason },
    });
    return refuse(
      check.reason === "replayed" ? USED_CODE : check.reason === "format" ? CODE_FORMAT : WRONG_CODE,
      "code",
    );
  }

  const choosePassword = purpose === "enrol" && mustChoosePassword(staff);
  if (choosePassword && (!input.newPassword || (await verifyPassword(staff.passwordHash, input.newPassword)))) {
    return refuse("Придумайте новый пароль: пароль, выданный администратором, нельзя оставить", "password");
  }
  const passwordHash = choosePassword ? await hashPassword(input.newPassword!) : undefined;
  // The claim: the step is taken only if it is newer than the last one and the secret is still
  // the one checked, so of two requests with one code only one gets through.
  const claimed = await prisma.staff.updateMany({
    where: {
      id: staff.id,
      active: true,
      totpSecret: staff.totpSecret,
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }],
    },
    data: {
      totpLastStep: check.step,
      ...(purpose === "enrol" ? { totpEnrolledAt: now } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    },
  });
  if (claimed.count !== 1) {
    await recordFailure(prisma, keys, throttle.totp, now);
    await audit(prisma, {
      actor,
      action: "staff.totp.failed",
      subject,
      outcome: "failed",
      ip: input.ip,
      details: { reason: "replayed" },
    });
    return refuse(USED_CODE, "code");
  }
  await clearThrottle(prisma, keys);
  const token = await upgradeStaffSession(prisma, input.token, now);
  if (!token) return refuse(SESSION_GONE);
  if (purpose === "enrol") {
    await audit(prisma, { actor, action: "staff.totp.enrolled", subject, outcome: "success", ip: input.ip });
    if (passwordHash)
      await audit(prisma, {
        actor,
        action: "staff.password.changed",
        subject,
        outcome: "success",
        ip: input.ip,
        details: { reason: "first_login" },
      });
  }
  await audit(prisma, {
    actor,
    action: "staff.login.completed",
    subject,
    outcome: "success",
    ip: input.ip,
    details: { secondFactor: "totp" },
  });
  return { ok: true, value: token };
}

/** «Выйти»: the row goes, so the cookie is worthless even if it was copied. */
export async function signOutStaff(prisma: PrismaClient, token: string | null, ip: string): Promise<void> {
  const owner = await staffSessionOwner(prisma, token);
  if (!(await endStaffSession(prisma, token)) || !owner) return;
  await audit(prisma, {
    actor: { type: "staff", id: owner.id, role: owner.role },
    action: "staff.logout",
    subject: `staff:${owner.id}`,
    outcome: "success",
    ip,
  });
}

export interface LoginAlert {
  at: Date;
  subject: string | null;
  login: string | null;
  ip: string | null;
}

/** Locks of a staff login from one address in the last days: the administrator's page lists them. */
export async function recentLoginAlerts(prisma: PrismaClient, now = new Date(), days = 7): Promise<LoginAlert[]> {
  const events = await prisma.auditEvent.findMany({
    where: { action: "staff.login.locked", at: { gte: new Date(now.getTime() - days * 86_400_000) } },
    orderBy: { id: "desc" },
    take: 20,
  });
  return events.map((event) => {
    const details = (event.details ?? {}) as { login?: unknown };
    return {
      at: event.at,
      subject: event.subject,
      ip: event.ip,
      login: typeof details.login === "string" ? details.login : null,
    };
  });
}
