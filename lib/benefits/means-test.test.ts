import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  familyComposition,
  incomePeriod,
  INCOME_PERIOD_RULES,
  isAtMost,
  meansTest,
  memberExclusion,
  perCapitaIncome,
  type FamilyMember,
  type IncomeLine,
} from "./means-test";
import { rubles } from "./money";
import { perCapitaSubsistenceMinimumOn } from "./reference-data";

const APPLIED = "2026-04-15";
const mother: FamilyMember = { id: "mother", relation: "applicant", birthDate: "1990-03-14", status: "working" };
const father: FamilyMember = { id: "father", relation: "spouse", birthDate: "1988-07-01", status: "working" };
const son: FamilyMember = { id: "son", relation: "child", birthDate: "2015-09-10" };
const daughter: FamilyMember = { id: "daughter", relation: "child", birthDate: "2021-01-20" };

function wages(memberId: string, perMonth: number, months: string[], verified = true): IncomeLine[] {
  return months.map((month) => ({ memberId, month, type: "wages", amount: perMonth, verified }));
}

describe("family composition", () => {
  it("counts the applicant, the spouse and minor children", () => {
    const { counted, excluded } = familyComposition([mother, father, son, daughter], APPLIED);
    expect(counted.map((m) => m.id)).toEqual(["mother", "father", "son", "daughter"]);
    expect(excluded).toEqual([]);
  });

  it("counts a child from 18 until the 23rd birthday only while in full-time study", () => {
    const student: FamilyMember = { id: "s", relation: "child", birthDate: "2003-04-15", status: "fullTimeStudent" };
    const worker: FamilyMember = { id: "w", relation: "child", birthDate: "2006-01-01", status: "working" };
    expect(memberExclusion(student, "2026-04-14")).toBeNull(); // 22
    expect(memberExclusion(student, "2026-04-15")).toBe("adultChild"); // 23 on this day
    expect(memberExclusion(worker, "2026-04-15")).toBe("adultChild"); // 20, not studying
    expect(memberExclusion({ ...worker, birthDate: "2008-04-16" }, "2026-04-15")).toBeNull(); // 17 for one more day
    expect(memberExclusion({ ...worker, birthDate: "2008-04-15" }, "2026-04-15")).toBe("adultChild"); // 18 today
  });

  it("leaves out conscripts, people on full state support, prisoners and other relatives", () => {
    expect(memberExclusion({ ...father, status: "conscript" }, APPLIED)).toBe("conscript");
    expect(memberExclusion({ ...son, status: "fullStateSupport" }, APPLIED)).toBe("fullStateSupport");
    expect(memberExclusion({ ...father, status: "servingSentence" }, APPLIED)).toBe("servingSentence");
    expect(memberExclusion({ id: "gran", relation: "other", birthDate: "1960-01-01" }, APPLIED)).toBe(
      "notFamilyMember",
    );
    expect(memberExclusion({ ...mother, status: "conscript" }, APPLIED)).toBeNull(); // the applicant always counts
  });

  it("refuses a member listed twice or a family without the applicant", () => {
    expect(() => familyComposition([mother, son, son], APPLIED)).toThrow(/twice/);
    expect(() => familyComposition([father, son], APPLIED)).toThrow(/applicant/);
  });
});

describe("income period", () => {
  it("is the 3 months before the month of application for the regional services", () => {
    expect(incomePeriod("2026-04-15", INCOME_PERIOD_RULES.regional)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(incomePeriod("2026-02-01", INCOME_PERIOD_RULES.regional)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("is the 12 months ending one month before the month of application for «единое пособие»", () => {
    const months = incomePeriod("2026-04-15", INCOME_PERIOD_RULES.unifiedAllowance);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-03");
    expect(months[11]).toBe("2026-02");
  });

  it("refuses nonsense rules", () => {
    expect(() => incomePeriod(APPLIED, { incomeMonths: 0, gapMonths: 0 })).toThrow(RangeError);
    expect(() => incomePeriod(APPLIED, { incomeMonths: 3, gapMonths: -1 })).toThrow(RangeError);
  });
});

describe("per-capita income", () => {
  it("is total ÷ months ÷ members, compared exactly", () => {
    const income = perCapitaIncome(rubles(100), 3, 1);
    expect(income.rounded).toBe(rubles(33.33));
    expect(isAtMost(income, rubles(33.33))).toBe(false); // 33.333… exceeds 33.33
    expect(isAtMost(income, rubles(33.34))).toBe(true);
    expect(() => perCapitaIncome(100, 0, 1)).toThrow(RangeError);
  });
});

describe("means test", () => {
  const period = ["2026-01", "2026-02", "2026-03"];
  const threshold = perCapitaSubsistenceMinimumOn(APPLIED); // 16 098 ₽ in 2026

  it("passes a family whose income is exactly at the ПМ, and fails it one kopeck above", () => {
    // 4 members × 16 098 ₽ × 3 months = 193 176 ₽, all earned by the father.
    const atThreshold = wages("father", rubles(64_392), period);
    const result = meansTest({
      members: [mother, father, son, daughter],
      incomes: atThreshold,
      applicationDate: APPLIED,
      rule: INCOME_PERIOD_RULES.regional,
      threshold,
    });
    expect(result.income).toEqual({ total: rubles(193_176), months: 3, members: 4, rounded: rubles(16_098) });
    expect(result.eligible).toBe(true);
    const above = [
      ...atThreshold,
      { memberId: "mother", month: "2026-02", type: "other" as const, amount: 1, verified: true },
    ];
    expect(
      meansTest({
        members: [mother, father, son, daughter],
        incomes: above,
        applicationDate: APPLIED,
        rule: INCOME_PERIOD_RULES.regional,
        threshold,
      }).eligible,
    ).toBe(false);
  });

  it("ignores months outside the period and incomes of members left out", () => {
    const incomes = [
      ...wages("mother", rubles(30_000), period),
      ...wages("mother", rubles(500_000), ["2025-12", "2026-04"]),
      ...wages("father", rubles(90_000), period), // a conscript: not in the family
    ];
    const result = meansTest({
      members: [mother, { ...father, status: "conscript" }, son],
      incomes,
      applicationDate: APPLIED,
      rule: INCOME_PERIOD_RULES.regional,
      threshold,
    });
    expect(result.composition.counted.map((m) => m.id)).toEqual(["mother", "son"]);
    expect(result.composition.excluded).toEqual([{ member: { ...father, status: "conscript" }, reason: "conscript" }]);
    expect(result.income.total).toBe(rubles(90_000));
    expect(result.income.rounded).toBe(rubles(15_000));
    expect(result.eligible).toBe(true);
  });

  it("counts self-declared lines for the caseworker to confirm", () => {
    const incomes = [...wages("mother", rubles(10_000), period, false), ...wages("father", rubles(10_000), period)];
    const result = meansTest({
      members: [mother, father],
      incomes,
      applicationDate: APPLIED,
      rule: INCOME_PERIOD_RULES.regional,
      threshold,
    });
    expect(result.unverifiedLines).toBe(3);
  });

  it("refuses negative or fractional amounts", () => {
    const bad = [{ memberId: "mother", month: "2026-01", type: "wages" as const, amount: -1, verified: true }];
    expect(() =>
      meansTest({
        members: [mother],
        incomes: bad,
        applicationDate: APPLIED,
        rule: INCOME_PERIOD_RULES.regional,
        threshold,
      }),
    ).toThrow(RangeError);
  });

  it("is monotonic: more income never makes an ineligible family eligible", () => {
    const members = [mother, father, son, daughter];
    const line = fc.record({
      memberId: fc.constantFrom("mother", "father", "son", "daughter", "stranger"),
      month: fc.constantFrom("2025-12", ...period, "2026-04"),
      type: fc.constantFrom("wages" as const, "pension" as const, "alimony" as const),
      amount: fc.integer({ min: 0, max: rubles(200_000) }),
      verified: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.array(line, { maxLength: 4 }),
        fc.integer({ min: 0, max: rubles(50_000) }),
        (base, extra, threshold) => {
          const run = (incomes: IncomeLine[]) =>
            meansTest({ members, incomes, applicationDate: APPLIED, rule: INCOME_PERIOD_RULES.regional, threshold });
          const before = run(base);
          const after = run([...base, ...extra]);
          expect(after.income.total).toBeGreaterThanOrEqual(before.income.total);
          if (!before.eligible) expect(after.eligible).toBe(false);
        },
      ),
    );
  });

  it("is monotonic in the threshold: a higher ПМ never makes an eligible family ineligible", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: rubles(1_000_000) }),
        fc.integer({ min: 0, max: rubles(40_000) }),
        fc.integer({ min: 0, max: rubles(10_000) }),
        (total, threshold, raise) => {
          const income = perCapitaIncome(total, 3, 4);
          if (isAtMost(income, threshold)) expect(isAtMost(income, threshold + raise)).toBe(true);
        },
      ),
    );
  });
});
