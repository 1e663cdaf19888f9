import { describe, expect, it } from "vitest";
import { roleLabel, staffNavigation, staffStartPage } from "./navigation";

describe("staff navigation", () => {
  it("shows each role only its own sections", () => {
    expect(staffNavigation("caseworker").map((link) => link.title)).toEqual([
      "Очередь заявлений",
      "Заявление на бумаге",
    ]);
    expect(staffNavigation("supervisor").map((link) => link.title)).toEqual([
      "Очередь заявлений",
      "Заявление на бумаге",
      "Показатели",
      "Листовки",
      "Журнал аудита",
      "Статистика",
    ]);
    expect(staffNavigation("ministry").map((link) => link.href)).toEqual(["/staff/dashboard", "/staff/leaflets"]);
    expect(staffNavigation("administrator")).toEqual([{ href: "/staff/admin", title: "Администрирование" }]);
  });

  it("starts administrators in administration and the others at the queue", () => {
    expect(staffStartPage("administrator")).toBe("/staff/admin");
    expect(staffStartPage("caseworker")).toBe("/staff/queue");
    expect(staffStartPage("supervisor")).toBe("/staff/queue");
    expect(staffStartPage("ministry")).toBe("/staff/dashboard");
  });

  it("names the roles in Russian", () => {
    expect([
      roleLabel("caseworker"),
      roleLabel("supervisor"),
      roleLabel("administrator"),
      roleLabel("ministry"),
    ]).toEqual(["Специалист", "Руководитель", "Администратор", "Министерство"]);
  });
});
