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

const MAX_DELAY_MS = 4_000;

/**
 * What a counter allows now. A soft lock (ASVS V2.2.1) does not refuse: it only slows, at the
 * longest delay, so that someone else's guessing never locks the owner out of their account.
 */
export function assessThrottle(
  counter: ThrottleCounter | null,
  now: Date,
  policy: ThrottlePolicy,
  soft = false,
): ThrottleDecision {
  if (!counter) return { allowed: true, delayMs: 0 };
  if (counter.lockedUntil && counter.lockedUntil > now) {
    if (soft) return { allowed: true, delayMs: delayAfter(counter.failures, policy) };
    return { allowed: false, retryAfterSeconds: Math.ceil((counter.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const windowOver = now.getTime() - counter.windowStartsAt.getTime() > policy.windowSeconds * 1000;
  const failures = windowOver || counter.lockedUntil ? 0 : counter.failures;
  return { allowed: true, delayMs: delayAfter(failures, policy) };
}

function delayAfter(failures: number, policy: ThrottlePolicy): number {
  const over = failures - policy.slowAfter;
  return over < 0 ? 0 : Math.min(500 * 2 ** over, MAX_DELAY_MS);
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

/** A shared address (an office, a mobile operator's NAT) gets this many times the account's limit. */
export const ADDRESS_LIMIT_FACTOR = 4;

/** The per-address limit of a login: several people's typos from one office must not lock it. */
export function addressPolicy(policy: ThrottlePolicy): ThrottlePolicy {
  const maxFailures = policy.maxFailures * ADDRESS_LIMIT_FACTOR;
  return { ...policy, maxFailures, slowAfter: Math.max(policy.slowAfter, maxFailures - 2) };
}

/** A counter that only slows guessing and never locks (a staff account across all addresses). */
export function slowingOnly(policy: ThrottlePolicy): ThrottlePolicy {
  return { ...policy, maxFailures: Number.POSITIVE_INFINITY };
}

/** «Повторите попытку через 15 минут» — minutes, rounded up, in the right grammatical form. */
export function retryAfterText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const lastTwo = minutes % 100;
  const last = minutes % 10;
  const word =
    lastTwo >= 11 && lastTwo <= 14 ? "минут" : last === 1 ? "минуту" : last >= 2 && last <= 4 ? "минуты" : "минут";
  return `${minutes} ${word}`;
}
