import { z } from "zod";
import "../validation/russian-messages";
import { ALLOWANCE_CATEGORIES, type AllowanceCategory } from "../benefits/child-allowance";
import { MEMBER_STATUSES, type MemberStatus } from "../benefits/means-test";
import { GROUP_HOURS, type GroupHours } from "../benefits/reference-data";
import { APPLICANT_ROLES, BENEFIT_SERVICES, type ApplicantRole, type ServiceId } from "../benefits/services";
import { kindergartenById } from "../reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import {
  accountField,
  bikField,
  birthCertificateNumberField,
  birthCertificateSeriesField,
  checkAccountAgainstBik,
  checkPassportIssueAgainstBirthDate,
  dateOfBirthField,
  emailField,
  limitedText,
  mirCardField,
  optionalField,
  passportIssueDateField,
  passportNumberField,
  passportSeriesField,
  personNameField,
  phoneField,
  requiredMessage,
  rublesField,
  snilsField,
  subdivisionCodeField,
} from "../validation/fields";
import { parseCalendarDate, todayInMoscow } from "../validation/calendar-date";
import {
  ADDRESS_FIELDS,
  APPLICANT_FIELDS,
  CHILD_FIELDS,
  FAMILY_FIELDS,
  KINDERGARTEN_FIELDS,
  MEMBER_FIELDS,
  messageLabel,
  PAYMENT_FIELDS,
} from "./fields";
import { GENDERS, PAYMENT_METHODS, RELATION_VALUES } from "./answer-options";
import { nestValues, type StepId, type StepValues } from "./steps";

export { GENDER_LABELS, MEMBER_RELATIONS, PAYMENT_METHODS } from "./answer-options";

// One zod schema per step of the application form (research/benefits.md §8), shared by the
// browser (react-hook-form) and the server action. They parse the nested form of the typed
// values (steps.ts nestValues) and yield normalised data; messages are the ones shown beside the
// fields, keyed by the field's name ("children.0.birthDate").

const MAX_CHILDREN = 10;
const MAX_MEMBERS = 10;

function filled(label: string, max = 200) {
  return limitedText(label, max);
}

function choice<const Values extends readonly [string, ...string[]]>(label: string, values: Values) {
  return z.enum(values, { error: `Выберите значение в поле «${label}»` });
}

/** A checkbox posts "on" when ticked and nothing otherwise (react-hook-form: "on" or false). */
const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === true);

/**
 * A checkbox that must be ticked. One refinement, not a union of literals: a union reports its
 * closest option's own issue (zod's «Invalid input: expected "on"») instead of this message.
 */
function requiredTick(message: string) {
  return z
    .unknown()
    .refine((value) => value === "on" || value === true, { error: message })
    .transform(() => true as const);
}

/** A date typed dd.mm.yyyy, not in the future. */
function pastDate(label: string) {
  return filled(label).transform((text, ctx) => {
    const date = parseCalendarDate(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Введите дату в формате дд.мм.гггг", input: text });
      return z.NEVER;
    }
    if (date > todayInMoscow()) {
      ctx.addIssue({ code: "custom", message: `${label} не может быть в будущем`, input: text });
      return z.NEVER;
    }
    return date;
  });
}

const ROLE_VALUES = Object.keys(APPLICANT_ROLES) as [ApplicantRole, ...ApplicantRole[]];
const TERRITORY_CODES = TATARSTAN_TERRITORIES.map((t) => t.code) as [string, ...string[]];
const HOURS_VALUES = GROUP_HOURS.map(String) as [string, ...string[]];
const MEMBER_STATUS_VALUES = Object.keys(MEMBER_STATUSES) as [MemberStatus, ...MemberStatus[]];
const CATEGORY_VALUES = Object.keys(ALLOWANCE_CATEGORIES) as AllowanceCategory[];

// --- Заявитель ----------------------------------------------------------------------------------

export const applicantSchema = z
  .object({
    lastName: personNameField(messageLabel(APPLICANT_FIELDS.lastName)),
    firstName: personNameField(messageLabel(APPLICANT_FIELDS.firstName)),
    middleName: personNameField(messageLabel(APPLICANT_FIELDS.middleName), { required: false }),
    birthDate: dateOfBirthField,
    gender: choice(messageLabel(APPLICANT_FIELDS.gender), GENDERS),
    snils: snilsField,
    role: choice(messageLabel(APPLICANT_FIELDS.role), ROLE_VALUES),
    passportSeries: passportSeriesField,
    passportNumber: passportNumberField,
    passportIssueDate: passportIssueDateField,
    passportIssuedBy: filled(messageLabel(APPLICANT_FIELDS.passportIssuedBy)),
    passportSubdivision: subdivisionCodeField,
    phone: phoneField,
    email: optionalField(emailField),
  })
  .superRefine((values, ctx) => {
    checkPassportIssueAgainstBirthDate({ birthDate: values.birthDate, issueDate: values.passportIssueDate }, ctx, [
      "passportIssueDate",
    ]);
  });

// --- Адрес --------------------------------------------------------------------------------------

export const addressSchema = z
  .object({
    territory: choice(messageLabel(ADDRESS_FIELDS.territory), TERRITORY_CODES),
    postcode: filled(messageLabel(ADDRESS_FIELDS.postcode), 6).regex(/^4[0-9]{5}$/, {
      error: "Введите индекс из 6 цифр; индексы Татарстана начинаются с 42",
    }),
    registrationAddress: filled(messageLabel(ADDRESS_FIELDS.registrationAddress), 300),
    residenceSame: checkbox,
    residenceAddress: z.string().trim().max(300, { error: "Не длиннее 300 символов" }).optional(),
  })
  .superRefine((values, ctx) => {
    if (!values.residenceSame && !values.residenceAddress) {
      ctx.addIssue({
        code: "custom",
        message: requiredMessage(messageLabel(ADDRESS_FIELDS.residenceAddress)),
        path: ["residenceAddress"],
      });
    }
  });

// --- Дети ---------------------------------------------------------------------------------------

function childSchema(serviceId: ServiceId) {
  const allowance = serviceId === "child-allowance";
  return z
    .object({
      lastName: personNameField(messageLabel(CHILD_FIELDS.lastName)),
      firstName: personNameField(messageLabel(CHILD_FIELDS.firstName)),
      middleName: personNameField(messageLabel(CHILD_FIELDS.middleName), { required: false }),
      birthDate: dateOfBirthField,
      gender: choice(messageLabel(CHILD_FIELDS.gender), GENDERS),
      snils: optionalField(snilsField),
      certificateSeries: birthCertificateSeriesField,
      certificateNumber: birthCertificateNumberField,
      certificateDate: pastDate(messageLabel(CHILD_FIELDS.certificateDate)),
      certificateIssuedBy: filled(messageLabel(CHILD_FIELDS.certificateIssuedBy)),
      issuedInTatarstan: checkbox,
      livesWithApplicant: checkbox,
      // Asked only for the child allowance (§4.1): school age limit and the increased amounts.
      atSchool: checkbox,
      singleMother: checkbox,
      alimonyEvasion: checkbox,
      conscriptParent: checkbox,
    })
    .transform(({ atSchool, singleMother, alimonyEvasion, conscriptParent, ...child }) => {
      const flags: Record<AllowanceCategory, boolean> = { singleMother, alimonyEvasion, conscriptParent };
      return {
        ...child,
        atSchool: allowance && atSchool,
        categories: allowance ? CATEGORY_VALUES.filter((category) => flags[category]) : [],
      };
    });
}

export function childrenSchema(serviceId: ServiceId) {
  const inPersonOutsideRt = BENEFIT_SERVICES[serviceId].inPersonCases.includes("birthCertificateOutsideTatarstan");
  return z
    .object({
      children: z
        .array(childSchema(serviceId), { error: "Добавьте сведения хотя бы об одном ребенке" })
        .min(1, { error: "Добавьте сведения хотя бы об одном ребенке" })
        .max(MAX_CHILDREN, { error: `Не больше ${MAX_CHILDREN} детей в одном заявлении` }),
    })
    .superRefine((values, ctx) => {
      values.children.forEach((child, index) => {
        if (child.certificateDate < child.birthDate) {
          ctx.addIssue({
            code: "custom",
            message: "Свидетельство не может быть выдано раньше рождения ребенка",
            path: ["children", index, "certificateDate"],
          });
        }
        if (inPersonOutsideRt && !child.issuedInTatarstan) {
          ctx.addIssue({
            code: "custom",
            message:
              "Если свидетельство выдано за пределами Республики Татарстан, заявление подается лично в отделении РЦМП",
            path: ["children", index, "issuedInTatarstan"],
          });
        }
      });
    });
}

// --- Детский сад --------------------------------------------------------------------------------

export const kindergartenSchema = z.object({
  child: filled(messageLabel(KINDERGARTEN_FIELDS.child), 2).regex(/^\d{1,2}$/, { error: "Выберите ребенка" }),
  kindergarten: filled(messageLabel(KINDERGARTEN_FIELDS.kindergarten)).refine((id) => kindergartenById(id) !== null, {
    error: "Выберите детский сад из списка",
  }),
  contractNumber: filled(messageLabel(KINDERGARTEN_FIELDS.contractNumber), 40),
  contractDate: pastDate(messageLabel(KINDERGARTEN_FIELDS.contractDate)),
  groupHours: choice(messageLabel(KINDERGARTEN_FIELDS.groupHours), HOURS_VALUES).transform(
    (hours) => Number(hours) as GroupHours,
  ),
  fee: rublesField(messageLabel(KINDERGARTEN_FIELDS.fee), { positive: true }),
  feePaid: checkbox,
});

// --- Семья и доходы -----------------------------------------------------------------------------

const memberSchema = z.object({
  lastName: personNameField(messageLabel(MEMBER_FIELDS.lastName)),
  firstName: personNameField(messageLabel(MEMBER_FIELDS.firstName)),
  middleName: personNameField(messageLabel(MEMBER_FIELDS.middleName), { required: false }),
  birthDate: dateOfBirthField,
  relation: choice(messageLabel(MEMBER_FIELDS.relation), RELATION_VALUES),
  status: choice(messageLabel(MEMBER_FIELDS.status), MEMBER_STATUS_VALUES),
  income: rublesField(messageLabel(MEMBER_FIELDS.income), { positive: false }),
});

export const familySchema = z
  .object({
    applicantIncome: rublesField(messageLabel(FAMILY_FIELDS.applicantIncome), { positive: false }),
    childrenIncome: rublesField(messageLabel(FAMILY_FIELDS.childrenIncome), { positive: false }),
    members: z
      .array(memberSchema)
      .max(MAX_MEMBERS, { error: `Не больше ${MAX_MEMBERS} членов семьи` })
      .default([]),
    membersConsent: checkbox,
  })
  .superRefine((values, ctx) => {
    if (values.members.some((m) => m.relation === "spouse" || m.relation === "other") && !values.membersConsent) {
      ctx.addIssue({
        code: "custom",
        message: "Подтвердите, что совершеннолетние члены семьи согласны на обработку их персональных данных",
        path: ["membersConsent"],
      });
    }
  });

// --- Способ выплаты -----------------------------------------------------------------------------

const PAYMENT_VALUES = Object.keys(PAYMENT_METHODS) as [
  keyof typeof PAYMENT_METHODS,
  ...(keyof typeof PAYMENT_METHODS)[],
];

export const paymentSchema = z
  .object({
    method: choice(messageLabel(PAYMENT_FIELDS.method), PAYMENT_VALUES),
    bik: z.string().optional(),
    account: z.string().optional(),
    card: z.string().optional(),
    postOffice: z.string().optional(),
  })
  .transform((values, ctx) => {
    // Only the chosen method's fields are required and checked; the others are ignored.
    const run = <T>(schema: z.ZodType<T, string>, value: string | undefined, path: string): T | undefined => {
      const result = schema.safeParse(value ?? "");
      if (result.success) return result.data;
      ctx.addIssue({ code: "custom", message: result.error.issues[0]?.message ?? "Проверьте значение", path: [path] });
      return undefined;
    };
    if (values.method === "bank") {
      const bik = run(bikField, values.bik, "bik");
      const account = run(accountField, values.account, "account");
      if (bik && account) checkAccountAgainstBik({ bik, account }, ctx, ["account"]);
      return { method: values.method, bik, account };
    }
    if (values.method === "card") return { method: values.method, card: run(mirCardField, values.card, "card") };
    const postOffice = run(
      filled(messageLabel(PAYMENT_FIELDS.postOffice), 6).regex(/^\d{6}$/, { error: "Введите индекс из 6 цифр" }),
      values.postOffice,
      "postOffice",
    );
    return { method: values.method, postOffice };
  });

// --- Документы ----------------------------------------------------------------------------------

/** The attachments step has no typed fields: the files are checked as they are uploaded. */
export const attachmentsSchema = z.object({});

// --- Согласие -----------------------------------------------------------------------------------

export const consentSchema = z.object({
  personalData: requiredTick("Без согласия на обработку персональных данных заявление не может быть рассмотрено"),
  truthful: requiredTick("Подтвердите, что сведения достоверны"),
  reportChanges: requiredTick("Подтвердите обязательство сообщать об изменениях"),
});

// -----------------------------------------------------------------------------------------------

export type ApplicantAnswers = z.output<typeof applicantSchema>;
export type AddressAnswers = z.output<typeof addressSchema>;
export type ChildrenAnswers = z.output<ReturnType<typeof childrenSchema>>;
export type KindergartenAnswers = z.output<typeof kindergartenSchema>;
export type FamilyAnswers = z.output<typeof familySchema>;
export type PaymentAnswers = z.output<typeof paymentSchema>;

/** The schema of one step of one service. */
export function stepSchema(serviceId: ServiceId, step: StepId): z.ZodType<unknown, Record<string, unknown>> {
  switch (step) {
    case "applicant":
      return applicantSchema as z.ZodType<unknown, Record<string, unknown>>;
    case "address":
      return addressSchema as z.ZodType<unknown, Record<string, unknown>>;
    case "children":
      return childrenSchema(serviceId) as z.ZodType<unknown, Record<string, unknown>>;
    case "kindergarten":
      return kindergartenSchema as z.ZodType<unknown, Record<string, unknown>>;
    case "family":
      return familySchema as z.ZodType<unknown, Record<string, unknown>>;
    case "payment":
      return paymentSchema as z.ZodType<unknown, Record<string, unknown>>;
    case "attachments":
      return attachmentsSchema as z.ZodType<unknown, Record<string, unknown>>;
    case "consent":
      return consentSchema as z.ZodType<unknown, Record<string, unknown>>;
  }
}

export type StepCheck = { ok: true; data: unknown } | { ok: false; errors: Record<string, string> };

/** Validates the typed values of a step. Never throws: any input gets data or messages. */
export function checkStep(serviceId: ServiceId, step: StepId, values: StepValues): StepCheck {
  const result = stepSchema(serviceId, step).safeParse(nestValues(values));
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
  return { ok: false, errors };
}
