import { describe, expect, it } from "vitest";
import { esiaPerson } from "../esia/testing";
import { differences, displayValue, type Profile } from "./profile";

const person = esiaPerson();

const cabinet: Profile = {
  lastName: "Хасанова",
  firstName: "Алиё",
  middleName: null,
  birthDate: "1990-03-14",
  gender: null,
  snils: null,
  email: "ALIYA.KHASANOVA@example.ru",
  phone: "+79170000099",
};

describe("differences between the cabinet and ESIA", () => {
  it("lists each field ESIA has and the cabinet holds differently, case and ё aside", () => {
    expect(
      differences(cabinet, person).map((difference) => [difference.label, difference.cabinet, difference.esia]),
    ).toEqual([
      ["Имя", "Алиё", "Алия"],
      ["Отчество", null, "Ринатовна"],
      ["Пол", null, "F"],
      ["СНИЛС", null, "112-233-445 95"],
      ["Мобильный телефон", "+79170000099", "+79170000002"],
    ]);
  });

  it("ignores fields ESIA did not send", () => {
    expect(
      differences({ ...cabinet, snils: "999-999-999 99" }, { ...person, snils: null }).some(
        (difference) => difference.field === "snils",
      ),
    ).toBe(false);
  });

  it("shows dates and sex as a person reads them", () => {
    expect(displayValue("birthDate", "1990-03-14")).toBe("14.03.1990");
    expect(displayValue("gender", "F")).toBe("Женский");
    expect(displayValue("middleName", null)).toBe("—");
  });
});
