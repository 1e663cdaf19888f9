import type { ServiceId } from "../benefits/services";
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
import type { Locale } from "../i18n/locales";
import { choiceText, fieldTexts, fill, stepTitle } from "./form-language";
import { rowCount, stepsOf, type Answers, type StepId, type StepValues } from "./steps";
import formRu from "../../messages/form/ru.json";
import formTt from "../../messages/form/tt.json";

// The answers as the person typed them, with labels: the check-your-answers page, the
// caseworker's view of the application and the receipt all read this one description, in the
// language asked for (the staff's in Russian, the citizen's in the one they chose).

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

type Display = (value: string, locale: Locale) => string;

const WORDS = { ru: formRu, tt: formTt };
const yesNo: Display = (value, locale) => WORDS[locale].choices[value === "on" ? "yes" : "no"];
const choice =
  (list: Parameters<typeof choiceText>[1]): Display =>
  (value, locale) =>
    choiceText(locale, list, value);

const TERRITORY_NAMES = Object.fromEntries(TATARSTAN_TERRITORIES.map((t) => [t.code, t.name]));

/** How a stored value reads, by the field's key (lib/applications/fields.ts); plain text otherwise. */
const DISPLAY: Record<string, Display> = {
  "applicant.gender": choice("gender"),
  "applicant.role": choice("role"),
  // Proper names: the municipality, the kindergarten and the bank are shown as registered.
  "address.territory": (code) => TERRITORY_NAMES[code] ?? code,
  "children.gender": choice("gender"),
  "kindergarten.kindergarten": (id) => kindergartenById(id)?.name ?? id,
  "kindergarten.groupHours": (h, locale) => fill(WORDS[locale].choices.hours, { hours: h.replace(".", ",") }),
  "members.relation": choice("relation"),
  "members.status": choice("memberStatus"),
  "payment.method": choice("payment"),
  "payment.bik": (bik) => (bankByBik(bik.trim()) ? `${bik} (${bankByBik(bik.trim())!.name})` : bik),
};

function display(field: FieldSpec): Display | undefined {
  return DISPLAY[field.key] ?? (field.checkbox ? yesNo : undefined);
}

/** «Ребенок 2: », «Член семьи 1: » before a row's answers. */
function rowTitle(locale: Locale, row: "child" | "member", index: number): string {
  return fill(WORDS[locale].form[row], { number: index + 1 });
}

function rows(
  locale: Locale,
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
      label: `${titlePrefix}${locale === "ru" ? summaryLabel(field) : fieldTexts(locale, field).summaryLabel}`,
      value: shown ? shown(raw, locale) : raw,
      fromEsia: esia.has(`${step}.${name}`),
    });
  }
  return result;
}

export function childName(values: StepValues, index: number, locale: Locale = "ru"): string {
  return (
    [
      values[`children.${index}.lastName`],
      values[`children.${index}.firstName`],
      values[`children.${index}.middleName`],
    ]
      .filter(Boolean)
      .join(" ") || rowTitle(locale, "child", index)
  );
}

export function applicationSummary(
  serviceId: ServiceId,
  answers: Answers,
  esiaFields: readonly string[],
  locale: Locale = "ru",
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
          rows(locale, values, labels, esia, stepId, `children.${i}.`, `${rowTitle(locale, "child", i)}: `),
        ).flat();
      } else if (stepId === "family") {
        sectionRows = [
          ...rows(locale, values, FAMILY_FIELDS, esia, stepId),
          ...Array.from({ length: rowCount(values, "members", 0) }, (_, i) =>
            rows(locale, values, MEMBER_FIELDS, esia, stepId, `members.${i}.`, `${rowTitle(locale, "member", i)}: `),
          ).flat(),
        ];
      } else if (stepId === "kindergarten") {
        const children = answers.children ?? {};
        sectionRows = rows(locale, values, KINDERGARTEN_FIELDS, esia, stepId).map((row) =>
          row.field === KINDERGARTEN_FIELDS.child.name
            ? { ...row, value: childName(children, Number(row.value), locale) }
            : row,
        );
      } else {
        sectionRows = rows(locale, values, STEP_FIELDS[stepId], esia, stepId);
      }
      return { stepId, title: stepTitle(locale, stepId), rows: sectionRows };
    });
}
