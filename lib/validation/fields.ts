import { z } from "zod";
import "./russian-messages";
import { checkAccount, checkBik, checkMirCard, normalizeAccount } from "./bank";
import { normalizeBirthCertificateNumber, normalizeBirthCertificateSeries } from "./birth-certificate";
import { formatRussianDate, parseCalendarDate, todayInMoscow, type IsoDate } from "./calendar-date";
import { accept, refuse, type Check } from "./check";
import { normalizeEmail, normalizeMobilePhone } from "./contact";
import { checkInn } from "./inn";
import {
  checkPassportIssueDate,
  earliestPassportIssueDate,
  normalizePassportNumber,
  normalizePassportSeries,
  normalizeSubdivisionCode,
} from "./passport";
import { unmetPasswordRules, type PasswordRule } from "./password";
import { checkPersonName, PERSON_NAME_MAX_LENGTH, type PersonNameProblem } from "./person-name";
import { checkSnils } from "./snils";

// zod field schemas for the portal's forms: each takes what a person typed, answers with the message
// shown beside the field, and yields the normalised value. The same schemas run in the browser and,
// again, in the server action.

/** The message for a required field left empty. */
export function requiredMessage(label: string): string {
  return `Заполните поле «${label}»`;
}

/** A required text input, trimmed; missing or blank gives the required message. */
function filledText(label: string) {
  const message = requiredMessage(label);
  return z.string({ error: message }).trim().min(1, { error: message });
}

/** A required text input of at most `max` characters, trimmed. */
export function limitedText(label: string, max: number) {
  return filledText(label).max(max, { error: `Не длиннее ${max} символов` });
}

/** Rubles as typed («2 500», «2500,50», «2 500 ₽») → kopecks, at most 99 999 999,99 ₽. */
export function parseRublesInput(text: string): number | null {
  const normalised = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/(₽|руб\.?|р\.?)$/i, "")
    .replace(",", ".");
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(normalised);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** A sum in rubles → kopecks; `positive` refuses zero (a fee charged, not an income). */
export function rublesField(label: string, { positive }: { positive: boolean }) {
  return limitedText(label, 20).transform((text, ctx) => {
    const kopecks = parseRublesInput(text);
    if (kopecks === null) {
      ctx.addIssue({ code: "custom", message: "Введите сумму в рублях, например 2 500 или 2 500,50", input: text });
      return z.NEVER;
    }
    if (positive && kopecks === 0) {
      ctx.addIssue({ code: "custom", message: "Сумма должна быть больше нуля", input: text });
      return z.NEVER;
    }
    return kopecks;
  });
}

/** A required text input run through a validator, whose refusal reasons map to messages. */
function fieldFrom<Value, Reason extends string>(
  label: string,
  check: (text: string) => Check<Value, Reason>,
  messages: Readonly<Record<Reason, string>>,
) {
  return filledText(label).transform((text, ctx) => {
    const result = check(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: messages[result.reason], input: text });
    return z.NEVER;
  });
}

/** A validator from a normaliser that returns null for input it cannot read. */
function fromNormalizer(normalize: (text: string) => string | null) {
  return (text: string): Check<string, "format"> => {
    const value = normalize(text);
    return value === null ? refuse("format") : accept(value);
  };
}

/**
 * Makes a field optional the way forms need it: a missing, null or blank value becomes undefined;
 * anything else must pass the field's own schema.
 */
export function optionalField<Output>(schema: z.ZodType<Output, string>) {
  return z
    .string()
    .nullish()
    .transform((value) => (value == null || value.trim() === "" ? undefined : value))
    .pipe(schema.optional());
}

// Identifiers

/** СНИЛС → `XXX-XXX-XXX YY`. */
export const snilsField = fieldFrom("СНИЛС", checkSnils, {
  format: "Введите СНИЛС из 11 цифр",
  checksum: "Проверьте СНИЛС: контрольное число не совпадает",
});

/** A person's ИНН (12 digits) → digits. */
export const innField = fieldFrom("ИНН", (text) => checkInn(text, "individual"), {
  format: "Введите ИНН из 12 цифр",
  checksum: "Проверьте ИНН: контрольные цифры не совпадают",
});

/** An organisation's ИНН (10 digits) → digits. */
export const legalInnField = fieldFrom("ИНН организации", (text) => checkInn(text, "legal"), {
  format: "Введите ИНН организации из 10 цифр",
  checksum: "Проверьте ИНН: контрольная цифра не совпадает",
});

// Contacts and account

/** Mobile phone → `+79170000001`. */
export const phoneField = fieldFrom("Телефон", fromNormalizer(normalizeMobilePhone), {
  format: "Введите номер мобильного телефона, например +7 917 000-00-01",
});

/** E-mail → trimmed, domain in lower case. */
export const emailField = fieldFrom("Электронная почта", fromNormalizer(normalizeEmail), {
  format: "Введите адрес электронной почты, например ivanova@mail.ru",
});

const PASSWORD_MESSAGES: Readonly<Record<PasswordRule, string>> = {
  minLength: "Пароль должен быть не короче 8 символов",
  lowercase: "Добавьте строчную латинскую букву (a–z)",
  uppercase: "Добавьте заглавную латинскую букву (A–Z)",
  digit: "Добавьте цифру",
  latinOnly: "Используйте только латинские буквы, цифры и знаки, без пробелов и русских букв",
};

/** Password under the ESIA policy: one message per unmet rule. Never trimmed. */
export const passwordField = z.string({ error: requiredMessage("Пароль") }).superRefine((password, ctx) => {
  if (password === "") {
    ctx.addIssue({ code: "custom", message: requiredMessage("Пароль"), input: password });
    return;
  }
  for (const rule of unmetPasswordRules(password)) {
    ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES[rule], input: password });
  }
});

/** For an object schema's superRefine: the repeated password must match the first. */
export function checkPasswordConfirmation(
  values: { password?: string | undefined; passwordConfirmation?: string | undefined },
  ctx: z.RefinementCtx,
  path: PropertyKey[] = ["passwordConfirmation"],
): void {
  if (values.password && values.passwordConfirmation !== values.password) {
    ctx.addIssue({ code: "custom", message: "Пароли не совпадают", path, input: values.passwordConfirmation });
  }
}

// Names and dates

const PERSON_NAME_MESSAGES: Readonly<Record<Exclude<PersonNameProblem, "empty">, string>> = {
  tooLong: `Не длиннее ${PERSON_NAME_MAX_LENGTH} символов`,
  characters: "Используйте русские или татарские буквы, пробел, дефис или апостроф",
  edges: "Должно начинаться и заканчиваться буквой",
  separators: "Уберите лишние дефисы, пробелы или апострофы между буквами",
};

/** Фамилия, имя or отчество → normalised text; optional fields (отчество) give undefined when blank. */
export function personNameField(label: string, options?: { required?: true }): z.ZodType<string, string>;
export function personNameField(
  label: string,
  options: { required: false },
): z.ZodType<string | undefined, string | null | undefined>;
export function personNameField(
  label: string,
  { required = true }: { required?: boolean } = {},
): z.ZodType<string | undefined, string | null | undefined> {
  const field = fieldFrom(label, checkPersonName, { empty: requiredMessage(label), ...PERSON_NAME_MESSAGES });
  return required ? field : optionalField(field);
}

const DATE_FORMAT_MESSAGE = "Введите дату в формате дд.мм.гггг";
const EARLIEST_BIRTH_DATE: IsoDate = "1900-01-01";

/** A date typed `dd.mm.yyyy` or `yyyy-mm-dd` → `yyyy-mm-dd`, with a rule that may refuse it given today. */
function dateField(label: string, rule: (date: IsoDate, today: IsoDate) => string | null) {
  return filledText(label).transform((text, ctx) => {
    const refuseWith = (message: string) => {
      ctx.addIssue({ code: "custom", message, input: text });
      return z.NEVER;
    };
    const date = parseCalendarDate(text);
    if (date === null) return refuseWith(DATE_FORMAT_MESSAGE);
    const problem = rule(date, todayInMoscow());
    return problem === null ? date : refuseWith(problem);
  });
}

/** Дата рождения → `yyyy-mm-dd`; not in the future, not before 1900. Age rules belong to each service. */
export const dateOfBirthField = dateField("Дата рождения", (date, today) =>
  date > today
    ? "Дата рождения не может быть в будущем"
    : date < EARLIEST_BIRTH_DATE
      ? `Проверьте дату рождения: она не может быть раньше ${formatRussianDate(EARLIEST_BIRTH_DATE)}`
      : null,
);

// Documents

/** Серия паспорта → 4 digits (`9204`, as ESIA stores it). */
export const passportSeriesField = fieldFrom("Серия паспорта", fromNormalizer(normalizePassportSeries), {
  format: "Введите серию паспорта из 4 цифр, например 92 04",
});

/** Номер паспорта → 6 digits. */
export const passportNumberField = fieldFrom("Номер паспорта", fromNormalizer(normalizePassportNumber), {
  format: "Введите номер паспорта из 6 цифр",
});

/** Код подразделения → `XXX-XXX`. */
export const subdivisionCodeField = fieldFrom("Код подразделения", fromNormalizer(normalizeSubdivisionCode), {
  format: "Введите код подразделения из 6 цифр, например 160-005",
});

/** Дата выдачи паспорта → `yyyy-mm-dd`; not in the future. The 14-year rule needs the birth date: checkPassportIssueAgainstBirthDate. */
export const passportIssueDateField = dateField("Дата выдачи", (date, today) =>
  date > today ? "Дата выдачи не может быть в будущем" : null,
);

/** For an object schema's superRefine: a passport is issued no earlier than the 14th birthday. */
export function checkPassportIssueAgainstBirthDate(
  values: { birthDate?: string | undefined; issueDate?: string | undefined },
  ctx: z.RefinementCtx,
  path: PropertyKey[] = ["issueDate"],
): void {
  const birthDate = values.birthDate && parseCalendarDate(values.birthDate);
  const issueDate = values.issueDate && parseCalendarDate(values.issueDate);
  if (!birthDate || !issueDate) return; // the date fields report their own problems
  const result = checkPassportIssueDate(issueDate, birthDate);
  if (!result.ok && result.reason === "beforeAge14") {
    const earliest = formatRussianDate(earliestPassportIssueDate(birthDate));
    ctx.addIssue({
      code: "custom",
      message: `Паспорт выдают с 14 лет: дата выдачи не может быть раньше ${earliest}`,
      path,
      input: values.issueDate,
    });
  }
}

/** Серия свидетельства о рождении → `IV-КБ`. */
export const birthCertificateSeriesField = fieldFrom(
  "Серия свидетельства",
  fromNormalizer(normalizeBirthCertificateSeries),
  { format: "Введите серию как в свидетельстве: римские цифры, дефис и две русские буквы, например IV-КБ" },
);

/** Номер свидетельства о рождении → 6 digits. */
export const birthCertificateNumberField = fieldFrom(
  "Номер свидетельства",
  fromNormalizer(normalizeBirthCertificateNumber),
  { format: "Введите номер свидетельства из 6 цифр" },
);

// Payment details

/** БИК → 9 digits. */
export const bikField = fieldFrom("БИК", checkBik, {
  format: "Введите БИК из 9 цифр",
  notRussian: "БИК российского банка начинается с 04",
});

/** Номер счета → 20 digits. Whether it fits the bank is checked with checkAccountAgainstBik. */
export const accountField = fieldFrom("Номер счета", fromNormalizer(normalizeAccount), {
  format: "Введите номер счета из 20 цифр",
});

const ACCOUNT_KEY_MESSAGE = "Проверьте номер счета и БИК: номер счета не соответствует БИК банка";

/** For an object schema's superRefine: the account's control key must agree with the BIK. */
export function checkAccountAgainstBik(
  values: { bik?: string | undefined; account?: string | undefined },
  ctx: z.RefinementCtx,
  path: PropertyKey[] = ["account"],
): void {
  if (!values.bik || !values.account) return;
  const result = checkAccount(values.account, values.bik);
  // Format and BIK problems are the fields' own messages; only the pairing is reported here.
  if (!result.ok && result.reason === "key") {
    ctx.addIssue({ code: "custom", message: ACCOUNT_KEY_MESSAGE, path, input: values.account });
  }
}

/** Номер карты «Мир» → digits. */
export const mirCardField = fieldFrom("Номер карты «Мир»", checkMirCard, {
  format: "Введите номер карты: от 16 до 19 цифр",
  luhn: "Проверьте номер карты: в нем есть ошибка",
  notMir: "Нужна карта «Мир»: ее номер начинается с 2200–2204",
});
