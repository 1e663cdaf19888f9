import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ESTIMATE_FORMS } from "../benefits/estimate-form";
import { codeForm, loginForm, passwordChangeForm, passwordResetForm, registrationForm } from "../cabinet/forms";
import { fieldErrors } from "../forms/form-state";
import { fieldMessageTable, formStateIn, translateFieldErrors, translateFieldMessage } from "./field-messages";

/** The messages a schema gives for the input, as the page shows them. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

/** Russian has letters Tatar Cyrillic shares; a translated text differs from its source. */
function expectTranslated(texts: string[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(translateFieldMessage("tt", text), text).not.toBe(text);
}

describe("field messages in Tatar", () => {
  it("translate a message and the field label inside it", () => {
    expect(translateFieldMessage("tt", "Заполните поле «Имя»")).toBe("«Исем» кырын тутырыгыз");
    expect(translateFieldMessage("tt", "Введите целое число от 1 до 20")).toBe("1–20 аралыгында бөтен сан языгыз");
    expect(translateFieldMessage("tt", "Слишком много запросов кода. Повторите через 5 минут.")).toBe(
      "Код артык күп тапкыр соралды. 5 минут узгач кабатлагыз.",
    );
    expect(
      translateFieldMessage("tt", "В семье не меньше 3 человек: вы и 2 ребенка. Проверьте число членов семьи"),
    ).toBe("Гаиләдә кимендә 3 кеше: сез һәм 2 бала. Гаилә әгъзалары санын тикшерегез");
  });

  it("leave Russian as it is, and an unknown text unchanged rather than lost", () => {
    expect(translateFieldMessage("ru", "Заполните поле «Имя»")).toBe("Заполните поле «Имя»");
    expect(translateFieldMessage("tt", "Что-то новое")).toBe("Что-то новое");
    expect(translateFieldErrors("tt", { firstName: "Заполните поле «Имя»" })).toEqual({
      firstName: "«Исем» кырын тутырыгыз",
    });
  });

  it("cover every message the estimate forms give", () => {
    for (const schema of Object.values(ESTIMATE_FORMS)) {
      expectTranslated(messages(schema, {}));
      expectTranslated(
        messages(schema, {
          childBirthDate: "31.02.2020",
          childrenCount: "0",
          childOrder: "x",
          groupHours: "99",
          fee: "0",
          familySize: "999",
          income: "много",
          allowanceChildren: "-1",
          category: "other",
        }),
      );
      expectTranslated(messages(schema, { childBirthDate: "01.01.2090", fee: "abc", income: "1".repeat(30) }));
      expectTranslated(messages(schema, { childBirthDate: "01.01.2000" }));
    }
    const family = messages(ESTIMATE_FORMS["child-allowance"], {
      familySize: "2",
      income: "100000",
      allowanceChildren: "3",
      category: "none",
    });
    expect(family.map((text) => translateFieldMessage("tt", text))).toEqual([
      "Гаиләдә кимендә 4 кеше: сез һәм 3 бала. Гаилә әгъзалары санын тикшерегез",
    ]);
  });

  it("cover every message of registration, sign-in, the code and the password forms", () => {
    expectTranslated(messages(registrationForm, {}));
    expectTranslated(
      messages(registrationForm, {
        lastName: "Ivanova",
        firstName: "-Анна",
        middleName: "Анна--Мария",
        email: "not-an-address",
        phone: "123",
        password: "пароль ",
        passwordConfirmation: "другой",
      }),
    );
    expectTranslated(messages(registrationForm, { lastName: "Я".repeat(80), firstName: "Анна", password: "Abcdefg1" }));
    expectTranslated(messages(loginForm, {}));
    expectTranslated(messages(codeForm, { id: "x", code: "12" }));
    expectTranslated(messages(passwordResetForm, { id: "x", code: "", password: "", passwordConfirmation: "" }));
    expectTranslated(messages(passwordChangeForm, {}));
    // A Tatar name registers; Latin letters are refused in both languages' words.
    const tatar = { lastName: "Җәләлова", firstName: "Гөлназ", middleName: "Рөстәм кызы" };
    const refusedNames = (registrationForm.safeParse(tatar).error?.issues ?? [])
      .map((issue) => String(issue.path[0]))
      .filter((field) => field in tatar);
    expect(refusedNames).toEqual([]);
    const latin = fieldErrors(registrationForm.safeParse({ ...tatar, firstName: "Gulnaz" }).error!);
    expect(latin.firstName).toBe("Используйте русские или татарские буквы, пробел, дефис или апостроф");
    expect(translateFieldMessage("tt", latin.firstName!)).toBe(
      "Рус яки татар хәрефләрен, буш урынны, дефисны яки апострофны кулланыгыз",
    );
    const errors = fieldErrors(registrationForm.safeParse({}).error!);
    expect(translateFieldErrors("tt", errors).lastName).toBe("«Фамилия» кырын тутырыгыз");
  });

  it("translate the account refusals a citizen meets", () => {
    expectTranslated([
      "Эта электронная почта уже зарегистрирована. Войдите или восстановите пароль.",
      "Неверный код. Проверьте код из сообщения.",
      "Неверный логин или пароль",
      "Слишком много неудачных попыток входа. Повторите через 1 минуту или восстановите пароль.",
      "Регистрация устарела. Начните ее заново.",
    ]);
  });

  it("is one table for the application form and the other pages: each Russian text has one translation", () => {
    const table = fieldMessageTable("tt")!;
    for (const list of [table.patterns, table.words]) {
      const said = new Map<string, Set<string>>();
      for (const [russian, tatar] of list) said.set(russian, (said.get(russian) ?? new Set()).add(tatar));
      expect([...said].filter(([, tatar]) => tatar.size > 1).map(([russian]) => russian)).toEqual([]);
    }
    expect(new Set(table.patterns.map(([russian]) => russian)).size).toBe(table.patterns.length);
    expect(fieldMessageTable("ru")).toBeNull();
    // A form step's message and a registration page's, through the same function.
    expect(translateFieldMessage("tt", "Выберите значение в поле «Пол»")).toBe("«Җенес» кырында мәгънәне сайлагыз");
    expect(translateFieldMessage("tt", "Заполните поле «Пароль»")).toBe("«Серсүз» кырын тутырыгыз");
    expect(translateFieldMessage("tt", "Прикрепите: справки о доходах членов семьи за 3 месяца")).toBe(
      "Беркетегез: гаилә әгъзаларының 3 айлык керемнәре турында белешмәләр",
    );
    // What the person typed is kept as written; a name the table does not know keeps the message Russian.
    expect(translateFieldMessage("tt", "Файл «Справка.pdf» прикреплен")).toBe("«Справка.pdf» файлы беркетелде");
    expect(translateFieldMessage("tt", "Заполните поле «Пароль от почты»")).toBe("Заполните поле «Пароль от почты»");
    const state = { values: {}, errors: { code: "Заполните поле" }, message: "Неверный логин или пароль" };
    expect(formStateIn("ru", state)).toBe(state);
    expect(formStateIn("tt", state).errors.code).not.toBe("Заполните поле");
  });
});
