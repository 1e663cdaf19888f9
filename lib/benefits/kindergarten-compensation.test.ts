import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageBandOn,
  basicCompensation,
  childOrder,
  compensationPercent,
  familyTypeOn,
  rankedChildren,
  type BasicCompensationInput,
  type FamilyChild,
} from "./kindergarten-compensation";
import { rubles } from "./money";
import { ReferenceDataError } from "./reference-data";

const elder: FamilyChild = { id: "elder", birthDate: "2016-02-10" };
const pupil: FamilyChild = { id: "pupil", birthDate: "2020-05-20" }; // 4 in September 2024

function input(overrides: Partial<BasicCompensationInput> = {}): BasicCompensationInput {
  return {
    month: "2024-09",
    childId: "pupil",
    children: [elder, pupil],
    applicantIsLegalRepresentative: true,
    residentInTatarstan: true,
    kindergarten: { attends: true, groupHours: 9, feeExempt: false, feeCharged: rubles(2_500), feePaid: rubles(2_500) },
    assignedToOtherParent: false,
    ...overrides,
  };
}

describe("order of the child", () => {
  it("ranks the family's children by birth date, eldest first", () => {
    const kids: FamilyChild[] = [pupil, elder, { id: "baby", birthDate: "2023-01-01" }];
    expect(rankedChildren(kids, "2024-09-01").map((c) => c.id)).toEqual(["elder", "pupil", "baby"]);
    expect(childOrder(kids, "baby", "2024-09-01")).toBe(3);
    expect(() => childOrder(kids, "nobody", "2024-09-01")).toThrow(RangeError);
  });

  it("orders twins by their place in the multiple birth, whatever order they are listed in", () => {
    const twinA: FamilyChild = { id: "a", birthDate: "2021-03-03", multipleBirthOrder: 1 };
    const twinB: FamilyChild = { id: "b", birthDate: "2021-03-03", multipleBirthOrder: 2 };
    expect(childOrder([twinB, twinA], "a", "2024-09-01")).toBe(1);
    expect(childOrder([twinB, twinA], "b", "2024-09-01")).toBe(2);
    // With an elder sibling the twins are 2nd and 3rd: one gets 50 %, the other 70 %.
    expect(childOrder([twinB, elder, twinA], "a", "2024-09-01")).toBe(2);
    expect(childOrder([twinB, elder, twinA], "b", "2024-09-01")).toBe(3);
  });

  it("falls back to the listed order for twins without a recorded place", () => {
    const twinA: FamilyChild = { id: "a", birthDate: "2021-03-03" };
    const twinB: FamilyChild = { id: "b", birthDate: "2021-03-03" };
    expect(rankedChildren([twinB, twinA], "2024-09-01").map((c) => c.id)).toEqual(["b", "a"]);
  });

  it("counts an adult child only under 23 and in full-time study", () => {
    const student: FamilyChild = { id: "student", birthDate: "2003-09-01", fullTimeStudent: true };
    const worker: FamilyChild = { id: "worker", birthDate: "2003-09-02" };
    expect(childOrder([student, worker, pupil], "pupil", "2024-09-01")).toBe(2);
    // The student turns 23 on 1 September 2026: from that day the pupil moves up.
    expect(childOrder([student, pupil], "pupil", "2026-08-31")).toBe(2);
    expect(childOrder([student, pupil], "pupil", "2026-09-01")).toBe(1);
  });

  it("drops a sibling on the 18th birthday", () => {
    const sibling: FamilyChild = { id: "sibling", birthDate: "2006-09-01" };
    expect(childOrder([sibling, pupil], "pupil", "2024-08-01")).toBe(2);
    expect(childOrder([sibling, pupil], "pupil", "2024-09-01")).toBe(1);
  });

  it("makes a family of three counted children «многодетная»", () => {
    expect(familyTypeOn([elder, pupil], "2024-09-01")).toBe("ordinary");
    expect(familyTypeOn([elder, pupil, { id: "baby", birthDate: "2024-08-31" }], "2024-09-01")).toBe("large");
    expect(familyTypeOn([elder, pupil, { id: "unborn", birthDate: "2024-09-02" }], "2024-09-01")).toBe("ordinary");
  });

  it("pays 20, 50 and 70 %", () => {
    expect([1, 2, 3, 4, 7].map((order) => compensationPercent(order, "2024-09-01"))).toEqual([20, 50, 70, 70, 70]);
    expect(() => compensationPercent(0, "2024-09-01")).toThrow(RangeError);
  });

  it("puts a child in the 3-and-older band from the third birthday", () => {
    expect(ageBandOn("2021-09-01", "2024-08-31")).toBe("under3");
    expect(ageBandOn("2021-09-01", "2024-09-01")).toBe("3plus");
  });
});

describe("basic compensation", () => {
  it("§2.4 worked example: 2024, 9 h group, child of 4, second child → 0.50 × 1 920 = 960 ₽", () => {
    const result = basicCompensation(input());
    expect(result).toMatchObject({
      eligible: true,
      order: 2,
      percent: 50,
      ageBand: "3plus",
      familyType: "ordinary",
      fullAmount: rubles(960),
      amount: rubles(960),
      capped: false,
      proRated: false,
    });
  });

  it("pays 20 % to the first child and 70 % of the halved fee to a third child of a large family", () => {
    expect(basicCompensation(input({ children: [pupil] }))).toMatchObject({
      eligible: true,
      order: 1,
      amount: rubles(384),
    });
    const third = basicCompensation(
      input({ month: "2026-02", childId: "pupil", children: [{ id: "e1", birthDate: "2012-01-01" }, elder, pupil] }),
    );
    // 2026 draft: 9 h, 3 and older, многодетная = 1 116 ₽; 70 % = 781,20 ₽.
    expect(third).toMatchObject({ eligible: true, order: 3, familyType: "large", amount: rubles(781.2) });
  });

  it("takes the under-3 fee for a toddler, and the new band from the month the child turns 3 on its first day", () => {
    const toddler: FamilyChild = { id: "toddler", birthDate: "2021-09-01" };
    const august = basicCompensation(input({ month: "2024-08", childId: "toddler", children: [toddler] }));
    const september = basicCompensation(input({ month: "2024-09", childId: "toddler", children: [toddler] }));
    expect(august).toMatchObject({ ageBand: "under3", amount: rubles(404) }); // 20 % × 2 020
    expect(september).toMatchObject({ ageBand: "3plus", amount: rubles(384) }); // 20 % × 1 920
  });

  it("uses the new average fee from the first month it is in force", () => {
    expect(basicCompensation(input({ month: "2025-12" }))).toMatchObject({ amount: rubles(960) });
    expect(basicCompensation(input({ month: "2026-01" }))).toMatchObject({ amount: rubles(1_115.5) }); // 50 % × 2 231
  });

  it("never pays more than the fee paid for the month", () => {
    const result = basicCompensation(
      input({
        kindergarten: {
          attends: true,
          groupHours: 9,
          feeExempt: false,
          feeCharged: rubles(2_500),
          feePaid: rubles(700),
        },
      }),
    );
    expect(result).toMatchObject({ eligible: true, fullAmount: rubles(960), amount: rubles(700), capped: true });
    const uncapped = basicCompensation(
      input({
        kindergarten: {
          attends: true,
          groupHours: 9,
          feeExempt: false,
          feeCharged: rubles(2_500),
          feePaid: rubles(700),
        },
      }),
      {
        capAtFeePaid: false,
        proRateByAttendance: false,
      },
    );
    expect(uncapped).toMatchObject({ amount: rubles(960), capped: false });
  });

  it("pro-rates by attendance when the policy says so", () => {
    const policy = { capAtFeePaid: true, proRateByAttendance: true };
    expect(basicCompensation(input({ attendance: { attendedDays: 15, scheduledDays: 20 } }), policy)).toMatchObject({
      amount: rubles(720),
      proRated: true,
    });
    expect(basicCompensation(input({ attendance: { attendedDays: 0, scheduledDays: 20 } }), policy)).toEqual({
      eligible: false,
      reasons: ["noAmountDue"],
    });
    expect(() => basicCompensation(input(), policy)).toThrow(/Attendance/);
    expect(() => basicCompensation(input({ attendance: { attendedDays: 21, scheduledDays: 20 } }), policy)).toThrow(
      RangeError,
    );
  });

  it("refuses with every reason that applies", () => {
    expect(
      basicCompensation(
        input({ applicantIsLegalRepresentative: false, residentInTatarstan: false, assignedToOtherParent: true }),
      ),
    ).toEqual({
      eligible: false,
      reasons: ["notLegalRepresentative", "notResidentInTatarstan", "alreadyAssignedToOtherParent"],
    });
    const place = input().kindergarten;
    expect(basicCompensation(input({ kindergarten: { ...place, attends: false } }))).toEqual({
      eligible: false,
      reasons: ["childDoesNotAttend"],
    });
    expect(basicCompensation(input({ kindergarten: { ...place, feeExempt: true } }))).toEqual({
      eligible: false,
      reasons: ["noFeeCharged"],
    });
    expect(basicCompensation(input({ kindergarten: { ...place, feeCharged: 0, feePaid: 0 } }))).toEqual({
      eligible: false,
      reasons: ["noFeeCharged"],
    });
    expect(basicCompensation(input({ kindergarten: { ...place, feePaid: 0 } }))).toEqual({
      eligible: false,
      reasons: ["feeNotPaid"],
    });
  });

  it("refuses for a child who no longer counts as a child", () => {
    const adult: FamilyChild = { id: "adult", birthDate: "2006-01-01" };
    expect(basicCompensation(input({ childId: "adult", children: [adult] }))).toEqual({
      eligible: false,
      reasons: ["childOverAgeLimit"],
    });
  });

  it("throws when RT has no average fee for the month or the group", () => {
    expect(() => basicCompensation(input({ month: "2023-05" }))).toThrow(ReferenceDataError);
    const place = input().kindergarten;
    expect(() => basicCompensation(input({ kindergarten: { ...place, groupHours: 12 } }))).toThrow(ReferenceDataError);
  });

  it("refuses inputs that are not whole kopecks, or a child not yet born", () => {
    const place = input().kindergarten;
    expect(() => basicCompensation(input({ kindergarten: { ...place, feePaid: 10.5 } }))).toThrow(RangeError);
    expect(() => basicCompensation(input({ month: "2020-01" }))).toThrow(/not yet born/);
    expect(() => basicCompensation(input({ childId: "nobody" }))).toThrow(RangeError);
  });

  it("is never negative and never exceeds the fee paid or charged", () => {
    const child = fc.record({
      birthDate: fc
        .integer({ min: 0, max: 25 * 365 })
        .map((days) => new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
      fullTimeStudent: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 0, maxLength: 5 }),
        fc.integer({ min: 2019, max: 2023 }).map((y) => `${y}-${String((y % 9) + 1).padStart(2, "0")}-15`),
        fc.constantFrom("2024-03", "2024-09", "2025-06", "2026-01", "2026-11"),
        fc.constantFrom(9 as const, 24 as const),
        fc.integer({ min: 0, max: rubles(10_000) }),
        fc.integer({ min: 0, max: rubles(10_000) }),
        fc.boolean(),
        (siblings, pupilBirth, month, groupHours, feeCharged, feePaid, attends) => {
          const children = [...siblings.map((s, i) => ({ id: `s${i}`, ...s })), { id: "pupil", birthDate: pupilBirth }];
          const result = basicCompensation(
            input({ month, children, kindergarten: { attends, groupHours, feeExempt: false, feeCharged, feePaid } }),
          );
          if (!result.eligible) return true;
          return result.amount > 0 && result.amount <= feePaid && result.amount <= feeCharged;
        },
      ),
    );
  });
});
