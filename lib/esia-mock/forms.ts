import { z } from "zod";
import {
  checkPasswordConfirmation,
  passwordField,
  dateOfBirthField,
  emailField,
  formatRussianDate,
  passportIssueDateField,
  passportNumberField,
  passportSeriesField,
  personNameField,
  phoneField,
  snilsField,
  subdivisionCodeField,
  checkPassportIssueAgainstBirthDate,
  requiredMessage,
} from "../validation";

// One schema per form of the mock's pages, used by the server action (and by the form for its
// field names). Messages are ESIA-like Russian, shown beside the field.

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const loginForm = z.object({
  login: z.string().trim().min(1, "Введите телефон, почту или СНИЛС"),
  password: z.string().min(1, "Введите пароль"),
  remember: checkbox,
  request: z.string().optional(),
});

export const registrationForm = z
  .object({
    lastName: personNameField("Фамилия", { required: true }),
    firstName: personNameField("Имя", { required: true }),
    noMobile: checkbox,
    mobile: z.string().optional(),
    email: z.string().optional(),
    agreement: checkbox.refine((value) => value, "Подтвердите согласие с условиями использования"),
  })
  .transform((value, ctx) => {
    // «У меня нет мобильного телефона» switches the contact to e-mail.
    if (value.noMobile) {
      const email = emailField.safeParse(value.email ?? "");
      if (!email.success) {
        ctx.addIssue({ code: "custom", path: ["email"], message: email.error.issues[0]!.message });
        return z.NEVER;
      }
      return { lastName: value.lastName, firstName: value.firstName, email: email.data };
    }
    const mobile = phoneField.safeParse(value.mobile ?? "");
    if (!mobile.success) {
      ctx.addIssue({ code: "custom", path: ["mobile"], message: mobile.error.issues[0]!.message });
      return z.NEVER;
    }
    return { lastName: value.lastName, firstName: value.firstName, mobile: mobile.data };
  });

export const codeForm = z.object({
  id: z.string().min(1),
  code: z.string().trim().regex(/^\d{4,8}$/, "Введите код из сообщения: только цифры"),
});

export const passwordForm = z
  .object({
    id: z.string().min(1),
    password: passwordField,
    passwordRepeat: z.string().min(1, "Повторите пароль"),
  })
  .superRefine((value, ctx) => checkPasswordConfirmation({ password: value.password, passwordConfirmation: value.passwordRepeat }, ctx, ["passwordRepeat"]));

export const recoveryForm = z.object({
  login: z.string().trim().min(1, "Введите телефон, почту или СНИЛС"),
});

export const personalDataForm = z
  .object({
    lastName: personNameField("Фамилия", { required: true }),
    firstName: personNameField("Имя", { required: true }),
    middleName: personNameField("Отчество", { required: false }),
    gender: z.enum(["M", "F"], { error: "Укажите пол" }),
    birthDate: dateOfBirthField,
    birthPlace: z.string().trim().min(1, requiredMessage("Место рождения")).max(200),
    citizenship: z.enum(["RUS"], { error: "Стандартная учетная запись доступна гражданам России" }),
    snils: snilsField,
    passportSeries: passportSeriesField,
    passportNumber: passportNumberField,
    passportIssueDate: passportIssueDateField,
    passportIssueId: subdivisionCodeField,
    passportIssuedBy: z.string().trim().min(1, requiredMessage("Кем выдан")).max(300),
  })
  .superRefine((value, ctx) => checkPassportIssueAgainstBirthDate({ birthDate: value.birthDate, issueDate: value.passportIssueDate }, ctx, ["passportIssueDate"]))
  .transform((value) => ({
    ...value,
    birthDate: formatRussianDate(value.birthDate),
    passportIssueDate: formatRussianDate(value.passportIssueDate),
  }));

export const mailCodeOrderForm = z.object({
  address: z.string().trim().min(10, "Укажите почтовый адрес с индексом, городом, улицей и домом").max(300),
});

export const mailCodeForm = z.object({
  code: z.string().trim().regex(/^\d{8}$/, "Код из письма состоит из 8 цифр"),
});

export const operatorSearchForm = z.object({
  snils: snilsField,
});
