import type { z } from "zod";
import { describe, expect, it } from "vitest";
import formRu from "../../messages/form/ru.json";
import { APPLICANT_ROLES } from "../benefits/applicant-roles";
import { MEMBER_STATUSES } from "../benefits/means-test";
import { BENEFIT_SERVICES, type ServiceId } from "../benefits/services";
import { ATTACHMENT_MESSAGES, ATTACHMENT_SLOTS } from "./attachment-slots";
import { GENDER_LABELS, MEMBER_RELATIONS, PAYMENT_METHODS } from "./answer-options";
import {
  ADDRESS_FIELDS,
  ALLOWANCE_CHILD_FIELDS,
  APPLICANT_FIELDS,
  CHILD_FIELDS,
  CONSENT_FIELDS,
  FAMILY_FIELDS,
  KINDERGARTEN_FIELDS,
  MEMBER_FIELDS,
  messageLabel,
  PAYMENT_FIELDS,
  summaryLabel,
  type FieldSpec,
} from "./fields";
import { translatedSchema } from "../forms/translated-schema";
import { formStateIn, translateFieldMessage } from "../i18n/field-messages";
import type { Locale } from "../i18n/locales";
import { choiceText, fieldTexts, stepTitle } from "./form-language";
import { checkStep, stepSchema } from "./schemas";
import { APPLICANT_VOICE, SEND_MESSAGES } from "./service";
import { STEP_TITLES, stepsOf, type StepId, type StepValues } from "./steps";
import { applicationSummary } from "./summary";

// The form's messages go through the portal's one message translator (lib/i18n/field-messages.ts),
// on the server as they are and in the browser around the step's schema.
const formMessage = translateFieldMessage;
const schemaIn = <Output>(locale: Locale, schema: z.ZodType<Output>) =>
  translatedSchema(schema, (text) => translateFieldMessage(locale, text));

const TABLES: Record<string, FieldSpec>[] = [
  APPLICANT_FIELDS,
  ADDRESS_FIELDS,
  CHILD_FIELDS,
  ALLOWANCE_CHILD_FIELDS,
  KINDERGARTEN_FIELDS,
  FAMILY_FIELDS,
  MEMBER_FIELDS,
  PAYMENT_FIELDS,
  CONSENT_FIELDS,
];

describe("the form's Russian catalogue part", () => {
  it("holds exactly the words of the field tables, so a field is named once", () => {
    for (const field of TABLES.flatMap((table) => Object.values(table))) {
      const texts = fieldTexts("ru", field);
      expect(texts.label, field.key).toBe(field.label);
      expect(texts.hint, field.key).toBe(field.hint);
      expect(texts.summaryLabel, field.key).toBe(summaryLabel(field));
      expect(texts.messageLabel, field.key).toBe(messageLabel(field));
    }
  });

  it("holds every field of every table in Tatar too, in other words", () => {
    for (const field of TABLES.flatMap((table) => Object.values(table))) {
      const tatar = fieldTexts("tt", field);
      expect(tatar.label, field.key).not.toBe("");
      expect(Boolean(tatar.hint), field.key).toBe(Boolean(field.hint));
    }
    expect(fieldTexts("tt", APPLICANT_FIELDS.firstName).label).toBe("Исем");
    expect(fieldTexts("tt", CHILD_FIELDS.certificateSeries).summaryLabel).toBe("Таныклык сериясе");
  });

  it("names the choices and steps as the domain does", () => {
    const lists: [Parameters<typeof choiceText>[1], Record<string, string>][] = [
      ["gender", GENDER_LABELS],
      ["relation", MEMBER_RELATIONS],
      ["payment", PAYMENT_METHODS],
      ["role", APPLICANT_ROLES],
      ["memberStatus", MEMBER_STATUSES],
      ["attachmentSlot", ATTACHMENT_SLOTS],
    ];
    for (const [list, words] of lists) {
      expect(Object.keys(formRu.choices[list]).sort(), list).toEqual(Object.keys(words).sort());
      for (const [value, text] of Object.entries(words)) {
        expect(choiceText("ru", list, value)).toBe(text);
        expect(choiceText("tt", list, value), `${list}.${value}`).not.toBe(text);
      }
    }
    for (const [step, title] of Object.entries(STEP_TITLES)) expect(stepTitle("ru", step as StepId)).toBe(title);
    expect(stepTitle("tt", "payment")).toBe("Түләүне алу ысулы");
    expect(choiceText("tt", "gender", "forged")).toBe("forged");
  });
});

/** Inputs that make every field of a step complain: nothing, nonsense, dates in the future or malformed. */
function badInputs(): StepValues[] {
  const names = (table: Record<string, FieldSpec>, prefix = "") => Object.keys(table).map((name) => prefix + name);
  const all = [
    ...TABLES.filter((table) => table !== CHILD_FIELDS && table !== MEMBER_FIELDS).flatMap((table) => names(table)),
    ...names({ ...CHILD_FIELDS, ...ALLOWANCE_CHILD_FIELDS }, "children.0."),
    ...names(MEMBER_FIELDS, "members.0."),
  ];
  const everywhere = (value: string): StepValues => Object.fromEntries(all.map((name) => [name, value]));
  return [
    {},
    everywhere(""),
    everywhere("x"),
    everywhere("1"),
    everywhere("-Ив--анов-"),
    everywhere("31.12.2999"),
    everywhere("01.01.1800"),
    everywhere("0"),
    everywhere("12345678901234567890123"),
    everywhere("A".repeat(400)),
    { ...everywhere("x"), method: "bank", bik: "044525225", account: "40817810099910004312" },
    { ...everywhere("x"), method: "bank", bik: "123456789", account: "1" },
    { ...everywhere("x"), method: "card", card: "4111111111111111" },
    { ...everywhere("x"), method: "card", card: "2200000000000001" },
    { ...everywhere("x"), method: "post", postOffice: "12" },
    { snils: "112-233-445 96", birthDate: "01.01.2000", passportIssueDate: "01.01.2005" },
    {
      "members.0.relation": "spouse",
      "children.0.birthDate": "01.01.2020",
      "children.0.certificateDate": "01.01.2019",
    },
    { residenceSame: "", postcode: "123456" },
  ];
}

describe("the form's messages in Tatar", () => {
  it("reads a required field left empty, naming the field in Tatar", () => {
    const check = checkStep("kindergarten-basic", "applicant", {});
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.lastName).toBe("Заполните поле «Фамилия»");
    expect(formMessage("tt", check.errors.firstName!)).toBe("«Исем» кырын тутырыгыз");
    expect(formMessage("tt", check.errors.gender!)).toBe("«Җенес» кырында мәгънәне сайлагыз");
    expect(formMessage("ru", check.errors.firstName!)).toBe("Заполните поле «Имя»");
  });

  it("takes a child named in Tatar letters and refuses Latin ones in both languages", () => {
    const child = {
      "children.0.lastName": "Җәләлова",
      "children.0.firstName": "Гөлназ",
      "children.0.middleName": "Рөстәм кызы",
    };
    const tatar = checkStep("kindergarten-basic", "children", child);
    const nameErrors = (errors: Record<string, string>) =>
      Object.keys(errors).filter((path) => /^children\.0\.(lastName|firstName|middleName)$/.test(path));
    expect(tatar.ok ? [] : nameErrors(tatar.errors)).toEqual([]);
    const latin = checkStep("kindergarten-basic", "children", { ...child, "children.0.firstName": "Gulnaz" });
    expect(latin.ok).toBe(false);
    if (latin.ok) return;
    expect(latin.errors["children.0.firstName"]).toBe(
      "Используйте русские или татарские буквы, пробел, дефис или апостроф",
    );
    expect(formMessage("tt", latin.errors["children.0.firstName"]!)).toBe(
      "Рус яки татар хәрефләрен, буш урынны, дефисны яки апострофны кулланыгыз",
    );
  });

  it("has a Tatar wording for every message any step of any service gives", () => {
    const untranslated = new Set<string>();
    let seen = 0;
    for (const serviceId of Object.keys(BENEFIT_SERVICES) as ServiceId[])
      for (const step of stepsOf(serviceId))
        for (const values of badInputs()) {
          const check = checkStep(serviceId, step, values);
          if (check.ok) continue;
          for (const message of Object.values(check.errors)) {
            seen += 1;
            const tatar = formMessage("tt", message);
            if (tatar === message || /\{\w+\}/.test(tatar)) untranslated.add(message);
          }
        }
    expect(seen).toBeGreaterThan(100);
    expect([...untranslated]).toEqual([]);
  });

  it("translates the attachment, sending and notice messages of the step", () => {
    for (const message of Object.values(ATTACHMENT_MESSAGES)) expect(formMessage("tt", message)).not.toBe(message);
    expect(formMessage("tt", ATTACHMENT_MESSAGES.tooLarge)).toBe(
      "Файл 5 МБ тан зуррак: аны кечерәйтегез яки өлешләргә бүлегез",
    );
    expect(formMessage("tt", `${APPLICANT_VOICE.missing}: справки о доходах членов семьи за 3 месяца`)).toBe(
      "Беркетегез: гаилә әгъзаларының 3 айлык керемнәре турында белешмәләр",
    );
    expect(formMessage("tt", APPLICANT_VOICE.attached("справка.pdf"))).toBe("«справка.pdf» файлы беркетелде");
    expect(formMessage("tt", APPLICANT_VOICE.saved)).toMatch(/^Каралама сакланды/);
    expect(formMessage("tt", SEND_MESSAGES.incomplete(["applicant", "attachments"]))).toBe(
      "Гариза тулысынча тутырылмаган. Адымнарны тикшерегез: «Гариза бирүче турында мәгълүмат», «Документлар».",
    );
    expect(formMessage("tt", SEND_MESSAGES.esiaLevel)).toMatch(/ЕСИА хисап язмасы кирәк/);
  });

  it("leaves a text it does not know as it is (a typed file name is not translated)", () => {
    expect(formMessage("tt", "Что-то совсем другое")).toBe("Что-то совсем другое");
    // A placeholder naming something that is not a field keeps the whole message Russian, not half translated.
    expect(formMessage("tt", "Заполните поле «Пароль от почты»")).toBe("Заполните поле «Пароль от почты»");
  });

  it("puts a whole answer of the server into the page's language, and Russian stays as it was", () => {
    const state = { values: { lastName: "" }, errors: { lastName: "Заполните поле «Фамилия»" }, notice: "Файл удален" };
    expect(formStateIn("ru", state)).toBe(state);
    expect(formStateIn("tt", state)).toEqual({
      values: { lastName: "" },
      errors: { lastName: "«Фамилия» кырын тутырыгыз" },
      notice: "Файл бетерелде",
    });
  });

  it("gives the browser's schema the same Tatar messages at the same paths, and the same data when valid", () => {
    const schema = schemaIn("tt", stepSchema("kindergarten-basic", "consent"));
    const refused = schema.safeParse({ personalData: "on" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["truthful", "Мәгълүматларның дөрес булуын раслагыз"],
      ["reportChanges", "Үзгәрешләр турында хәбәр итү йөкләмәсен раслагыз"],
    ]);
    const children = schemaIn("tt", stepSchema("kindergarten-basic", "children"));
    const nested = children.safeParse({ children: [{ lastName: "" }] });
    expect(nested.error?.issues.find((issue) => issue.path.join(".") === "children.0.lastName")?.message).toBe(
      "«Фамилия» кырын тутырыгыз",
    );
    const ticked = { personalData: "on", truthful: "on", reportChanges: "on" };
    expect(schema.safeParse(ticked)).toEqual(stepSchema("kindergarten-basic", "consent").safeParse(ticked));
  });
});

describe("check-your-answers in Tatar", () => {
  it("labels the answers, rows and choices in Tatar; Russian as before", () => {
    const answers = {
      applicant: { lastName: "Гарипова", gender: "F", role: "mother" },
      children: { "children.0.firstName": "Алсу", "children.0.livesWithApplicant": "on" },
    };
    const tatar = applicationSummary("kindergarten-basic", answers, ["applicant.lastName"], "tt");
    expect(tatar[0]?.title).toBe("Гариза бирүче турында мәгълүмат");
    expect(tatar[0]?.rows).toEqual([
      { field: "lastName", label: "Фамилия", value: "Гарипова", fromEsia: true },
      { field: "gender", label: "Җенес", value: "Хатын-кыз", fromEsia: false },
      { field: "role", label: "Сез балага кем буласыз", value: "Әни", fromEsia: false },
    ]);
    const child = tatar.find((section) => section.stepId === "children")?.rows;
    expect(child?.find((row) => row.field === "children.0.firstName")?.label).toBe("Бала 1: Исем");
    expect(child?.find((row) => row.field === "children.0.livesWithApplicant")).toMatchObject({
      label: "Бала 1: Гариза бирүче белән яши",
      value: "Әйе",
    });
    const russian = applicationSummary("kindergarten-basic", answers, [], "ru");
    expect(russian[0]?.rows.map((row) => [row.label, row.value])).toEqual([
      ["Фамилия", "Гарипова"],
      ["Пол", "Женский"],
      ["Кем вы являетесь ребенку", "Мать"],
    ]);
  });
});
