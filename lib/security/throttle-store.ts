import type { PrismaClient } from "../generated/prisma/client";
import {
  afterFailure,
  assessThrottle,
  type ThrottleCounter,
  type ThrottleDecision,
  type ThrottlePolicy,
} from "./throttle";

// Throttle counters in the database, so every server process sees the same counts.

/** One counter of a guess and its own limits; `soft` counters slow but never refuse. */
export interface ThrottleLimit {
  key: string;
  policy: ThrottlePolicy;
  soft?: boolean;
}

export async function checkLimits(
  prisma: PrismaClient,
  limits: ThrottleLimit[],
  now = new Date(),
): Promise<ThrottleDecision> {
  const counters = new Map(
    (await prisma.throttleCounter.findMany({ where: { key: { in: limits.map((limit) => limit.key) } } })).map(
      (counter) => [counter.key, counter],
    ),
  );
  let delayMs = 0;
  for (const limit of limits) {
    const decision = assessThrottle(counters.get(limit.key) ?? null, now, limit.policy, limit.soft);
    if (!decision.allowed) return decision;
    delayMs = Math.max(delayMs, decision.delayMs);
  }
  return { allowed: true, delayMs };
}

/** Counts a failure on every counter; answers the keys this failure locked (for an alert). */
export async function recordFailures(
  prisma: PrismaClient,
  limits: ThrottleLimit[],
  now = new Date(),
): Promise<string[]> {
  const locked: string[] = [];
  for (const { key, policy } of limits) {
    const next = await countFailure(prisma, key, policy, now);
    if (next.lockedUntil && next.failures === policy.maxFailures) locked.push(key);
  }
  return locked;
}

async function countFailure(
  prisma: PrismaClient,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<ThrottleCounter> {
  // Read and write in one serialisable step per key: concurrent guesses must all count.
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const current = await tx.throttleCounter.findUnique({ where: { key } });
    const next = afterFailure(current, now, policy);
    await tx.throttleCounter.upsert({ where: { key }, create: { key, ...next }, update: next });
    return next;
  });
}

/** Several counters under one policy (codes, password change). */
export async function checkThrottle(
  prisma: PrismaClient,
  keys: string[],
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<ThrottleDecision> {
  return checkLimits(
    prisma,
    keys.map((key) => ({ key, policy })),
    now,
  );
}

export async function recordFailure(
  prisma: PrismaClient,
  keys: string[],
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<void> {
  await recordFailures(
    prisma,
    keys.map((key) => ({ key, policy })),
    now,
  );
}

export async function clearThrottle(prisma: PrismaClient, keys: string[]): Promise<void> {
  await prisma.throttleCounter.deleteMany({ where: { key: { in: keys } } });
}

export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
