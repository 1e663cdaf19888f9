import { describe, expect, it } from "vitest";
import { SERVICE_IDS } from "../benefits/services";
import { parseApplication } from "./application-data";
import { computeEligibility } from "./eligibility";
import { validAnswers } from "./testing";

function parsed(serviceId: (typeof SERVICE_IDS)[number], change?: (a: ReturnType<typeof validAnswers>) => void) {
  const answers = validAnswers(serviceId);
  change?.(answers);
  const result = parseApplication(serviceId, answers);
  if (!result.ok) throw new Error(`invalid steps ${result.invalidSteps.join(", ")}`);
  return result.data;
}

describe("computeEligibility", () => {
  it("basic compensation: the second child in a 9 h group, 2026 draft figures — 50 % of the 3+ figure", () => {
    // Амина, born 02.09.2021, is 4 on 01.11.2026 → 3+ band: 2 231 ₽ × 50 % = 1 115,50 ₽.
    const outcome = computeEligibility("kindergarten-basic", parsed("kindergarten-basic"), "2026-11-23");
    expect(outcome.eligible).toBe(true);
    expect(outcome.amountKopecks).toBe(111_550);
    expect(outcome.uncertain).toBe(true);
    expect(outcome.period).toEqual({ start: "2026-12", months: 12 });
    expect(outcome.explanation.join("\n")).toContain("2-й ребенок");
  });

  it("basic compensation is capped at the fee and refused when the fee is not paid", () => {
    const capped = computeEligibility(
      "kindergarten-basic",
      parsed("kindergarten-basic", (a) => (a.kindergarten!.fee = "1 000")),
      "2026-11-23",
    );
    expect(capped.amountKopecks).toBe(100_000);
    const unpaid = computeEligibility(
      "kindergarten-basic",
      parsed("kindergarten-basic", (a) => delete a.kindergarten!.feePaid),
      "2026-11-23",
    );
    expect(unpaid).toMatchObject({ eligible: false, amountKopecks: null, refusalReasons: ["feeNotPaid"] });
  });

  it("a group without an average fee in the reference data is left to the caseworker", () => {
    const outcome = computeEligibility(
      "kindergarten-basic",
      parsed("kindergarten-basic", (a) => (a.kindergarten!.groupHours = "12")),
      "2026-11-23",
    );
    expect(outcome).toMatchObject({ eligible: null, amountKopecks: null });
  });

  it("additional compensation: family of 4 with 135 000 ₽ over 3 months is under the 2026 ПМ", () => {
    // 135 000 / 3 / 4 = 11 250 ₽ per person < 16 098 ₽.
    const outcome = computeEligibility("kindergarten-additional", parsed("kindergarten-additional"), "2026-11-23");
    expect(outcome.explanation.join("\n")).toContain("Среднедушевой доход: 11\u00a0250,00\u00a0₽");
    // The income period in month names, as a person reads it, not «2026-08 — 2026-10».
    expect(outcome.explanation.join("\n")).toContain("Доход семьи за 3 мес. (август — октябрь 2026 г.)");
    expect(outcome.explanation.join("\n")).not.toMatch(/\d{4}-\d{2}/);
    expect(outcome.eligible).toBe(true);
    expect(outcome.amountKopecks).toBeGreaterThan(0);
  });

  it("the child allowance is refused above the subsistence minimum", () => {
    const outcome = computeEligibility(
      "child-allowance",
      parsed("child-allowance", (a) => (a.family!.applicantIncome = "300 000")),
      "2026-11-23",
    );
    expect(outcome).toMatchObject({ eligible: false, refusalReasons: ["incomeAboveThreshold"] });
  });

  it("the child allowance: 500 ₽ per child, doubled for a single mother's child", () => {
    const outcome = computeEligibility(
      "child-allowance",
      parsed("child-allowance", (a) => (a.children!["children.1.singleMother"] = "on")),
      "2026-11-23",
    );
    expect(outcome.eligible).toBe(true);
    expect(outcome.amountKopecks).toBe(50_000 + 100_000);
  });
});
