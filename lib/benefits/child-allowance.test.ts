import { describe, expect, it } from "vitest";
import {
  allowanceMultiplierPercent,
  regionalChildAllowance,
  unifiedAllowanceEstimate,
  underAllowanceAge,
  type AllowanceChild,
} from "./child-allowance";
import { incomePeriod, INCOME_PERIOD_RULES, meansTest, type FamilyMember, type IncomeLine } from "./means-test";
import { rubles } from "./money";
import { perCapitaSubsistenceMinimumOn, ReferenceDataError, REGIONAL_CHILD_ALLOWANCE, valueOn } from "./reference-data";

const params = valueOn(REGIONAL_CHILD_ALLOWANCE, "2026-04-15");

function family(
  applicationDate: string,
  children: { id: string; birthDate: string }[],
  rule: { incomeMonths: number; gapMonths: number },
  total: number,
) {
  const members: FamilyMember[] = [
    { id: "mother", relation: "applicant", birthDate: "1990-01-01" },
    { id: "father", relation: "spouse", birthDate: "1989-01-01" },
    ...children.map((c) => ({ id: c.id, relation: "child" as const, birthDate: c.birthDate })),
  ];
  const months = incomePeriod(applicationDate, rule);
  const each = Math.floor(total / months.length);
  const incomes: IncomeLine[] = months.map((month, i) => ({
    memberId: "father",
    month,
    type: "wages",
    amount: i === months.length - 1 ? total - each * (months.length - 1) : each,
    verified: true,
  }));
  return meansTest({
    members,
    incomes,
    applicationDate,
    rule,
    threshold: perCapitaSubsistenceMinimumOn(applicationDate),
  });
}

describe("regional child allowance (2016-era, demo amounts)", () => {
  const APPLIED = "2026-04-15";
  const son: AllowanceChild = { id: "son", birthDate: "2015-09-10", categories: ["singleMother"] };
  const daughter: AllowanceChild = { id: "daughter", birthDate: "2021-01-20", categories: ["alimonyEvasion"] };
  const teen: AllowanceChild = { id: "teen", birthDate: "2010-04-15" }; // 16 on the day of application
  // 2 adults + 3 children, ПМ 16 098 ₽: income up to 16 098 × 5 × 3 = 241 470 ₽ passes.
  const poor = family(APPLIED, [son, daughter, teen], INCOME_PERIOD_RULES.regional, rubles(241_470));
  const richer = family(APPLIED, [son, daughter, teen], INCOME_PERIOD_RULES.regional, rubles(241_470) + 1);

  it("is marked as demo data", () => {
    const entry = REGIONAL_CHILD_ALLOWANCE.entries[0]!;
    expect(entry.source).toMatch(/demo, not official/);
    expect(entry.uncertain).toBe(true);
  });

  it("pays the base raised by the child's largest category", () => {
    expect(allowanceMultiplierPercent([], params)).toBe(100);
    expect(allowanceMultiplierPercent(["singleMother"], params)).toBe(200);
    expect(allowanceMultiplierPercent(["alimonyEvasion", "conscriptParent"], params)).toBe(150);
    expect(allowanceMultiplierPercent(["alimonyEvasion", "singleMother"], params)).toBe(200);
  });

  it("grants it to a family exactly at the ПМ, for each child under the age limit", () => {
    expect(poor.eligible).toBe(true);
    const result = regionalChildAllowance({
      applicationDate: APPLIED,
      children: [son, daughter, teen],
      meansTest: poor,
      applicantIsLegalRepresentative: true,
      residentInTatarstan: true,
    });
    expect(result).toMatchObject({
      eligible: true,
      lines: [
        { childId: "son", multiplierPercent: 200, amount: rubles(1_000) },
        { childId: "daughter", multiplierPercent: 150, amount: rubles(750) },
      ],
      overAgeLimit: ["teen"],
      total: rubles(1_750),
    });
  });

  it("stops at 16 on the birthday itself, or at 18 for a child still at school", () => {
    expect(underAllowanceAge(teen, params, "2026-04-14")).toBe(true);
    expect(underAllowanceAge(teen, params, "2026-04-15")).toBe(false);
    expect(underAllowanceAge({ ...teen, atSchool: true }, params, "2026-04-15")).toBe(true);
    expect(underAllowanceAge({ ...teen, atSchool: true }, params, "2028-04-15")).toBe(false);
  });

  it("refuses a family one kopeck over the ПМ, and with every other reason that applies", () => {
    expect(richer.eligible).toBe(false);
    expect(
      regionalChildAllowance({
        applicationDate: APPLIED,
        children: [son],
        meansTest: richer,
        applicantIsLegalRepresentative: true,
        residentInTatarstan: true,
      }),
    ).toEqual({
      eligible: false,
      reasons: ["incomeAboveThreshold"],
    });
    expect(
      regionalChildAllowance({
        applicationDate: APPLIED,
        children: [teen],
        meansTest: poor,
        applicantIsLegalRepresentative: false,
        residentInTatarstan: false,
      }),
    ).toEqual({
      eligible: false,
      reasons: ["notLegalRepresentative", "notResidentInTatarstan", "childOverAgeLimit"],
    });
  });

  it("has no parameters before 2016", () => {
    expect(() =>
      regionalChildAllowance({
        applicationDate: "2015-12-31",
        children: [son],
        meansTest: poor,
        applicantIsLegalRepresentative: true,
        residentInTatarstan: true,
      }),
    ).toThrow(ReferenceDataError);
  });
});

describe("«единое пособие» estimate (pre-check)", () => {
  const APPLIED = "2025-06-10";
  const child = { id: "kid", birthDate: "2019-03-01" };
  // 2025: ПМ per capita 15 073 ₽, children 14 621 ₽. 3 people × 12 months × 15 073 = 542 628 ₽.
  const limit = rubles(542_628);
  const at50 = rubles(7_310.5 * 12);
  const at75 = rubles(10_965.75 * 12);
  const estimate = (total: number, children = [child]) =>
    unifiedAllowanceEstimate({
      applicationDate: APPLIED,
      children,
      meansTest: family(APPLIED, [child], INCOME_PERIOD_RULES.unifiedAllowance, total),
    });

  it("pays RT's 2025 range: 7 310,50 ₽ at 50 % to 14 621 ₽ at 100 %", () => {
    expect(estimate(rubles(500_000))).toMatchObject({
      eligible: true,
      percent: 50,
      perChild: rubles(7_310.5),
      total: rubles(7_310.5),
      childIds: ["kid"],
    });
    expect(estimate(0)).toMatchObject({ eligible: true, percent: 100, perChild: rubles(14_621) });
  });

  it("steps up to 75 % when income with the 50 % allowance stays at the ПМ, not one kopeck above", () => {
    expect(estimate(limit - at50)).toMatchObject({ percent: 75, perChild: rubles(10_965.75) });
    expect(estimate(limit - at50 + 1)).toMatchObject({ percent: 50 });
  });

  it("steps up to 100 % when income with the 75 % allowance stays at the ПМ", () => {
    expect(estimate(limit - at75)).toMatchObject({ percent: 100 });
    expect(estimate(limit - at75 + 1)).toMatchObject({ percent: 75 });
  });

  it("is refused above the ПМ and for children of 17", () => {
    expect(estimate(limit)).toMatchObject({ eligible: true, percent: 50 });
    expect(estimate(limit + 1)).toEqual({ eligible: false, reasons: ["incomeAboveThreshold"] });
    const seventeen = { id: "old", birthDate: "2008-06-10" };
    expect(estimate(0, [seventeen])).toEqual({ eligible: false, reasons: ["childOverAgeLimit"] });
    expect(estimate(0, [{ ...seventeen, birthDate: "2008-06-11" }])).toMatchObject({ eligible: true });
  });

  it("lists the tests it does not run", () => {
    const result = estimate(0);
    expect(result.eligible && result.notChecked.length).toBe(2);
  });
});
