import type { ServiceId } from "./services";

// The «Предварительный расчет» forms' fields without their schemas: the form in the browser lays
// out its fields from here and loads the zod schemas (estimate-form.ts) only when it is used.

/** Field labels, shared by the form, its error summary and the tests that find fields by label. */
export const ESTIMATE_FIELD_LABELS = {
  childBirthDate: "Дата рождения ребенка",
  childrenCount: "Количество детей в семье",
  childOrder: "Каким по счету родился ребенок",
  groupHours: "Режим пребывания в группе",
  fee: "Родительская плата в месяц, ₽",
  familySize: "Число членов семьи",
  income: "Доход семьи за 3 месяца, ₽",
  allowanceChildren: "Количество детей до 16 лет",
  category: "Категория семьи",
} as const;

export type EstimateField = keyof typeof ESTIMATE_FIELD_LABELS;

/** The fields each service's form shows, in page order. */
export const ESTIMATE_FIELDS: Record<ServiceId, readonly EstimateField[]> = {
  "kindergarten-basic": ["childBirthDate", "childrenCount", "childOrder", "groupHours", "fee"],
  "kindergarten-additional": [
    "childBirthDate",
    "childrenCount",
    "childOrder",
    "groupHours",
    "fee",
    "familySize",
    "income",
  ],
  "child-allowance": ["familySize", "income", "allowanceChildren", "category"],
};
