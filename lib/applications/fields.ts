import type { StepId, StepValues } from "./steps";

// One table per step of the application form: each field's name, label, hint and whether it must
// be filled in, read by the rendered fields (step-fields.tsx), the check-your-answers summary
// (summary.ts) and the messages of the step schemas (schemas.ts). Each field has a stable key
// ("applicant.lastName"; a row's field "children.snils") that stays when the label is translated.
// Client-safe: no reference data here (the summary adds how a value is shown).

export interface FieldSpec {
  /** Stable key: the step and the field's name, without the row number. */
  key: string;
  /** The form field's name on its step; within a row ("children.0.…"), the name after the index. */
  name: string;
  /** The label beside the field (a radio group's legend). */
  label: string;
  /** In «Проверьте заявление», where it is said shorter than on the form. */
  summaryLabel?: string;
  /** In the field's messages («Заполните поле «…»»), where the form's label carries a unit or note. */
  messageLabel?: string;
  hint?: string;
  /** Must be filled in: the form marks it, the schema refuses it empty (schemas.test.ts checks both agree). */
  required: boolean;
  /** A checkbox: the summary shows it as «Да» or «Нет», ticked or not. */
  checkbox?: true;
  /** Not in the summary (a consent given about others, shown only on the form). */
  summary?: false;
  /** Shown in the summary only when this holds (bank fields only for payment to a bank account). */
  when?: (values: StepValues) => boolean;
}

type Spec = Omit<FieldSpec, "key" | "name">;

/** Keys a table's entries by the step (or row list) and their own names, in the order given. */
function table<const Names extends string>(prefix: string, specs: Record<Names, Spec>): Record<Names, FieldSpec> {
  return Object.fromEntries(
    Object.entries<Spec>(specs).map(([name, spec]) => [name, { key: `${prefix}.${name}`, name, ...spec }]),
  ) as Record<Names, FieldSpec>;
}

/** The fields of a table in its order. */
export function fieldsOf(fields: Record<string, FieldSpec>): FieldSpec[] {
  return Object.values(fields);
}

export function summaryLabel(field: FieldSpec): string {
  return field.summaryLabel ?? field.label;
}

export function messageLabel(field: FieldSpec): string {
  return field.messageLabel ?? field.label;
}

export const DATE_HINT = "дд.мм.гггг";
const IF_ANY = "Если есть";

/** Фамилия, имя, отчество, дата рождения: the applicant, each child, each family member. */
const PERSON = {
  lastName: { label: "Фамилия", required: true },
  firstName: { label: "Имя", required: true },
  middleName: { label: "Отчество", hint: IF_ANY, required: false },
  birthDate: { label: "Дата рождения", hint: DATE_HINT, required: true },
} satisfies Record<string, Spec>;

export const APPLICANT_FIELDS = table("applicant", {
  ...PERSON,
  gender: { label: "Пол", required: true },
  snils: { label: "СНИЛС", hint: "11 цифр, например 112-233-445 95", required: true },
  role: { label: "Кем вы являетесь ребенку", required: true },
  passportSeries: { label: "Серия паспорта", hint: "4 цифры", required: true },
  passportNumber: { label: "Номер паспорта", hint: "6 цифр", required: true },
  passportIssueDate: { label: "Дата выдачи", hint: DATE_HINT, required: true },
  passportIssuedBy: { label: "Кем выдан", required: true },
  passportSubdivision: { label: "Код подразделения", hint: "Например, 160-005", required: true },
  phone: { label: "Мобильный телефон", hint: "Например, +7 917 000-00-01", required: true },
  email: { label: "Электронная почта", hint: IF_ANY, required: false },
});

export const ADDRESS_FIELDS = table("address", {
  territory: {
    label: "Муниципальное образование",
    hint: "По нему определяется орган социальной защиты, который рассмотрит заявление",
    required: true,
  },
  postcode: { label: "Почтовый индекс", required: true },
  registrationAddress: { label: "Адрес регистрации", hint: "Населенный пункт, улица, дом, квартира", required: true },
  residenceSame: { label: "Адрес проживания совпадает с адресом регистрации", required: false, checkbox: true },
  // Required unless the box above is ticked: the schema's refinement says so.
  residenceAddress: {
    label: "Адрес проживания",
    hint: "Если не совпадает с адресом регистрации",
    required: false,
    when: (v) => v.residenceSame !== "on",
  },
});

/** A child's row ("children.0.lastName"). */
export const CHILD_FIELDS = table("children", {
  ...PERSON,
  gender: { label: "Пол", required: true },
  snils: { label: "СНИЛС ребенка", summaryLabel: "СНИЛС", hint: IF_ANY, required: false },
  certificateSeries: {
    label: "Серия свидетельства о рождении",
    summaryLabel: "Серия свидетельства",
    hint: "Например, IV-КБ",
    required: true,
  },
  certificateNumber: {
    label: "Номер свидетельства о рождении",
    summaryLabel: "Номер свидетельства",
    hint: "6 цифр",
    required: true,
  },
  certificateDate: { label: "Дата выдачи свидетельства", hint: DATE_HINT, required: true },
  certificateIssuedBy: { label: "Орган ЗАГС", required: true },
  issuedInTatarstan: { label: "Свидетельство выдано в Республике Татарстан", required: false, checkbox: true },
  livesWithApplicant: {
    label: "Ребенок проживает со мной",
    summaryLabel: "Проживает с заявителем",
    required: false,
    checkbox: true,
  },
});

/** Asked of each child only for the child allowance (§4.1). */
export const ALLOWANCE_CHILD_FIELDS = table("children", {
  atSchool: { label: "Обучается в общеобразовательной организации", required: false, checkbox: true },
  singleMother: { label: "Ребенок одинокой матери", required: false, checkbox: true },
  alimonyEvasion: {
    label: "Второй родитель уклоняется от уплаты алиментов",
    summaryLabel: "Родитель уклоняется от уплаты алиментов",
    required: false,
    checkbox: true,
  },
  conscriptParent: {
    label: "Отец ребенка проходит военную службу по призыву",
    summaryLabel: "Родитель проходит военную службу по призыву",
    required: false,
    checkbox: true,
  },
});

export const KINDERGARTEN_FIELDS = table("kindergarten", {
  child: { label: "Ребенок, посещающий детский сад", required: true },
  kindergarten: { label: "Детский сад", required: true },
  contractNumber: { label: "Номер договора", required: true },
  contractDate: { label: "Дата договора", hint: DATE_HINT, required: true },
  groupHours: { label: "Режим пребывания в группе", required: true },
  fee: {
    label: "Родительская плата в месяц, ₽",
    messageLabel: "Родительская плата в месяц",
    hint: "Как в квитанции детского сада",
    required: true,
  },
  feePaid: {
    label: "Родительская плата за текущий месяц внесена",
    summaryLabel: "Плата за текущий месяц внесена",
    required: false,
    checkbox: true,
  },
});

export const FAMILY_FIELDS = table("family", {
  applicantIncome: {
    label: "Ваш доход за 3 месяца, ₽",
    messageLabel: "Ваш доход за 3 месяца",
    hint: "Заработная плата, пенсии, пособия и другие доходы; 0, если доходов не было",
    required: true,
  },
  childrenIncome: {
    label: "Доходы детей за 3 месяца, ₽",
    messageLabel: "Доходы детей за 3 месяца (алименты, пенсии, пособия)",
    hint: "Алименты, пенсии по потере кормильца; 0, если их нет",
    required: true,
  },
  // Required once an adult member is listed: the schema's refinement says so.
  membersConsent: {
    label: "Совершеннолетние члены семьи согласны на обработку их персональных данных",
    required: false,
    checkbox: true,
    summary: false,
  },
});

/** A family member's row ("members.0.lastName"). */
export const MEMBER_FIELDS = table("members", {
  ...PERSON,
  relation: { label: "Степень родства", required: true },
  status: { label: "Занятость", required: true },
  income: { label: "Доход за 3 месяца, ₽", messageLabel: "Доход за 3 месяца", required: true },
});

// Only the chosen method's fields are required (the schema checks them); none is on its own.
export const PAYMENT_FIELDS = table("payment", {
  method: { label: "Способ получения", required: true },
  bik: { label: "БИК банка", hint: "9 цифр", required: false, when: (v) => v.method === "bank" },
  account: { label: "Номер счета", hint: "20 цифр", required: false, when: (v) => v.method === "bank" },
  card: { label: "Номер карты «Мир»", hint: "16–19 цифр", required: false, when: (v) => v.method === "card" },
  postOffice: {
    label: "Индекс почтового отделения",
    hint: "6 цифр",
    required: false,
    when: (v) => v.method === "post",
  },
});

export const CONSENT_FIELDS = table("consent", {
  personalData: {
    label: "Даю согласие на обработку персональных данных",
    summaryLabel: "Согласие на обработку персональных данных",
    required: true,
    checkbox: true,
  },
  truthful: {
    label: "Подтверждаю, что сведения в заявлении достоверны",
    summaryLabel: "Сведения достоверны",
    required: true,
    checkbox: true,
  },
  reportChanges: {
    label: "Обязуюсь сообщать об изменениях, влияющих на право на выплату, в течение 2 недель",
    summaryLabel: "Обязуюсь сообщать об изменениях",
    required: true,
    checkbox: true,
  },
});

/** The step tables whose fields stand once on the step (rows have their own tables above). */
export const STEP_FIELDS: Record<Exclude<StepId, "attachments" | "children">, Record<string, FieldSpec>> = {
  applicant: APPLICANT_FIELDS,
  address: ADDRESS_FIELDS,
  kindergarten: KINDERGARTEN_FIELDS,
  family: FAMILY_FIELDS,
  payment: PAYMENT_FIELDS,
  consent: CONSENT_FIELDS,
};
