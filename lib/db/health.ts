import type { PrismaClient } from "../generated/prisma/client";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; reason: "timeout" | "error" };

const TIMED_OUT = Symbol("timed out");

/** Settles within ms whatever the promise does: a stopped server must not hang a health check. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function timedOut(value: unknown): value is typeof TIMED_OUT {
  return value === TIMED_OUT;
}

export async function checkDatabase(prisma: PrismaClient, timeoutMs: number): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const outcome = await withTimeout(prisma.$queryRaw`SELECT 1`, timeoutMs);
    if (timedOut(outcome)) return { ok: false, reason: "timeout" };
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, reason: "error" };
  }
}
