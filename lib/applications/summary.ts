import { MEMBER_STATUSES } from "../benefits/means-test";
import { APPLICANT_ROLES, type ServiceId } from "../benefits/services";
import { bankByBik } from "../reference/banks";
import { kindergartenById } from "../reference/kindergartens";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import {
  ALLOWANCE_CHILD_FIELDS,
  CHILD_FIELDS,
  FAMILY_FIELDS,
  fieldsOf,
  KINDERGARTEN_FIELDS,
  MEMBER_FIELDS,
  STEP_FIELDS,
  summaryLabel,
  type FieldSpec,
} from "./fields";
import { GENDER_LABELS, MEMBER_RELATIONS, PAYMENT_METHODS } from "./answer-options";
import { rowCount, STEP_TITLES, stepsOf, type Answers, type StepId, type StepValues } from "./steps";

// The answers as the person typed them, with labels: the check-your-answers page, the
// caseworker's view of the application and the receipt all read this one description.

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

type Display = (value: string, values: StepValues) => string;

const yesNo: Display = (value) => (value === "on" ? "Да" : "Нет");
const fromMap =
  (map: Record<string, string>): Display =>
  (value) =>
    map[value] ?? value;

const TERRITORY_NAMES = Object.fromEntries(TATARSTAN_TERRITORIES.map((t) => [t.code, t.name]));

/** How a stored value reads, by the field's key (lib/applications/fields.ts); plain text otherwise. */
const DISPLAY: Record<string, Display> = {
  "applicant.gender": fromMap(GENDER_LABELS),
  "applicant.role": fromMap(APPLICANT_ROLES),
  "address.territory": fromMap(TERRITORY_NAMES),
  "children.gender": fromMap(GENDER_LABELS),
  "kindergarten.kindergarten": (id) => kindergartenById(id)?.name ?? id,
  "kindergarten.groupHours": (h) => `${h.replace(".", ",")} ч`,
  "members.relation": fromMap(MEMBER_RELATIONS),
  "members.status": fromMap(MEMBER_STATUSES),
  "payment.method": fromMap(PAYMENT_METHODS),
  "payment.bik": (bik) => (bankByBik(bik.trim()) ? `${bik} (${bankByBik(bik.trim())!.name})` : bik),
};

function display(field: FieldSpec): Display | undefined {
  return DISPLAY[field.key] ?? (field.checkbox ? yesNo : undefined);
}

function rows(
  values: StepValues,
  fields: Record<string, FieldSpec>,
  esia: Set<string>,
  step: StepId,
  prefix = "",
  titlePrefix = "",
): SummaryRow[] {
  const result: SummaryRow[] = [];
  for (const field of fieldsOf(fields)) {
    const name = `${prefix}${field.name}`;
    const raw = values[name] ?? "";
    if (field.summary === false || (field.when && !field.when(values))) continue;
    if (!raw.trim() && !field.checkbox) continue;
    const shown = display(field);
    result.push({
      field: name,
      label: `${titlePrefix}${summaryLabel(field)}`,
      value: shown ? shown(raw, values) : raw,
      fromEsia: esia.has(`${step}.${name}`),
    });
  }
  return result;
}

export function childName(values: StepValues, index: number): string {
  return (
    [
      values[`children.${index}.lastName`],
      values[`children.${index}.firstName`],
      values[`children.${index}.middleName`],
    ]
      .filter(Boolean)
      .join(" ") || `Ребенок ${index + 1}`
  );
}

export function applicationSummary(
  serviceId: ServiceId,
  answers: Answers,
  esiaFields: readonly string[],
): SummarySection[] {
  const esia = new Set(esiaFields);
  return stepsOf(serviceId)
    .filter((step) => step !== "attachments")
    .map((stepId) => {
      const values = answers[stepId] ?? {};
      let sectionRows: SummaryRow[];
      if (stepId === "children") {
        const labels = serviceId === "child-allowance" ? { ...CHILD_FIELDS, ...ALLOWANCE_CHILD_FIELDS } : CHILD_FIELDS;
        sectionRows = Array.from({ length: rowCount(values, "children") }, (_, i) =>
          rows(values, labels, esia, stepId, `children.${i}.`, `Ребенок ${i + 1}: `),
        ).flat();
      } else if (stepId === "family") {
        sectionRows = [
          ...rows(values, FAMILY_FIELDS, esia, stepId),
          ...Array.from({ length: rowCount(values, "members", 0) }, (_, i) =>
            rows(values, MEMBER_FIELDS, esia, stepId, `members.${i}.`, `Член семьи ${i + 1}: `),
          ).flat(),
        ];
      } else if (stepId === "kindergarten") {
        const children = answers.children ?? {};
        sectionRows = rows(values, KINDERGARTEN_FIELDS, esia, stepId).map((row) =>
          row.field === KINDERGARTEN_FIELDS.child.name
            ? { ...row, value: childName(children, Number(row.value)) }
            : row,
        );
      } else {
        sectionRows = rows(values, STEP_FIELDS[stepId], esia, stepId);
      }
      return { stepId, title: STEP_TITLES[stepId], rows: sectionRows };
    });
}
