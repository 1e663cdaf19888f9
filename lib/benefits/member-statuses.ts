// A module of its own so the form step's fields in the browser do not carry the means test.

/** A family member's occupation, as the means test counts it. */
export type MemberStatus =
  | "working"
  | "unemployed"
  | "fullTimeStudent"
  | "pensioner"
  | "conscript"
  | "fullStateSupport"
  | "servingSentence"
  | "other";

export const MEMBER_STATUSES: Record<MemberStatus, string> = {
  working: "Работает",
  unemployed: "Не работает",
  fullTimeStudent: "Обучается по очной форме",
  pensioner: "Пенсионер",
  conscript: "Проходит военную службу по призыву",
  fullStateSupport: "Находится на полном государственном обеспечении",
  servingSentence: "Отбывает наказание в виде лишения свободы",
  other: "Иное",
};
