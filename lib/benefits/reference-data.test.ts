import { describe, expect, it } from "vitest";
import { dayOfWeek, isWeekend } from "./calendar";
import { isKopecks, rubles } from "./money";
import {
  missingFeeAdvice,
  AVERAGE_PARENTAL_FEE,
  averageFeeOn,
  BASIC_COMPENSATION_RATES,
  childSubsistenceMinimumOn,
  entryOn,
  halfFeeRoundedUp,
  MAX_FAMILY_SHARE,
  perCapitaSubsistenceMinimumOn,
  ReferenceDataError,
  REGIONAL_CHILD_ALLOWANCE,
  RUSSIA_2026,
  SUBSISTENCE_MINIMUM,
  subsistenceMinimumOn,
  TATARSTAN_2026,
  valueOn,
  type DatedTable,
} from "./reference-data";

const TABLES: DatedTable<unknown>[] = [
  SUBSISTENCE_MINIMUM,
  AVERAGE_PARENTAL_FEE,
  BASIC_COMPENSATION_RATES,
  MAX_FAMILY_SHARE,
  REGIONAL_CHILD_ALLOWANCE,
];

/** Every number in a value that is an amount (kopecks) — found by key name. */
function amounts(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(amounts);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) =>
      typeof v === "number" && /perCapita|workingAge|pensioners|children|ordinary|large|incomeUpTo|base/.test(key)
        ? [v]
        : amounts(v),
    );
  }
  return [];
}

describe("dated tables", () => {
  it.each(TABLES.map((t) => [t.name, t] as const))(
    "%s: dated, sourced, ordered, amounts in whole kopecks",
    (_name, table) => {
      expect(table.entries.length).toBeGreaterThan(0);
      const starts = table.entries.map((e) => e.validFrom);
      expect(starts).toEqual([...starts].sort());
      expect(new Set(starts).size).toBe(starts.length);
      for (const entry of table.entries) {
        expect(entry.source.length).toBeGreaterThan(10);
        if (entry.validTo) expect(entry.validTo >= entry.validFrom).toBe(true);
        if (entry.uncertain) expect(entry.note).toBeTruthy();
        for (const amount of amounts(entry.value)) expect(isKopecks(amount) && amount > 0).toBe(true);
      }
    },
  );

  it("pick the value in force on a date, switching on the very day a new one starts", () => {
    expect(perCapitaSubsistenceMinimumOn("2022-05-31")).toBe(rubles(10_756));
    expect(perCapitaSubsistenceMinimumOn("2022-06-01")).toBe(rubles(11_832));
    expect(perCapitaSubsistenceMinimumOn("2025-12-31")).toBe(rubles(15_073));
    expect(perCapitaSubsistenceMinimumOn("2026-01-01")).toBe(rubles(16_098));
  });

  it("throw a clear error before the first entry", () => {
    expect(() => valueOn(SUBSISTENCE_MINIMUM, "2020-12-31")).toThrow(ReferenceDataError);
    expect(() => valueOn(SUBSISTENCE_MINIMUM, "2020-12-31")).toThrow(
      "Прожиточный минимум РТ: no value in force on 2020-12-31; the table starts on 2021-01-01",
    );
    expect(() => valueOn(REGIONAL_CHILD_ALLOWANCE, "2015-06-01")).toThrow(ReferenceDataError);
  });

  it("throw past the period an act names, rather than reuse a stale figure", () => {
    expect(() => perCapitaSubsistenceMinimumOn("2027-01-01")).toThrow(/ran to 2026-12-31/);
    // No average-fee act for 2023 is stored: the 2022 act does not stretch over it.
    expect(() => entryOn(AVERAGE_PARENTAL_FEE, "2023-03-01")).toThrow(ReferenceDataError);
  });

  it("refuse a malformed date", () => {
    expect(() => valueOn(SUBSISTENCE_MINIMUM, "01.01.2026")).toThrow(RangeError);
  });

  it("keep tables without an end open", () => {
    expect(valueOn(BASIC_COMPENSATION_RATES, "2030-01-01")).toEqual({ first: 20, second: 50, thirdAndLater: 70 });
  });
});

describe("прожиточный минимум РТ (§11)", () => {
  it.each([
    ["2021-06-01", 9_955, 10_622, 8_423, 9_995],
    ["2022-01-01", 10_756, 11_724, 9_250, 10_433],
    ["2022-06-01", 11_832, 12_896, 10_175, 11_476],
    ["2023-06-01", 12_219, 13_319, 10_508, 11_852],
    ["2024-06-01", 13_135, 14_317, 11_296, 12_741],
    ["2025-06-01", 15_073, 16_430, null, 14_621],
    ["2026-06-01", 16_098, 17_547, 13_844, 15_615],
  ] as const)("on %s", (date, perCapita, workingAge, pensioners, children) => {
    expect(subsistenceMinimumOn(date)).toEqual({
      perCapita: rubles(perCapita),
      workingAge: rubles(workingAge),
      pensioners: pensioners === null ? null : rubles(pensioners),
      children: rubles(children),
    });
  });

  it("uses the raised 2024 figure (13 135), not the superseded 12 966", () => {
    expect(perCapitaSubsistenceMinimumOn("2024-01-01")).toBe(rubles(13_135));
    expect(childSubsistenceMinimumOn("2024-01-01")).toBe(rubles(12_741));
  });
});

describe("средний размер родительской платы (§2.3)", () => {
  it("gives the published figures", () => {
    expect(averageFeeOn("2024-09-01", { hours: 9, ageBand: "3plus", familyType: "ordinary" }).amount).toBe(
      rubles(1_920),
    );
    expect(averageFeeOn("2021-02-01", { hours: 24, ageBand: "3plus", familyType: "large" }).amount).toBe(rubles(1_079));
    expect(averageFeeOn("2022-02-01", { hours: 6, ageBand: "under3", familyType: "large" }).amount).toBe(rubles(588));
    expect(averageFeeOn("2026-02-01", { hours: 3, ageBand: "under3", familyType: "large" }).amount).toBe(rubles(454));
  });

  it("switches to the 2026–2028 draft on 1 January 2026 and marks it uncertain", () => {
    const december = averageFeeOn("2025-12-31", { hours: 9, ageBand: "3plus", familyType: "ordinary" });
    const january = averageFeeOn("2026-01-01", { hours: 9, ageBand: "3plus", familyType: "ordinary" });
    expect(december).toMatchObject({ amount: rubles(1_920), uncertain: false, derived: false });
    expect(january).toMatchObject({ amount: rubles(2_231), uncertain: true, derived: false });
    expect(january.notes.join(" ")).toMatch(/draft/i);
  });

  it("derives an unpublished «многодетная» figure as half, rounded up to the ruble", () => {
    expect(averageFeeOn("2024-09-01", { hours: 9, ageBand: "3plus", familyType: "large" })).toMatchObject({
      amount: rubles(960),
      derived: true,
      uncertain: true,
    });
    expect(averageFeeOn("2024-09-01", { hours: 24, ageBand: "under3", familyType: "large" }).amount).toBe(
      rubles(1_807),
    );
  });

  it("rounds halves the way the published pairs do", () => {
    const pairs = AVERAGE_PARENTAL_FEE.entries.flatMap((e) => e.value).filter((row) => row.large !== null && !row.note);
    expect(pairs.length).toBeGreaterThan(8);
    for (const row of pairs) expect(halfFeeRoundedUp(row.ordinary)).toBe(row.large);
  });

  it("uses the one 24 h figure of the draft for both age bands", () => {
    for (const ageBand of ["under3", "3plus"] as const) {
      expect(averageFeeOn("2026-05-01", { hours: 24, ageBand, familyType: "ordinary" })).toMatchObject({
        amount: rubles(4_199),
        uncertain: true,
      });
    }
  });

  it("throws for a group with no published figure", () => {
    expect(() => averageFeeOn("2024-09-01", { hours: 3, ageBand: "3plus", familyType: "ordinary" })).toThrow(
      ReferenceDataError,
    );
    expect(() => averageFeeOn("2024-09-01", { hours: 12, ageBand: "3plus", familyType: "ordinary" })).toThrow(
      ReferenceDataError,
    );
    expect(() => averageFeeOn("2026-09-01", { hours: 6, ageBand: "3plus", familyType: "ordinary" })).toThrow(
      /6 h group/,
    );
  });

  it("reads a mode without its own row as its category does: 5 h is short stay, 10,5 h is сокращенный день", () => {
    // The 2026–2028 draft has no 5 h row: its short-stay (3 h) row, 820 ₽ for 3+.
    expect(averageFeeOn("2026-09-01", { hours: 5, ageBand: "3plus", familyType: "ordinary" })).toMatchObject({
      amount: rubles(820),
      uncertain: true,
    });
    // The 2024–2026 act has its own 5 h row.
    expect(averageFeeOn("2024-09-01", { hours: 5, ageBand: "3plus", familyType: "ordinary" })).toMatchObject({
      amount: rubles(1_082),
    });
    // 10,5 h takes the 9 h row (both 8–10,5 h): 2 231 ₽ for 3+ in 2026, 1 920 ₽ in 2024.
    const tenAndHalf = averageFeeOn("2026-09-01", { hours: 10.5, ageBand: "3plus", familyType: "ordinary" });
    expect(tenAndHalf).toMatchObject({ amount: rubles(2_231), uncertain: true });
    expect(tenAndHalf.notes.join(" ")).toMatch(/9 h row of its category \(сокращенный день/);
    expect(averageFeeOn("2024-09-01", { hours: 10.5, ageBand: "under3", familyType: "ordinary" }).amount).toBe(
      rubles(2_020),
    );
  });

  it("for a mode the act has no figure for, names the act and the modes it publishes", () => {
    expect(missingFeeAdvice("2026-09-01", 12)).toEqual({ act: "draft2026", published: [3, 9, 24] });
    expect(missingFeeAdvice("2024-09-01", 6)).toEqual({ act: "fee2024", published: [3, 5, 9, 24] });
    expect(missingFeeAdvice("2026-09-01", 10.5)).toBeNull();
    expect(missingFeeAdvice("2026-09-01", 5)).toBeNull();
  });
});

describe("production calendar 2026", () => {
  it("lists only weekdays of 2026, once each", () => {
    for (const year of [RUSSIA_2026, TATARSTAN_2026]) {
      const dates = year.daysOff.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) {
        expect(date.startsWith("2026-")).toBe(true);
        expect(isWeekend(date)).toBe(false);
      }
      for (const date of year.workingWeekendDays) expect([0, 6]).toContain(dayOfWeek(date));
      expect(year.note).toMatch(/yearly/);
    }
  });

  it("adds Tatarstan's three weekday holidays to the federal ones", () => {
    const federal = new Set(RUSSIA_2026.daysOff.map((d) => d.date));
    expect(TATARSTAN_2026.daysOff.filter((d) => !federal.has(d.date))).toEqual([
      { date: "2026-03-20", name: "Ураза-байрам" },
      { date: "2026-05-27", name: "Курбан-байрам" },
      { date: "2026-11-06", name: "День Конституции Республики Татарстан" },
    ]);
  });
});
