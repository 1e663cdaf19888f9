import { z } from "zod";
import {
  checkPasswordConfirmation,
  emailField,
  optionalField,
  passwordField,
  personNameField,
  phoneField,
} from "../validation";

// One schema per cabinet form: the server action parses with it; the form uses its field names.

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const loginForm = z.object({
  login: z.string().trim().min(1, "Введите электронную почту или номер мобильного телефона"),
  password: z.string().min(1, "Введите пароль"),
  returnTo: z.string().optional(),
});

const contacts = {
  email: optionalField(emailField),
  phone: optionalField(phoneField),
};

const newPassword = {
  password: passwordField,
  passwordConfirmation: z.string().min(1, "Повторите пароль"),
};

export const registrationForm = z
  .object({
    lastName: personNameField("Фамилия", { required: true }),
    firstName: personNameField("Имя", { required: true }),
    middleName: personNameField("Отчество", { required: false }),
    ...contacts,
    ...newPassword,
    consent: checkbox.refine((value) => value, "Дайте согласие на обработку персональных данных"),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone)
      ctx.addIssue({ code: "custom", path: ["email"], message: "Укажите электронную почту или мобильный телефон" });
    checkPasswordConfirmation(value, ctx);
  });

export const codeForm = z.object({
  id: z.string().min(1),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Введите 6 цифр кода из сообщения"),
});

export const passwordResetRequestForm = z.object({
  login: z.string().trim().min(1, "Введите электронную почту или номер мобильного телефона"),
});

export const passwordResetForm = z
  .object({
    id: z.string().min(1),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "Введите 6 цифр кода из сообщения"),
    ...newPassword,
  })
  .superRefine((value, ctx) => checkPasswordConfirmation(value, ctx));

export const passwordChangeForm = z
  .object({ currentPassword: z.string().min(1, "Введите текущий пароль"), ...newPassword })
  .superRefine((value, ctx) => checkPasswordConfirmation(value, ctx));

/** «Зарегистрировать новый личный кабинет» after ESIA: names come from ESIA, the rest here. */
export const esiaRegistrationForm = z.object({ ...contacts, ...newPassword }).superRefine((value, ctx) => {
  if (!value.email && !value.phone)
    ctx.addIssue({ code: "custom", path: ["email"], message: "Укажите электронную почту или мобильный телефон" });
  checkPasswordConfirmation(value, ctx);
});
