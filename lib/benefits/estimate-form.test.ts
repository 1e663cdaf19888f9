import { describe, expect, it } from "vitest";
import { addYears, formatRussianDate, todayInMoscow } from "../validation/calendar-date";
import { fieldErrors } from "../forms/form-state";
import {
  additionalEstimateForm,
  allowanceEstimateForm,
  basicEstimateForm,
  ESTIMATE_FIELDS,
  ESTIMATE_FIELD_LABELS,
  ESTIMATE_FORMS,
  parseRublesInput,
} from "./estimate-form";

const today = todayInMoscow();
const fourYearsAgo = addYears(today, -4);

const basic = {
  childBirthDate: formatRussianDate(fourYearsAgo),
  childrenCount: "2",
  childOrder: "2",
  groupHours: "9",
  fee: "2 500",
};

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) {
  return result.success ? {} : fieldErrors(result.error!);
}

describe("estimate forms", () => {
  it("reads rubles as people type them", () => {
    expect(parseRublesInput("2 500")).toBe(250_000);
    expect(parseRublesInput("2\u00a0500,5")).toBe(250_050);
    expect(parseRublesInput("2500.05 ₽")).toBe(250_005);
    expect(parseRublesInput("1 920 руб.")).toBe(192_000);
    expect(parseRublesInput("0")).toBe(0);
    for (const bad of ["", "две тысячи", "-100", "1,234", "1,2,3", "123456789"])
      expect(parseRublesInput(bad), bad).toBeNull();
  });

  it("parses the kindergarten form into the estimate's input", () => {
    expect(basicEstimateForm.parse(basic)).toEqual({
      childBirthDate: fourYearsAgo,
      childrenCount: 2,
      childOrder: 2,
      groupHours: 9,
      fee: 250_000,
    });
    expect(basicEstimateForm.parse({ ...basic, groupHours: "10.5", childBirthDate: fourYearsAgo })).toMatchObject({
      groupHours: 10.5,
      childBirthDate: fourYearsAgo,
    });
  });

  it("puts each problem beside its field, with the field's own label in the required message", () => {
    expect(errorsOf(basicEstimateForm.safeParse({}))).toEqual({
      childBirthDate: "Заполните поле «Дата рождения ребенка»",
      childrenCount: "Заполните поле «Количество детей в семье»",
      childOrder: "Заполните поле «Каким по счету родился ребенок»",
      groupHours: "Выберите режим пребывания в группе",
      fee: "Заполните поле «Родительская плата в месяц, ₽»",
    });
    expect(
      errorsOf(basicEstimateForm.safeParse({ ...basic, fee: "бесплатно", childrenCount: "0", groupHours: "7" })),
    ).toEqual({
      fee: "Введите сумму в рублях, например 2 500 или 2 500,50",
      childrenCount: "Введите целое число от 1 до 20",
      groupHours: "Выберите режим пребывания в группе",
    });
    expect(errorsOf(basicEstimateForm.safeParse({ ...basic, fee: "0" }))).toEqual({
      fee: "Сумма должна быть больше нуля",
    });
  });

  it("refuses a birth date in the future, of a child past kindergarten age, or not a date", () => {
    const tomorrow = formatRussianDate(addYears(today, 1));
    expect(errorsOf(basicEstimateForm.safeParse({ ...basic, childBirthDate: tomorrow }))).toEqual({
      childBirthDate: "Дата рождения не может быть в будущем",
    });
    const eight = formatRussianDate(addYears(today, -8));
    expect(errorsOf(basicEstimateForm.safeParse({ ...basic, childBirthDate: eight })).childBirthDate).toMatch(
      /^Детский сад посещают дети до 8 лет/,
    );
    expect(errorsOf(basicEstimateForm.safeParse({ ...basic, childBirthDate: "31.02.2023" }))).toEqual({
      childBirthDate: "Введите дату в формате дд.мм.гггг",
    });
  });

  it("checks the order against the number of children, and the family against its children", () => {
    expect(errorsOf(basicEstimateForm.safeParse({ ...basic, childOrder: "3" }))).toEqual({
      childOrder: "Не может быть больше количества детей в семье",
    });
    const family = { ...basic, familySize: "2", income: "60 000" };
    expect(errorsOf(additionalEstimateForm.safeParse(family))).toEqual({
      familySize: "В семье не меньше 3 человек: вы и 2 ребенка. Проверьте число членов семьи",
    });
    expect(additionalEstimateForm.parse({ ...family, familySize: "3" })).toMatchObject({
      familySize: 3,
      income: 6_000_000,
      childrenCount: 2,
    });
  });

  it("parses the allowance form, zero income and zero children included", () => {
    expect(
      allowanceEstimateForm.parse({ familySize: "4", income: "0", allowanceChildren: "2", category: "singleMother" }),
    ).toEqual({
      familySize: 4,
      income: 0,
      childrenCount: 2,
      category: "singleMother",
    });
    expect(
      allowanceEstimateForm.parse({ familySize: "1", income: "1", allowanceChildren: "0", category: "none" }),
    ).toMatchObject({ childrenCount: 0 });
    expect(
      errorsOf(
        allowanceEstimateForm.safeParse({ familySize: "2", income: "1", allowanceChildren: "2", category: "other" }),
      ),
    ).toEqual({ category: "Выберите категорию семьи" });
    expect(
      errorsOf(
        allowanceEstimateForm.safeParse({ familySize: "2", income: "1", allowanceChildren: "2", category: "none" }),
      ),
    ).toEqual({
      familySize: "В семье не меньше 3 человек: вы и 2 ребенка. Проверьте число членов семьи",
    });
  });

  it("lists, for every service, exactly the fields its schema reads, each with a label", () => {
    for (const [serviceId, fields] of Object.entries(ESTIMATE_FIELDS)) {
      const errors = errorsOf(ESTIMATE_FORMS[serviceId as keyof typeof ESTIMATE_FORMS].safeParse({}));
      expect(Object.keys(errors).sort(), serviceId).toEqual([...fields].sort());
      for (const field of fields) expect(ESTIMATE_FIELD_LABELS[field]).toBeTruthy();
    }
  });
});
