import { describe, expect, it } from "vitest";
import { mailCodeForm, mailCodeOrderForm, operatorSearchForm, personalDataForm } from "./forms";

// The personal account's forms: what they accept, how they normalise it, what they say back.

const filled = {
  lastName: "Гайнуллина",
  firstName: "Лейсан",
  middleName: "",
  gender: "F",
  birthDate: "12.04.1992",
  birthPlace: "г. Казань",
  citizenship: "RUS",
  snils: "16789012307",
  passportSeries: "92 12",
  passportNumber: "123456",
  passportIssueDate: "20.04.2012",
  passportIssueId: "160005",
  passportIssuedBy: "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани",
};

describe("personalDataForm", () => {
  it("normalises what was typed into what the checks take", () => {
    expect(personalDataForm.parse(filled)).toEqual({
      ...filled,
      middleName: undefined,
      snils: "167-890-123 07",
      passportSeries: "9212",
      passportIssueId: "160-005",
    });
  });

  it("says beside each field what is wrong", () => {
    const result = personalDataForm.safeParse({
      ...filled,
      gender: undefined,
      citizenship: "OTHER",
      snils: "167-890-123 08",
      passportIssueDate: "01.01.2000",
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toMatchObject({
      gender: "Укажите пол",
      citizenship: "Стандартная учетная запись доступна гражданам России",
      snils: "Проверьте СНИЛС: контрольное число не совпадает",
    });
    expect(byField.passportIssueDate).toMatch(/Паспорт выдают с 14 лет/);
  });
});

describe("mailCodeForm", () => {
  it("takes the 8 digits as printed, with spaces or dashes between groups", () => {
    expect(mailCodeForm.parse({ code: " 1234 5678 " })).toEqual({ code: "12345678" });
    expect(mailCodeForm.parse({ code: "1234-5678" })).toEqual({ code: "12345678" });
  });

  it("asks for the code when empty and for 8 digits otherwise", () => {
    expect(mailCodeForm.safeParse({ code: "" }).error?.issues[0]?.message).toBe("Введите код подтверждения из письма");
    expect(mailCodeForm.safeParse({ code: "123456" }).error?.issues[0]?.message).toBe(
      "Код из письма состоит из 8 цифр",
    );
    expect(mailCodeForm.safeParse({ code: "1234567a" }).error?.issues[0]?.message).toBe(
      "Код из письма состоит из 8 цифр",
    );
  });
});

describe("mailCodeOrderForm and operatorSearchForm", () => {
  it("want a full postal address and a valid SNILS", () => {
    expect(mailCodeOrderForm.safeParse({ address: "Казань" }).success).toBe(false);
    expect(mailCodeOrderForm.parse({ address: " 420111, г. Казань, ул. Баумана, д. 19 " })).toEqual({
      address: "420111, г. Казань, ул. Баумана, д. 19",
    });
    expect(operatorSearchForm.parse({ snils: "112 233 445 95" })).toEqual({ snils: "112-233-445 95" });
    expect(operatorSearchForm.safeParse({ snils: "112-233-445 96" }).success).toBe(false);
  });
});
