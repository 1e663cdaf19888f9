import { z } from "zod";
import { formatRussianDate, parseCalendarDate, todayInMoscow } from "../validation/calendar-date";
import { limitedText, parseRublesInput, rublesField } from "../validation/fields";
import { ageOn, type IsoDate } from "./calendar";
import { ALLOWANCE_CATEGORIES, type AllowanceCategory } from "./child-allowance";
import {
  plural,
  type AdditionalEstimateInput,
  type AllowanceEstimateInput,
  type KindergartenEstimateInput,
} from "./estimate";
import { GROUP_HOURS, type GroupHours } from "./reference-data";
import { ESTIMATE_FIELD_LABELS, type EstimateField } from "./estimate-fields";
import type { ServiceId } from "./services";

// The «Предварительный расчет» forms: one zod schema per service, run in the browser by
// react-hook-form and again by the server action. They read the strings a form posts and yield
// the inputs of lib/benefits/estimate.ts; the messages are the ones shown beside the fields.

export { ESTIMATE_FIELD_LABELS, ESTIMATE_FIELDS, type EstimateField } from "./estimate-fields";

const L = ESTIMATE_FIELD_LABELS;
const MAX_CHILDREN = 20;
const MAX_FAMILY = 30;
/** Kindergartens take children up to 7; a child of 8 or older is a typo in the date. */
const KINDERGARTEN_AGE_LIMIT = 8;

/** A whole number typed in a field, from `min` to `max`. */
function countField(label: string, min: number, max: number) {
  return limitedText(label, 4).transform((text, ctx) => {
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: "custom", message: `Введите целое число от ${min} до ${max}`, input: text });
      return z.NEVER;
    }
    return value;
  });
}

export { parseRublesInput };

/** The child's birth date: a real date, not in the future, of kindergarten age. */
const childBirthDateField = limitedText(L.childBirthDate, 10).transform((text, ctx): IsoDate => {
  const date = parseCalendarDate(text);
  const today = todayInMoscow();
  const refuse = (message: string) => {
    ctx.addIssue({ code: "custom", message, input: text });
    return z.NEVER;
  };
  if (date === null) return refuse("Введите дату в формате дд.мм.гггг");
  if (date > today) return refuse("Дата рождения не может быть в будущем");
  if (ageOn(date, today) >= KINDERGARTEN_AGE_LIMIT) {
    return refuse(
      `Детский сад посещают дети до ${KINDERGARTEN_AGE_LIMIT} лет: проверьте дату рождения (${formatRussianDate(date)})`,
    );
  }
  return date;
});

export const GROUP_HOURS_OPTIONS = GROUP_HOURS.map((hours) => ({
  value: String(hours),
  label: `${String(hours).replace(".", ",")} ч`,
}));
const HOURS_VALUES = GROUP_HOURS.map(String) as [string, ...string[]];

const groupHoursField = z
  .enum(HOURS_VALUES, { error: "Выберите режим пребывания в группе" })
  .transform((hours) => Number(hours) as GroupHours);

const kindergartenShape = {
  childBirthDate: childBirthDateField,
  childrenCount: countField(L.childrenCount, 1, MAX_CHILDREN),
  childOrder: countField(L.childOrder, 1, MAX_CHILDREN),
  groupHours: groupHoursField,
  fee: rublesField(L.fee, { positive: true }),
};

const incomeShape = {
  familySize: countField(L.familySize, 1, MAX_FAMILY),
  income: rublesField(L.income, { positive: false }),
};

function checkOrder(values: { childrenCount: number; childOrder: number }, ctx: z.RefinementCtx): void {
  if (values.childOrder > values.childrenCount) {
    ctx.addIssue({
      code: "custom",
      path: ["childOrder"],
      message: "Не может быть больше количества детей в семье",
      input: values.childOrder,
    });
  }
}

/** The family includes the applicant and every child counted. */
function checkFamilySize(values: { familySize: number }, children: number, ctx: z.RefinementCtx): void {
  if (values.familySize < children + 1) {
    ctx.addIssue({
      code: "custom",
      path: ["familySize"],
      message: `В семье не меньше ${children + 1} ${plural(children + 1, "человека", "человек", "человек")}: вы и ${children} ${plural(children, "ребенок", "ребенка", "детей")}. Проверьте число членов семьи`,
      input: values.familySize,
    });
  }
}

/** (a) основная компенсация */
export const basicEstimateForm = z
  .object(kindergartenShape)
  .superRefine((values, ctx) => checkOrder(values, ctx)) satisfies z.ZodType<KindergartenEstimateInput, unknown>;

/** (b) дополнительная компенсация */
export const additionalEstimateForm = z.object({ ...kindergartenShape, ...incomeShape }).superRefine((values, ctx) => {
  checkOrder(values, ctx);
  checkFamilySize(values, values.childrenCount, ctx);
}) satisfies z.ZodType<AdditionalEstimateInput, unknown>;

const CATEGORY_VALUES = ["none", ...(Object.keys(ALLOWANCE_CATEGORIES) as AllowanceCategory[])] as const;

export const CATEGORY_OPTIONS = CATEGORY_VALUES.map((value) => ({
  value,
  label: value === "none" ? "Нет" : ALLOWANCE_CATEGORIES[value],
}));

/** (c) ежемесячное пособие на ребенка */
export const allowanceEstimateForm = z
  .object({
    ...incomeShape,
    allowanceChildren: countField(L.allowanceChildren, 0, MAX_CHILDREN),
    category: z.enum(CATEGORY_VALUES, { error: "Выберите категорию семьи" }),
  })
  .superRefine((values, ctx) => checkFamilySize(values, values.allowanceChildren, ctx))
  .transform((values): AllowanceEstimateInput => ({
    familySize: values.familySize,
    income: values.income,
    childrenCount: values.allowanceChildren,
    category: values.category,
  }));

/** Every schema reads the same flat record of strings a form posts. */
export type EstimateFormValues = Partial<Record<EstimateField, string>>;

export const ESTIMATE_FORMS = {
  "kindergarten-basic": basicEstimateForm,
  "kindergarten-additional": additionalEstimateForm,
  "child-allowance": allowanceEstimateForm,
} as const satisfies Record<ServiceId, z.ZodType<unknown, EstimateFormValues>>;
