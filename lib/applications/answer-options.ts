// The choices a citizen picks from on the form steps, with the words the form and the summary
// show. Plain data without zod, so the step's fields in the browser do not carry the schemas
// (lib/applications/schemas.ts builds its checks from these lists).

export const GENDERS = ["M", "F"] as const;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = { M: "Мужской", F: "Женский" };

export const RELATION_VALUES = ["spouse", "child", "other"] as const;
export const MEMBER_RELATIONS: Record<(typeof RELATION_VALUES)[number], string> = {
  spouse: "Супруг (супруга)",
  child: "Ребенок (не указан в заявлении)",
  other: "Иной родственник",
};

export const PAYMENT_METHODS = {
  bank: "На счет в банке",
  card: "На карту «Мир»",
  post: "Через почтовое отделение",
} as const;
