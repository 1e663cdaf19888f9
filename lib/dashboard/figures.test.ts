import { describe, expect, it } from "vitest";
import { groupShares, histogramPercentile, monthsBetween, percent, rankByShare, shareOf } from "./figures";

describe("the electronic share", () => {
  it("is the portal's part of everything received, to one decimal", () => {
    expect(shareOf({ portal: 2, in_person: 1, mfc: 0, post: 0 })).toMatchObject({
      total: 3,
      electronic: 2,
      share: 66.7,
    });
    expect(shareOf({ portal: 0, in_person: 0, mfc: 0, post: 0 }).share).toBeNull();
    expect(percent(7, 10)).toBe(70);
    expect(percent(1, 8)).toBe(12.5);
  });

  it("groups by a key and shows every key, even one with nothing received", () => {
    const groups = groupShares(
      [
        { key: "2026-10", channel: "portal", count: 3 },
        { key: "2026-10", channel: "mfc", count: 1 },
        { key: "2026-12", channel: "post", count: 2 },
        { key: "2027-01", channel: "portal", count: 9 },
      ],
      ["2026-10", "2026-11", "2026-12"],
    );
    expect(groups.map((group) => [group.key, group.figures.total, group.figures.share])).toEqual([
      ["2026-10", 4, 75],
      ["2026-11", 0, null],
      ["2026-12", 2, 0],
    ]);
  });
});

describe("the ranking of territories", () => {
  const item = (name: string, portal: number, paper: number) => ({
    name,
    figures: shareOf({ portal, in_person: paper, mfc: 0, post: 0 }),
  });

  it("puts the highest share first, equal shares on one place, and the silent ones last", () => {
    const ranked = rankByShare(
      [
        item("Буинский", 1, 1),
        item("Агрызский", 0, 0),
        item("Казань", 9, 1),
        item("Азнакаевский", 1, 1),
        item("Елабужский", 1, 3),
      ],
      70,
    );
    expect(ranked.map((row) => [row.place, row.item.name, row.share, row.meetsTarget])).toEqual([
      [1, "Казань", 90, true],
      [2, "Азнакаевский", 50, false],
      [2, "Буинский", 50, false],
      [4, "Елабужский", 25, false],
      [0, "Агрызский", null, false],
    ]);
  });

  it("counts a share equal to the target as meeting it", () => {
    expect(rankByShare([item("Казань", 7, 3)], 70)[0]!.meetsTarget).toBe(true);
  });
});

describe("percentiles of working days", () => {
  it("take the nearest rank", () => {
    // 1, 2, 2, 3, 10: median 2, 90th percentile the 5th value.
    const histogram = [
      { value: 10, count: 1 },
      { value: 2, count: 2 },
      { value: 1, count: 1 },
      { value: 3, count: 1 },
    ];
    expect(histogramPercentile(histogram, 50)).toBe(2);
    expect(histogramPercentile(histogram, 90)).toBe(10);
    expect(
      histogramPercentile(
        [
          { value: 4, count: 2 },
          { value: 6, count: 2 },
        ],
        50,
      ),
    ).toBe(4);
  });

  it("ignore empty bins and answer null with no decisions", () => {
    expect(histogramPercentile([{ value: 3, count: 0 }], 50)).toBeNull();
    expect(
      histogramPercentile(
        [
          { value: 3, count: 0 },
          { value: 5, count: 1 },
        ],
        90,
      ),
    ).toBe(5);
    expect(() => histogramPercentile([], 0)).toThrow(RangeError);
  });
});

it("lists the months of a period, across a new year", () => {
  expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  expect(monthsBetween("2026-11", "2026-10")).toEqual([]);
});
