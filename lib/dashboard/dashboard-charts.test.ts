import { describe, expect, it } from "vitest";
import type { DashboardData } from "./dashboard";
import { chartAlternative, chartBars, chartSize, drawDashboardChart, isDashboardChart } from "./dashboard-charts";
import { shareOf } from "./figures";

const some = shareOf({ portal: 3, in_person: 1, mfc: 0, post: 0 }); // 75 %
const few = shareOf({ portal: 1, in_person: 3, mfc: 0, post: 0 }); // 25 %
const none = shareOf({ portal: 0, in_person: 0, mfc: 0, post: 0 });
const data: DashboardData = {
  territory: null,
  filters: { from: "2026-10", to: "2026-12", serviceId: null, territory: null },
  targetPercent: 70,
  overall: some,
  byService: [{ serviceId: "child-allowance", title: "Пособие на ребенка", figures: some }],
  byMonth: [
    { month: "2026-10", figures: few },
    { month: "2026-11", figures: some },
    { month: "2026-12", figures: none },
  ],
  ranking: [
    {
      place: 1,
      item: { territoryId: 1, code: "kazan", name: "город Казань", figures: some },
      share: 75,
      meetsTarget: true,
    },
    {
      place: 2,
      item: { territoryId: 2, code: "agryzsky", name: "Агрызский муниципальный район", figures: few },
      share: 25,
      meetsTarget: false,
    },
  ],
  byStatus: [],
  decisions: { decided: 0, medianDays: null, p90Days: null },
  awaiting: 0,
  overdue: 0,
  esiaLevels: [],
};

describe("the dashboard's charts", () => {
  it("are the three with a table of the same figures; anything else is not a chart", () => {
    expect(["months", "services", "territories"].every(isDashboardChart)).toBe(true);
    for (const other of ["statuses", "esia", "", "../months", null, 1]) expect(isDashboardChart(other)).toBe(false);
  });

  it("draw the figures of their table", () => {
    expect(chartBars(data, "months")).toEqual([
      { label: "окт. 2026", share: 25 },
      { label: "нояб. 2026", share: 75 },
      { label: "дек. 2026", share: null },
    ]);
    expect(chartBars(data, "territories").map((bar) => bar.label)).toEqual([
      "город Казань",
      "Агрызский муниципальный район",
    ]);
    const ranking = drawDashboardChart(data, "territories");
    expect(ranking.svg).toContain("город Казань<");
    expect(ranking.svg).toContain("75 %");
  });

  it("know their size before they are drawn (the image's width and height)", () => {
    for (const chart of ["months", "services", "territories"] as const) {
      const { width, height } = chartSize(data, chart);
      expect(drawDashboardChart(data, chart).svg).toMatch(new RegExp(`^<svg[^>]* width="${width}" height="${height}"`));
    }
  });

  it("carry an entity tag that changes with the figures and stays with them", () => {
    const before = drawDashboardChart(data, "months");
    expect(before.etag).toMatch(/^"[\w-]{27}"$/);
    expect(drawDashboardChart({ ...data }, "months").etag).toBe(before.etag);
    expect(drawDashboardChart({ ...data, targetPercent: 75 }, "months").etag).not.toBe(before.etag);
    const moved = { ...data, byMonth: [{ month: "2026-10", figures: some }, ...data.byMonth.slice(1)] };
    expect(drawDashboardChart(moved, "months").etag).not.toBe(before.etag);
  });

  it("say in words what they show and where the numbers are", () => {
    expect(chartAlternative(data, "months")).toBe(
      "Столбчатая диаграмма «Доля электронных заявлений по месяцам»: цель 70 % достигнута в 1 из 2; наибольшая — нояб. 2026, 75 %; наименьшая — окт. 2026, 25 %. Числа — в таблице ниже.",
    );
    expect(chartAlternative(data, "services")).toBe(
      "Линейчатая диаграмма «Доля электронных заявлений по услугам»: цель 70 % достигнута в 1 из 1; Пособие на ребенка — 75 %. Числа — в таблице ниже.",
    );
    const empty = { ...data, ranking: [{ ...data.ranking[1]!, share: null }] };
    expect(chartAlternative(empty, "territories")).toBe(
      "Линейчатая диаграмма «Рейтинг территорий по доле электронных заявлений»: заявлений нет. Числа — в таблице ниже.",
    );
  });
});
