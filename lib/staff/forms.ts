import { z } from "zod";
import { checkPasswordConfirmation, passwordField } from "../validation";
import { PERSON_NAME_LETTERS } from "../validation/person-name";

// One schema per staff form; the server actions parse with them (and the domain functions check
// again what matters for security).

export const STAFF_PASSWORD_MIN_LENGTH = 12;

/** The portal's password rules, and longer: a staff account opens other people's applications. */
export const staffPasswordField = passwordField.refine(
  (password) => [...password].length >= STAFF_PASSWORD_MIN_LENGTH,
  {
    message: `Пароль сотрудника — не менее ${STAFF_PASSWORD_MIN_LENGTH} символов`,
    abort: true,
  },
);

/** A staff member's full name: Russian or Tatar letters, starting and ending with a letter. */
const STAFF_NAME = new RegExp(`^[${PERSON_NAME_LETTERS}][${PERSON_NAME_LETTERS}' -]*[${PERSON_NAME_LETTERS}]$`);

export const STAFF_ROLES = ["caseworker", "supervisor", "administrator", "ministry"] as const;
export type StaffRoleName = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<StaffRoleName, string>> = {
  caseworker: "Специалист",
  supervisor: "Руководитель",
  administrator: "Администратор",
  ministry: "Министерство",
};

export const staffLoginForm = z.object({
  login: z.string().trim().min(1, "Введите логин"),
  password: z.string().min(1, "Введите пароль"),
  returnTo: z.string().optional(),
});

const code = z.string().trim().min(1, "Введите код из приложения-аутентификатора");

export const secondFactorForm = z.object({ code, returnTo: z.string().optional() });

export function enrolmentForm(choosePassword: boolean) {
  return z
    .object({
      code,
      returnTo: z.string().optional(),
      password: choosePassword ? staffPasswordField : z.string().optional(),
      passwordConfirmation: choosePassword ? z.string().min(1, "Повторите пароль") : z.string().optional(),
    })
    .superRefine((value, ctx) => {
      if (choosePassword) checkPasswordConfirmation(value, ctx);
    });
}

export const staffAccountForm = z
  .object({
    login: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Введите логин")
      .regex(
        /^[a-z0-9][a-z0-9._-]{2,39}$/,
        "Логин: от 3 до 40 строчных латинских букв, цифр и знаков . _ -, начиная с буквы или цифры",
      ),
    fullName: z
      .string()
      .trim()
      .min(1, "Введите фамилию, имя и отчество")
      .max(200, "Не более 200 символов")
      .regex(STAFF_NAME, "Фамилия, имя и отчество русскими или татарскими буквами"),
    role: z.enum(STAFF_ROLES, "Выберите роль"),
    territoryId: z
      .string()
      .optional()
      .transform((value) => (value ? Number(value) : null))
      .pipe(z.number().int().positive().nullable()),
    password: staffPasswordField,
    passwordConfirmation: z.string().min(1, "Повторите пароль"),
  })
  .superRefine((value, ctx) => {
    const republicWide = value.role === "administrator" || value.role === "ministry";
    if (!republicWide && value.territoryId === null) {
      ctx.addIssue({
        code: "custom",
        path: ["territoryId"],
        message: "Выберите территориальный орган: специалист и руководитель работают в одном органе",
      });
    }
    if (republicWide && value.territoryId !== null) {
      const who = value.role === "ministry" ? "Сотрудник министерства" : "Администратор";
      ctx.addIssue({
        code: "custom",
        path: ["territoryId"],
        message: `${who} не привязан к территориальному органу: оставьте поле пустым`,
      });
    }
    checkPasswordConfirmation(value, ctx);
  });

export type StaffAccountInput = z.output<typeof staffAccountForm>;

export const territorialBodyForm = z.object({
  name: z
    .string()
    .trim()
    .min(10, "Введите полное наименование органа (не короче 10 символов)")
    .max(300, "Не более 300 символов"),
});
