import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  additionalCompensation,
  additionalCompensationAmount,
  incomeBandOn,
  maxFamilySharePercent,
  type AdditionalCompensationInput,
} from "./additional-compensation";
import { basicCompensation, type BasicCompensation } from "./kindergarten-compensation";
import { INCOME_PERIOD_RULES, meansTest, perCapitaIncome, type PerCapitaIncome } from "./means-test";
import { rubles } from "./money";

/** A per-capita income of exactly `amount` a month (1 member, 1 month). */
const perPerson = (amount: number): PerCapitaIncome => perCapitaIncome(amount, 1, 1);

/** A granted basic compensation К for a child of `order` (the fields the formula reads). */
function granted(order: number, amount: number): BasicCompensation {
  const base = basicCompensation({
    month: "2024-09",
    childId: "c",
    children: [{ id: "c", birthDate: "2020-01-01" }],
    applicantIsLegalRepresentative: true,
    residentInTatarstan: true,
    kindergarten: { attends: true, groupHours: 9, feeExempt: false, feeCharged: rubles(5_000), feePaid: rubles(5_000) },
    assignedToOtherParent: false,
  });
  if (!base.eligible) throw new Error("fixture");
  return { ...base, order, amount };
}

function run(overrides: Partial<AdditionalCompensationInput>): ReturnType<typeof additionalCompensation> {
  return additionalCompensation({
    month: "2024-09",
    basic: granted(1, rubles(400)),
    fee: rubles(2_500),
    income: perPerson(rubles(9_000)),
    ...overrides,
  });
}

describe("ДК = Ф × (100 − МДД) / 100 − К", () => {
  it("§3.2 worked example: 9 000 ₽ per person, first child, Ф = 2 500, К = 400 → ДК = 600, the family pays 1 500 = 60 %", () => {
    expect(run({})).toMatchObject({
      eligible: true,
      band: 1,
      maxFamilySharePercent: 60,
      fee: rubles(2_500),
      basicAmount: rubles(400),
      amount: rubles(600),
      familyPays: rubles(1_500),
      mayPayInTwoSteps: true,
      uncertain: true,
    });
  });

  it("[NAB] check: a second child under 15 000 ₽ with Ф = 3 418 leaves the family about 1 470 ₽ (43 %)", () => {
    const result = run({ basic: granted(2, rubles(960)), fee: rubles(3_418), income: perPerson(rubles(14_000)) });
    expect(result).toMatchObject({ eligible: true, band: 2, maxFamilySharePercent: 43, familyPays: rubles(1_469.74) });
  });

  it("reads the table by band and order, the 4th child taking the 3rd column", () => {
    const expected = [
      [rubles(10_000), [60, 38, 23, 23]],
      [rubles(15_000), [70, 43, 36, 36]],
      [rubles(20_000), [80, 53, 53, 53]],
    ] as const;
    for (const [income, shares] of expected) {
      const band = incomeBandOn(perPerson(income), "2024-09-01")!;
      expect([1, 2, 3, 4].map((order) => maxFamilySharePercent(band, order))).toEqual(shares);
    }
  });

  it("puts income exactly on a band's edge in that band, and one kopeck more in the next", () => {
    expect(incomeBandOn(perPerson(rubles(10_000)), "2024-09-01")?.band).toBe(1);
    expect(incomeBandOn(perPerson(rubles(10_000.01)), "2024-09-01")?.band).toBe(2);
    expect(incomeBandOn(perPerson(rubles(15_000)), "2024-09-01")?.band).toBe(2);
    expect(incomeBandOn(perPerson(rubles(20_000)), "2024-09-01")?.band).toBe(3);
    expect(incomeBandOn(perPerson(rubles(20_000.01)), "2024-09-01")).toBeNull();
    // Exact fractions: 60 000,01 ₽ over 3 months for 2 people is a hair above 10 000 ₽.
    expect(incomeBandOn(perCapitaIncome(rubles(60_000) + 1, 3, 2), "2024-09-01")?.band).toBe(2);
  });

  it("pays nothing above 20 000 ₽ per person", () => {
    expect(run({ income: perPerson(rubles(20_000.01)) })).toEqual({
      eligible: false,
      reasons: ["incomeAboveThreshold"],
    });
    expect(run({ income: perPerson(rubles(20_000)) })).toMatchObject({ eligible: true, band: 3 });
  });

  it("pays nothing when the basic compensation already keeps the family under МДД", () => {
    // Band 3, first child: МДД 80 % → 20 % of 2 500 = 500 ≤ К = 500.
    expect(run({ basic: granted(1, rubles(500)), income: perPerson(rubles(18_000)) })).toEqual({
      eligible: false,
      reasons: ["noAmountDue"],
    });
    expect(additionalCompensationAmount(rubles(2_500), 80, rubles(900))).toBe(0);
  });

  it("is refused for the same reasons as the basic compensation", () => {
    const refused: BasicCompensation = { eligible: false, reasons: ["childDoesNotAttend"] };
    expect(run({ basic: refused })).toEqual({ eligible: false, reasons: ["childDoesNotAttend"] });
  });

  it("refuses a bad МДД or amount", () => {
    expect(() => additionalCompensationAmount(rubles(2_500), 101, 0)).toThrow(RangeError);
    expect(() => additionalCompensationAmount(-1, 60, 0)).toThrow(RangeError);
  });

  it("never goes below zero, and К + ДК never exceeds the fee", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: rubles(10_000) }),
        fc.integer({ min: 0, max: rubles(10_000) }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: rubles(25_000) }),
        (fee, basicAmount, order, income) => {
          const result = run({ basic: granted(order, Math.min(basicAmount, fee)), fee, income: perPerson(income) });
          if (!result.eligible) return true;
          return result.amount > 0 && result.basicAmount + result.amount <= fee && result.familyPays >= 0;
        },
      ),
    );
  });
});

describe("from application to amount", () => {
  it("chains the means test, the basic and the additional compensation for one family", () => {
    const applied = "2024-10-07";
    const months = ["2024-07", "2024-08", "2024-09"];
    const test = meansTest({
      members: [
        { id: "mother", relation: "applicant", birthDate: "1992-01-01" },
        { id: "father", relation: "spouse", birthDate: "1990-01-01" },
        { id: "elder", relation: "child", birthDate: "2016-02-10" },
        { id: "pupil", relation: "child", birthDate: "2020-05-20" },
      ],
      incomes: months.map((month) => ({
        memberId: "father",
        month,
        type: "wages" as const,
        amount: rubles(52_000),
        verified: true,
      })),
      applicationDate: applied,
      rule: INCOME_PERIOD_RULES.regional,
      threshold: rubles(20_000),
    });
    expect(test.income.rounded).toBe(rubles(13_000));

    const basic = basicCompensation({
      month: "2024-10",
      childId: "pupil",
      children: [
        { id: "elder", birthDate: "2016-02-10" },
        { id: "pupil", birthDate: "2020-05-20" },
      ],
      applicantIsLegalRepresentative: true,
      residentInTatarstan: true,
      kindergarten: {
        attends: true,
        groupHours: 9,
        feeExempt: false,
        feeCharged: rubles(3_000),
        feePaid: rubles(3_000),
      },
      assignedToOtherParent: false,
    });
    expect(basic).toMatchObject({ eligible: true, order: 2, amount: rubles(960) });

    // Band 2, second child: МДД 43 % → ДК = 3 000 × 57 % − 960 = 750 ₽; the family pays 1 290 ₽.
    expect(additionalCompensation({ month: "2024-10", basic, fee: rubles(3_000), income: test.income })).toMatchObject({
      eligible: true,
      amount: rubles(750),
      familyPays: rubles(1_290),
    });
  });
});
