import { describe, expect, it } from "vitest";
import { inPageOrder } from "./fields";

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
});
