import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  accountField,
  bikField,
  birthCertificateNumberField,
  birthCertificateSeriesField,
  checkAccountAgainstBik,
  checkPassportIssueAgainstBirthDate,
  checkPasswordConfirmation,
  dateOfBirthField,
  emailField,
  innField,
  legalInnField,
  mirCardField,
  optionalField,
  passportIssueDateField,
  passportNumberField,
  passportSeriesField,
  passwordField,
  personNameField,
  phoneField,
  requiredMessage,
  snilsField,
  subdivisionCodeField,
} from "./fields";

/** The messages a form would show for this input, or the parsed value. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}
function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join("; "));
  return result.data;
}

describe("required fields", () => {
  it("say which field to fill in when missing, null or blank", () => {
    expect(requiredMessage("СНИЛС")).toBe("Заполните поле «СНИЛС»");
    for (const input of [undefined, null, "", "   "]) {
      expect(messages(snilsField, input)).toEqual(["Заполните поле «СНИЛС»"]);
      expect(messages(personNameField("Фамилия"), input)).toEqual(["Заполните поле «Фамилия»"]);
    }
    expect(messages(phoneField, "")).toEqual(["Заполните поле «Телефон»"]);
    expect(messages(passwordField, "")).toEqual(["Заполните поле «Пароль»"]);
    expect(messages(dateOfBirthField, "")).toEqual(["Заполните поле «Дата рождения»"]);
  });
});

describe("optional fields", () => {
  it("turn blank into undefined and still validate what is typed", () => {
    const patronymic = personNameField("Отчество", { required: false });
    for (const input of [undefined, null, "", "  "]) expect(parsed(patronymic, input)).toBeUndefined();
    expect(parsed(patronymic, " Ринатовна ")).toBe("Ринатовна");
    expect(parsed(patronymic, "Рөстәм улы")).toBe("Рөстәм улы");
    expect(messages(patronymic, "Rinatovna")).toEqual([
      "Используйте русские или татарские буквы, пробел, дефис или апостроф",
    ]);

    const email = optionalField(emailField);
    expect(parsed(email, "")).toBeUndefined();
    expect(messages(email, "aliya@")).toEqual(["Введите адрес электронной почты, например ivanova@mail.ru"]);
  });
});

describe("identifier fields", () => {
  it("SNILS: formatted value, format and checksum messages", () => {
    expect(parsed(snilsField, "11223344595")).toBe("112-233-445 95");
    expect(messages(snilsField, "112-233-445")).toEqual(["Введите СНИЛС из 11 цифр"]);
    expect(messages(snilsField, "112-233-445 9б")).toEqual(["Введите СНИЛС из 11 цифр"]);
    expect(messages(snilsField, "112-233-445 96")).toEqual(["Проверьте СНИЛС: контрольное число не совпадает"]);
  });

  it("INN: 12 digits for a person, 10 for an organisation", () => {
    expect(parsed(innField, " 500100732259 ")).toBe("500100732259");
    expect(messages(innField, "7707083893")).toEqual(["Введите ИНН из 12 цифр"]);
    expect(messages(innField, "500111732259")).toEqual(["Проверьте ИНН: контрольные цифры не совпадают"]);
    expect(parsed(legalInnField, "7707083893")).toBe("7707083893");
    expect(messages(legalInnField, "7707083894")).toEqual(["Проверьте ИНН: контрольная цифра не совпадает"]);
  });
});

describe("contact and account fields", () => {
  it("phone: normalised, with an example in the message", () => {
    expect(parsed(phoneField, "8 917 000-00-01")).toBe("+79170000001");
    expect(messages(phoneField, "8 (843) 5-114-115")).toEqual([
      "Введите номер мобильного телефона, например +7 917 000-00-01",
    ]);
  });

  it("e-mail: trimmed, domain lower-cased", () => {
    expect(parsed(emailField, " aliya@Example.RU ")).toBe("aliya@example.ru");
  });

  it("password: one message per unmet rule, never trimmed", () => {
    expect(parsed(passwordField, "Qwerty12")).toBe("Qwerty12");
    expect(messages(passwordField, "qwerty")).toEqual([
      "Пароль должен быть не короче 8 символов",
      "Добавьте заглавную латинскую букву (A–Z)",
      "Добавьте цифру",
    ]);
    expect(messages(passwordField, "QWERTY12")).toEqual(["Добавьте строчную латинскую букву (a–z)"]);
    expect(messages(passwordField, "Qwerty12 ")).toEqual([
      "Используйте только латинские буквы, цифры и знаки, без пробелов и русских букв",
    ]);
  });

  it("password confirmation must match", () => {
    const form = z
      .object({ password: passwordField, passwordConfirmation: z.string() })
      .superRefine((values, ctx) => checkPasswordConfirmation(values, ctx));
    expect(form.safeParse({ password: "Qwerty12", passwordConfirmation: "Qwerty12" }).success).toBe(true);
    const result = form.safeParse({ password: "Qwerty12", passwordConfirmation: "Qwerty13" });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["passwordConfirmation"], "Пароли не совпадают"],
    ]);
  });

  it("bank account: BIK and account each checked, then the key against the BIK", () => {
    const bankDetails = z
      .object({ bik: bikField, account: accountField })
      .superRefine((values, ctx) => checkAccountAgainstBik(values, ctx));
    const issues = (input: unknown) =>
      bankDetails.safeParse(input).error?.issues.map((issue) => [issue.path, issue.message]) ?? [];

    expect(parsed(bankDetails, { bik: "049 205 603", account: "40817 810 9 6200 0012345" })).toEqual({
      bik: "049205603",
      account: "40817810962000012345",
    });
    expect(issues({ bik: "049205603", account: "40817810962000012346" })).toEqual([
      [["account"], "Проверьте номер счета и БИК: номер счета не соответствует БИК банка"],
    ]);
    expect(issues({ bik: "04920560", account: "4081781096200001234" })).toEqual([
      [["bik"], "Введите БИК из 9 цифр"],
      [["account"], "Введите номер счета из 20 цифр"],
    ]);
    expect(issues({ bik: "019205400", account: "40817810962000012345" })).toEqual([
      [["bik"], "БИК российского банка начинается с 04"],
    ]);
    expect(issues({})).toEqual([
      [["bik"], "Заполните поле «БИК»"],
      [["account"], "Заполните поле «Номер счета»"],
    ]);
  });

  it("«Мир» card: format, typo and scheme messages", () => {
    expect(parsed(mirCardField, "2200 0000 0000 0004")).toBe("2200000000000004");
    expect(messages(mirCardField, "2200 0000 0000")).toEqual(["Введите номер карты: от 16 до 19 цифр"]);
    expect(messages(mirCardField, "2200 0000 0000 0005")).toEqual(["Проверьте номер карты: в нем есть ошибка"]);
    expect(messages(mirCardField, "4111 1111 1111 1111")).toEqual([
      "Нужна карта «Мир»: ее номер начинается с 2200–2204",
    ]);
  });
});

describe("name fields", () => {
  it("give a message for each kind of problem", () => {
    const surname = personNameField("Фамилия");
    expect(parsed(surname, "  Римский -  Корсаков ")).toBe("Римский-Корсаков");
    expect(messages(surname, "-Иванов")).toEqual(["Должно начинаться и заканчиваться буквой"]);
    expect(messages(surname, "Иванов--Петров")).toEqual(["Уберите лишние дефисы, пробелы или апострофы между буквами"]);
    expect(messages(surname, "Я".repeat(61))).toEqual(["Не длиннее 60 символов"]);
  });
});

describe("date fields", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-06-15T09:00:00+03:00"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("date of birth: either spelling, real dates only, not in the future, not before 1900", () => {
    expect(parsed(dateOfBirthField, "14.03.1990")).toBe("1990-03-14");
    expect(parsed(dateOfBirthField, "1990-03-14")).toBe("1990-03-14");
    expect(parsed(dateOfBirthField, "15.06.2026")).toBe("2026-06-15"); // born today
    expect(parsed(dateOfBirthField, "01.01.1900")).toBe("1900-01-01");
    expect(messages(dateOfBirthField, "31.02.1990")).toEqual(["Введите дату в формате дд.мм.гггг"]);
    expect(messages(dateOfBirthField, "14/03/1990")).toEqual(["Введите дату в формате дд.мм.гггг"]);
    expect(messages(dateOfBirthField, "16.06.2026")).toEqual(["Дата рождения не может быть в будущем"]);
    expect(messages(dateOfBirthField, "31.12.1899")).toEqual([
      "Проверьте дату рождения: она не может быть раньше 01.01.1900",
    ]);
  });

  it("passport issue date: not in the future, and not before the 14th birthday", () => {
    const passport = z
      .object({ birthDate: dateOfBirthField, issueDate: passportIssueDateField })
      .superRefine((values, ctx) => checkPassportIssueAgainstBirthDate(values, ctx));
    expect(parsed(passport, { birthDate: "14.03.1990", issueDate: "14.03.2004" })).toEqual({
      birthDate: "1990-03-14",
      issueDate: "2004-03-14",
    });
    expect(messages(passport, { birthDate: "14.03.1990", issueDate: "13.03.2004" })).toEqual([
      "Паспорт выдают с 14 лет: дата выдачи не может быть раньше 14.03.2004",
    ]);
    expect(messages(passport, { birthDate: "14.03.1990", issueDate: "16.06.2026" })).toEqual([
      "Дата выдачи не может быть в будущем",
    ]);
  });
});

describe("document fields", () => {
  it("passport series, number and subdivision code", () => {
    expect(parsed(passportSeriesField, "92 04")).toBe("9204");
    expect(messages(passportSeriesField, "92 0")).toEqual(["Введите серию паспорта из 4 цифр, например 92 04"]);
    expect(parsed(passportNumberField, "123456")).toBe("123456");
    expect(messages(passportNumberField, "12345")).toEqual(["Введите номер паспорта из 6 цифр"]);
    expect(parsed(subdivisionCodeField, "160005")).toBe("160-005");
    expect(messages(subdivisionCodeField, "16000")).toEqual(["Введите код подразделения из 6 цифр, например 160-005"]);
    expect(messages(subdivisionCodeField, undefined)).toEqual(["Заполните поле «Код подразделения»"]);
  });

  it("birth certificate series and number", () => {
    expect(parsed(birthCertificateSeriesField, "іv-кб")).toBe("IV-КБ");
    expect(messages(birthCertificateSeriesField, "4-КБ")).toEqual([
      "Введите серию как в свидетельстве: римские цифры, дефис и две русские буквы, например IV-КБ",
    ]);
    expect(parsed(birthCertificateNumberField, "654321")).toBe("654321");
    expect(messages(birthCertificateNumberField, "65432")).toEqual(["Введите номер свидетельства из 6 цифр"]);
  });
});
