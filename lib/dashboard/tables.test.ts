import { describe, expect, it } from "vitest";
import type { DashboardData } from "./dashboard";
import { shareOf } from "./figures";
import { dashboardCsv, dashboardTable } from "./tables";
import { targetForm } from "./forms";

const figures = shareOf({ portal: 2, in_person: 1, mfc: 0, post: 1 });
const data: DashboardData = {
  territory: null,
  filters: { from: "2026-11", to: "2026-11", serviceId: null, territory: null },
  targetPercent: 70,
  overall: figures,
  byService: [{ serviceId: "child-allowance", title: "Ежемесячное пособие на ребенка", figures }],
  byMonth: [{ month: "2026-11", figures }],
  ranking: [
    {
      place: 1,
      item: { territoryId: 1, code: "kazan", name: "=город Казань", figures },
      share: 50,
      meetsTarget: false,
    },
    {
      place: 0,
      item: {
        territoryId: 2,
        code: "agryzsky",
        name: "Агрызский муниципальный район",
        figures: shareOf({ portal: 0, in_person: 0, mfc: 0, post: 0 }),
      },
      share: null,
      meetsTarget: false,
    },
  ],
  byStatus: [{ status: "approved", count: 3 }],
  decisions: { decided: 3, medianDays: 4, p90Days: 9 },
  awaiting: 1,
  overdue: 0,
  esiaLevels: [{ level: "none", count: 1, share: 25 }],
};

describe("dashboard tables", () => {
  it("carry every channel and the share with a decimal comma", () => {
    expect(dashboardTable(data, "months").rows).toEqual([["ноябрь 2026 г.", 4, 2, 1, 0, 1, "50"]]);
    expect(dashboardTable(data, "territories").header.at(-1)).toBe("Цель 70 % достигнута");
    expect(dashboardTable(data, "territories").rows[1]).toEqual([
      "—",
      "Агрызский муниципальный район",
      0,
      0,
      0,
      0,
      0,
      "—",
      "—",
    ]);
  });

  it("export as CSV by the workspace's rules: BOM, CRLF, a formula neutralised", () => {
    const csv = dashboardCsv(data, "territories");
    expect(csv.startsWith("\uFEFFМесто,Территория,Всего,")).toBe(true);
    expect(csv).toContain("\r\n1,'=город Казань,4,2,1,0,1,50,нет\r\n");
    expect(dashboardCsv(data, "esia")).toContain('"Нет учетной записи ЕСИА, привязанной к кабинету",1,25\r\n');
  });
});

it("the target is a whole percent from 1 to 100", () => {
  expect(targetForm.parse({ percent: " 75 " })).toEqual({ percent: 75 });
  for (const bad of ["0", "101", "7,5", "", "abc"]) expect(targetForm.safeParse({ percent: bad }).success).toBe(false);
});
