import { APPLICANT_ROLES, type ServiceId } from "../benefits/services";
import { bankByBik } from "../reference/banks";
import { kindergartenById } from "../reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import { GENDER_LABELS, PAYMENT_METHODS } from "./answer-options";
import { ALLOWANCE_CHILD_LABELS, CHILD_LABELS, fromMap, MEMBER_LABELS, PERSON_LABELS, yesNo, type FieldLabel } from "./row-labels";
import { rowCount, STEP_TITLES, stepsOf, type Answers, type StepId, type StepValues } from "./steps";

// The answers as the person typed them, with labels: the check-your-answers page, the
// caseworker's view of the application and the receipt all read this one description.

export { ALLOWANCE_CHILD_LABELS, CHILD_LABELS, MEMBER_LABELS } from "./row-labels";

export interface SummaryRow {
  /** The form field's name on its step ("children.0.lastName"): where «Изменить» leads. */
  field: string;
  label: string;
  value: string;
  fromEsia: boolean;
}

export interface SummarySection {
  stepId: StepId;
  title: string;
  rows: SummaryRow[];
}

const TERRITORY_NAMES = Object.fromEntries(TATARSTAN_TERRITORIES.map((t) => [t.code, t.name]));

export const FIELD_LABELS: Record<Exclude<StepId, "children" | "family" | "attachments">, FieldLabel[]> = {
  applicant: [
    ...PERSON_LABELS,
    { name: "gender", label: "Пол", display: fromMap(GENDER_LABELS) },
    { name: "snils", label: "СНИЛС" },
    { name: "role", label: "Кем вы являетесь ребенку", display: fromMap(APPLICANT_ROLES) },
    { name: "passportSeries", label: "Серия паспорта" },
    { name: "passportNumber", label: "Номер паспорта" },
    { name: "passportIssueDate", label: "Дата выдачи" },
    { name: "passportIssuedBy", label: "Кем выдан" },
    { name: "passportSubdivision", label: "Код подразделения" },
    { name: "phone", label: "Мобильный телефон" },
    { name: "email", label: "Электронная почта" },
  ],
  address: [
    { name: "territory", label: "Муниципальное образование", display: fromMap(TERRITORY_NAMES) },
    { name: "postcode", label: "Почтовый индекс" },
    { name: "registrationAddress", label: "Адрес регистрации" },
    { name: "residenceSame", label: "Адрес проживания совпадает с адресом регистрации", display: yesNo, checkbox: true },
    { name: "residenceAddress", label: "Адрес проживания", when: (v) => v.residenceSame !== "on" },
  ],
  kindergarten: [
    { name: "child", label: "Ребенок, посещающий детский сад" },
    { name: "kindergarten", label: "Детский сад", display: (id) => kindergartenById(id)?.name ?? id },
    { name: "contractNumber", label: "Номер договора" },
    { name: "contractDate", label: "Дата договора" },
    { name: "groupHours", label: "Режим пребывания в группе", display: (h) => `${h.replace(".", ",")} ч` },
    { name: "fee", label: "Родительская плата в месяц, ₽" },
    { name: "feePaid", label: "Плата за текущий месяц внесена", display: yesNo, checkbox: true },
  ],
  payment: [
    { name: "method", label: "Способ получения", display: fromMap(PAYMENT_METHODS) },
    { name: "bik", label: "БИК банка", when: (v) => v.method === "bank", display: (bik) => (bankByBik(bik.trim()) ? `${bik} (${bankByBik(bik.trim())!.name})` : bik) },
    { name: "account", label: "Номер счета", when: (v) => v.method === "bank" },
    { name: "card", label: "Номер карты «Мир»", when: (v) => v.method === "card" },
    { name: "postOffice", label: "Индекс почтового отделения", when: (v) => v.method === "post" },
  ],
  consent: [
    { name: "personalData", label: "Согласие на обработку персональных данных", display: yesNo, checkbox: true },
    { name: "truthful", label: "Сведения достоверны", display: yesNo, checkbox: true },
    { name: "reportChanges", label: "Обязуюсь сообщать об изменениях", display: yesNo, checkbox: true },
  ],
};

function rows(values: StepValues, labels: FieldLabel[], esia: Set<string>, step: StepId, prefix = "", titlePrefix = ""): SummaryRow[] {
  const result: SummaryRow[] = [];
  for (const field of labels) {
    const name = `${prefix}${field.name}`;
    const raw = values[name] ?? "";
    if (field.when && !field.when(values)) continue;
    if (!raw.trim() && !field.checkbox) continue;
    result.push({ field: name, label: `${titlePrefix}${field.label}`, value: field.display ? field.display(raw, values) : raw, fromEsia: esia.has(`${step}.${name}`) });
  }
  return result;
}

export function childName(values: StepValues, index: number): string {
  return [values[`children.${index}.lastName`], values[`children.${index}.firstName`], values[`children.${index}.middleName`]].filter(Boolean).join(" ") || `Ребенок ${index + 1}`;
}

export function applicationSummary(serviceId: ServiceId, answers: Answers, esiaFields: readonly string[]): SummarySection[] {
  const esia = new Set(esiaFields);
  return stepsOf(serviceId)
    .filter((step) => step !== "attachments")
    .map((stepId) => {
      const values = answers[stepId] ?? {};
      let sectionRows: SummaryRow[];
      if (stepId === "children") {
        const labels = serviceId === "child-allowance" ? [...CHILD_LABELS, ...ALLOWANCE_CHILD_LABELS] : CHILD_LABELS;
        sectionRows = Array.from({ length: rowCount(values, "children") }, (_, i) => rows(values, labels, esia, stepId, `children.${i}.`, `Ребенок ${i + 1}: `)).flat();
      } else if (stepId === "family") {
        sectionRows = [
          ...rows(values, [{ name: "applicantIncome", label: "Ваш доход за 3 месяца, ₽" }, { name: "childrenIncome", label: "Доходы детей за 3 месяца, ₽" }], esia, stepId),
          ...Array.from({ length: rowCount(values, "members", 0) }, (_, i) => rows(values, MEMBER_LABELS, esia, stepId, `members.${i}.`, `Член семьи ${i + 1}: `)).flat(),
        ];
      } else if (stepId === "kindergarten") {
        const children = answers.children ?? {};
        sectionRows = rows(values, FIELD_LABELS.kindergarten, esia, stepId).map((row) =>
          row.label === "Ребенок, посещающий детский сад" ? { ...row, value: childName(children, Number(row.value)) } : row,
        );
      } else {
        sectionRows = rows(values, FIELD_LABELS[stepId], esia, stepId);
      }
      return { stepId, title: STEP_TITLES[stepId], rows: sectionRows };
    });
}
