import { describe, expect, it } from "vitest";
import { staffAccountForm } from "./forms";

describe("a new staff account's role and territorial body", () => {
  const base = {
    login: "ministry.ivanova",
    fullName: "Иванова Анна Петровна",
    password: "Sotrudnik-2026!",
    passwordConfirmation: "Sotrudnik-2026!",
  };

  it("the ministry, like the administrator, belongs to no territorial body", () => {
    expect(staffAccountForm.safeParse({ ...base, role: "ministry", territoryId: "" }).success).toBe(true);
    const withBody = staffAccountForm.safeParse({ ...base, role: "ministry", territoryId: "3" });
    expect(withBody.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["territoryId", "Сотрудник министерства не привязан к территориальному органу: оставьте поле пустым"],
    ]);
  });

  it("a caseworker and a supervisor need one", () => {
    for (const role of ["caseworker", "supervisor"])
      expect(staffAccountForm.safeParse({ ...base, role, territoryId: "" }).error?.issues[0]?.path).toEqual([
        "territoryId",
      ]);
    expect(staffAccountForm.safeParse({ ...base, role: "supervisor", territoryId: "3" }).success).toBe(true);
  });
});

describe("a new staff account's full name", () => {
  const account = (fullName: string) =>
    staffAccountForm.safeParse({
      login: "kazan.hadiev",
      fullName,
      role: "administrator",
      territoryId: "",
      password: "Sotrudnik-2026!",
      passwordConfirmation: "Sotrudnik-2026!",
    });

  it("takes Russian and Tatar letters", () => {
    for (const name of ["Иванова Анна Петровна", "Һадиев Рөстәм Илдар улы", "Җәләлова Гөлназ Үзбәковна"])
      expect(account(name).success, name).toBe(true);
  });

  it("refuses Latin letters and digits", () => {
    for (const name of ["Hadiev Rustam", "Һадиев 2"])
      expect(account(name).error?.issues.map((issue) => issue.message)).toEqual([
        "Фамилия, имя и отчество русскими или татарскими буквами",
      ]);
  });
});
