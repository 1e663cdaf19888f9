import { MEMBER_STATUSES } from "../benefits/means-test";
import { GENDER_LABELS, MEMBER_RELATIONS } from "./answer-options";
import type { StepValues } from "./steps";

// The labels of the fields in a repeated row (a child, a family member), for the summary
// (lib/applications/summary.ts) and the step form's error summary in the browser: without the
// reference data the summary needs, so the form's JavaScript stays small.

export type Display = (value: string, values: StepValues) => string;

export const yesNo: Display = (value) => (value === "on" ? "Да" : "Нет");
export const fromMap =
  (map: Record<string, string>): Display =>
  (value) =>
    map[value] ?? value;

export interface FieldLabel {
  name: string;
  label: string;
  display?: Display;
  /** Shown only when this returns true (e.g. bank fields only for payment to a bank account). */
  when?: (values: StepValues) => boolean;
  /** Checkboxes: shown even when not ticked (as «Нет»). */
  checkbox?: true;
}

/** Фамилия, имя, отчество, дата рождения: the applicant, each child, each family member. */
export const PERSON_LABELS: FieldLabel[] = [
  { name: "lastName", label: "Фамилия" },
  { name: "firstName", label: "Имя" },
  { name: "middleName", label: "Отчество" },
  { name: "birthDate", label: "Дата рождения" },
];

export const CHILD_LABELS: FieldLabel[] = [
  ...PERSON_LABELS,
  { name: "gender", label: "Пол", display: fromMap(GENDER_LABELS) },
  { name: "snils", label: "СНИЛС" },
  { name: "certificateSeries", label: "Серия свидетельства" },
  { name: "certificateNumber", label: "Номер свидетельства" },
  { name: "certificateDate", label: "Дата выдачи свидетельства" },
  { name: "certificateIssuedBy", label: "Орган ЗАГС" },
  { name: "issuedInTatarstan", label: "Свидетельство выдано в Республике Татарстан", display: yesNo, checkbox: true },
  { name: "livesWithApplicant", label: "Проживает с заявителем", display: yesNo, checkbox: true },
];

export const ALLOWANCE_CHILD_LABELS: FieldLabel[] = [
  { name: "atSchool", label: "Обучается в общеобразовательной организации", display: yesNo, checkbox: true },
  { name: "singleMother", label: "Ребенок одинокой матери", display: yesNo, checkbox: true },
  { name: "alimonyEvasion", label: "Родитель уклоняется от уплаты алиментов", display: yesNo, checkbox: true },
  { name: "conscriptParent", label: "Родитель проходит военную службу по призыву", display: yesNo, checkbox: true },
];

export const MEMBER_LABELS: FieldLabel[] = [
  ...PERSON_LABELS,
  { name: "relation", label: "Степень родства", display: fromMap(MEMBER_RELATIONS) },
  { name: "status", label: "Занятость", display: fromMap(MEMBER_STATUSES) },
  { name: "income", label: "Доход за 3 месяца, ₽" },
];
