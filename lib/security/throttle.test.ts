import { describe, expect, it } from "vitest";
import { addressPolicy, afterFailure, assessThrottle, slowingOnly, type ThrottleCounter } from "./throttle";

const policy = { maxFailures: 5, windowSeconds: 900, lockSeconds: 900, slowAfter: 3 };
const now = new Date("2026-12-01T10:00:00Z");

function failures(count: number, limits = policy): ThrottleCounter | null {
  let counter: ThrottleCounter | null = null;
  for (let index = 0; index < count; index++) counter = afterFailure(counter, now, limits);
  return counter;
}

describe("login throttling (ASVS V2.2)", () => {
  it("slows each attempt more after a few failures, then locks", () => {
    expect([0, 1, 2, 3, 4].map((count) => assessThrottle(failures(count), now, policy))).toEqual([
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 500 },
      { allowed: true, delayMs: 1_000 },
    ]);
    expect(assessThrottle(failures(5), now, policy)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it("a soft lock slows its owner at the longest delay and refuses nobody", () => {
    expect(assessThrottle(failures(5), now, policy, true)).toEqual({ allowed: true, delayMs: 2_000 });
    expect(assessThrottle(failures(9), now, policy, true)).toEqual({ allowed: true, delayMs: 4_000 });
  });

  it("gives an address four times the limit and a slowing-only counter no lock at all", () => {
    expect(assessThrottle(failures(19, addressPolicy(policy)), now, addressPolicy(policy)).allowed).toBe(true);
    expect(assessThrottle(failures(20, addressPolicy(policy)), now, addressPolicy(policy)).allowed).toBe(false);
    const slow = slowingOnly(policy);
    expect(assessThrottle(failures(200, slow), now, slow)).toEqual({ allowed: true, delayMs: 4_000 });
  });

  it("forgets failures after the window and after a lock has run out", () => {
    const later = new Date(now.getTime() + 901_000);
    expect(assessThrottle(failures(4), later, policy)).toEqual({ allowed: true, delayMs: 0 });
    expect(assessThrottle(failures(5), later, policy)).toEqual({ allowed: true, delayMs: 0 });
  });
});
