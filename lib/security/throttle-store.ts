import type { PrismaClient } from "../generated/prisma/client";
import { afterFailure, assessThrottle, type ThrottleDecision, type ThrottlePolicy } from "./throttle";

// Throttle counters in the database, so every server process sees the same counts.

export async function checkThrottle(prisma: PrismaClient, keys: string[], policy: ThrottlePolicy, now = new Date()): Promise<ThrottleDecision> {
  const counters = await prisma.throttleCounter.findMany({ where: { key: { in: keys } } });
  let delayMs = 0;
  for (const counter of counters) {
    const decision = assessThrottle(counter, now, policy);
    if (!decision.allowed) return decision;
    delayMs = Math.max(delayMs, decision.delayMs);
  }
  return { allowed: true, delayMs };
}

export async function recordFailure(prisma: PrismaClient, keys: string[], policy: ThrottlePolicy, now = new Date()): Promise<void> {
  for (const key of keys) {
    // Read and write in one serialisable step per key: concurrent guesses must all count.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      const current = await tx.throttleCounter.findUnique({ where: { key } });
      const next = afterFailure(current, now, policy);
      await tx.throttleCounter.upsert({ where: { key }, create: { key, ...next }, update: next });
    });
  }
}

export async function clearThrottle(prisma: PrismaClient, keys: string[]): Promise<void> {
  await prisma.throttleCounter.deleteMany({ where: { key: { in: keys } } });
}

export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
