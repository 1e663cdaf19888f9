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
  .superRefine((value, ctx) => {
    // «У меня нет мобильного телефона» switches the contact to e-mail. Checked here rather than in
    // the transform so a contact error shows together with the other fields' errors.
    const [field, schema, label] = value.noMobile
      ? (["email", emailField, "Электронная почта"] as const)
      : (["mobile", phoneField, "Мобильный телефон"] as const);
    const text = value[field]?.trim() ?? "";
    const parsed = schema.safeParse(text);
    if (!text || !parsed.success) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: text ? parsed.error!.issues[0]!.message : requiredMessage(label),
      });
    }
  })
  .transform((value) =>
    value.noMobile
      ? { lastName: value.lastName, firstName: value.firstName, email: emailField.parse(value.email ?? "") }
      : { lastName: value.lastName, firstName: value.firstName, mobile: phoneField.parse(value.mobile ?? "") },
  );

export const codeForm = z.object({
  id: z.string().min(1),
  code: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, "Введите код из сообщения: только цифры"),
});

export const passwordForm = z
  .object({
    id: z.string().min(1),
    password: passwordField,
    passwordRepeat: z.string().min(1, "Повторите пароль"),
  })
  .superRefine((value, ctx) =>
    checkPasswordConfirmation({ password: value.password, passwordConfirmation: value.passwordRepeat }, ctx, [
      "passwordRepeat",
    ]),
  );

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
  .superRefine(
    (value, ctx) => {
      // Run even when other fields are wrong, so every problem shows at once; the two dates may
      // then still be raw text (or missing), which the check reads or skips.
      const text = (date: unknown) => (typeof date === "string" ? date : undefined);
      const input = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      checkPassportIssueAgainstBirthDate(
        { birthDate: text(input.birthDate), issueDate: text(input.passportIssueDate) },
        ctx,
        ["passportIssueDate"],
      );
    },
    { when: () => true },
  )
  .transform((value) => ({
    ...value,
    birthDate: formatRussianDate(value.birthDate),
    passportIssueDate: formatRussianDate(value.passportIssueDate),
  }));

export const mailCodeOrderForm = z.object({
  address: z.string().trim().min(10, "Укажите почтовый адрес с индексом, городом, улицей и домом").max(300),
});

export const mailCodeForm = z.object({
  // Typed as printed or with spaces and dashes between groups («1234 5678»).
  code: z
    .string()
    .transform((code) => code.replace(/[\s\-\u2010-\u2015\u2212]/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Введите код подтверждения из письма")
        .regex(/^\d{8}$/, "Код из письма состоит из 8 цифр"),
    ),
});

export const operatorSearchForm = z.object({
  snils: snilsField,
});
