// Throttling of guesses (passwords, one-time codes): after a few failures within a window each
// further attempt is slowed, and at the limit the key is refused until the lock expires. Keys
// name what is guessed at ("esia-mock:login:account:42") and from where ("…:ip:10.0.0.1"), so a
// spray across accounts from one address and a guess at one account from many are both caught.

export interface ThrottlePolicy {
  /** Failures within the window that lock the key. */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
  /** From this many failures on, each attempt first waits (500 ms, doubling, capped at 4 s). */
  slowAfter: number;
}

export interface ThrottleCounter {
  failures: number;
  windowStartsAt: Date;
  lockedUntil: Date | null;
}

export type ThrottleDecision = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export function assessThrottle(counter: ThrottleCounter | null, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  if (!counter) return { allowed: true, delayMs: 0 };
  if (counter.lockedUntil && counter.lockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((counter.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const windowOver = now.getTime() - counter.windowStartsAt.getTime() > policy.windowSeconds * 1000;
  const failures = windowOver || counter.lockedUntil ? 0 : counter.failures;
  const over = failures - policy.slowAfter;
  return { allowed: true, delayMs: over < 0 ? 0 : Math.min(500 * 2 ** over, 4_000) };
}

export function afterFailure(counter: ThrottleCounter | null, now: Date, policy: ThrottlePolicy): ThrottleCounter {
  const expired =
    !counter ||
    now.getTime() - counter.windowStartsAt.getTime() > policy.windowSeconds * 1000 ||
    (counter.lockedUntil !== null && counter.lockedUntil <= now);
  const failures = expired ? 1 : counter.failures + 1;
  return {
    failures,
    windowStartsAt: expired ? now : counter.windowStartsAt,
    lockedUntil: failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockSeconds * 1000) : null,
  };
}

/** «Повторите попытку через 15 минут» — minutes, rounded up, in the right grammatical form. */
export function retryAfterText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const lastTwo = minutes % 100;
  const last = minutes % 10;
  const word = lastTwo >= 11 && lastTwo <= 14 ? "минут" : last === 1 ? "минуту" : last >= 2 && last <= 4 ? "минуты" : "минут";
  return `${minutes} ${word}`;
}
