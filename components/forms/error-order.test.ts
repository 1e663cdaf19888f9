import { describe, expect, it } from "vitest";
import { inPageOrder, summaryEntries } from "./fields";

describe("the error summary lists errors in page order", () => {
  it("follows the fields' order, not the order the checks ran (the phone was listed before «Фамилия»)", () => {
    const errors = {
      phone: "Введите номер",
      lastName: "Заполните поле «Фамилия»",
      "children.0.birthDate": "Введите дату",
    };
    expect(
      inPageOrder(errors, ["lastName", "firstName", "children.0.birthDate", "phone"]).map(([name]) => name),
    ).toEqual(["lastName", "children.0.birthDate", "phone"]);
  });

  it("keeps names it does not know after the others, in their own order", () => {
    expect(inPageOrder({ form: "x", b: "y", a: "z" }, ["a"]).map(([name]) => name)).toEqual(["a", "form", "b"]);
  });

  it("takes the labels' order when a form gives no order (the mock's registration listed the phone first)", () => {
    const labels = { lastName: "Фамилия", firstName: "Имя", mobile: "Мобильный телефон", agreement: "Согласие" };
    const errors = { mobile: "Введите номер", agreement: "Подтвердите согласие", lastName: "Заполните поле" };
    expect(summaryEntries(errors, labels, []).map(([name]) => name)).toEqual(["lastName", "mobile", "agreement"]);
    expect(summaryEntries(errors, labels, ["agreement"]).map(([name]) => name)).toEqual([
      "agreement",
      "mobile",
      "lastName",
    ]);
  });
});
