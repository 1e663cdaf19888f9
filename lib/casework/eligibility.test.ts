import { describe, expect, it } from "vitest";
import { readEligibility } from "./eligibility";
import { approvalPrefill, changedFromPrefill } from "./commands";

describe("the stored eligibility", () => {
  const stored = {
    eligible: true,
    amountKopecks: 192_050,
    explanation: ["a"],
    refusalReasons: [],
    period: { start: "2026-12", months: 12 },
    referenceDate: "2026-11-23",
    uncertain: false,
  };

  it("reads what the citizen side stores, and tolerates damaged parts", () => {
    expect(readEligibility(stored)).toEqual(stored);
    expect(
      readEligibility({
        ...stored,
        eligible: null,
        period: { start: "2026-13", months: 12 },
        refusalReasons: ["incomeAboveThreshold", "unknown"],
        uncertain: undefined,
      }),
    ).toMatchObject({
      eligible: null,
      period: null,
      refusalReasons: ["incomeAboveThreshold"],
      uncertain: false,
    });
    expect(readEligibility(null)).toBeNull();
    expect(readEligibility({ amountKopecks: 1 })).toBeNull();
  });

  it("prefills the approval and says which values the caseworker changed", () => {
    const prefill = approvalPrefill(stored);
    expect(prefill).toEqual({ amountKopecks: 192_050, startMonth: "2026-12", months: 12 });
    expect(changedFromPrefill(prefill, { amount: 192_050, startMonth: "2026-12", months: 12 })).toEqual([]);
    expect(changedFromPrefill(prefill, { amount: 192_000, startMonth: "2026-12", months: 6 })).toEqual([
      "amount",
      "months",
    ]);
    expect(changedFromPrefill(approvalPrefill(null), { amount: 1, startMonth: "2026-12", months: 1 })).toEqual([
      "amount",
      "startMonth",
      "months",
    ]);
  });
});
