// A module of its own so the form step's fields in the browser do not carry the services' texts.

/** Кем является заявитель (§8.1). */
export type ApplicantRole = "mother" | "father" | "adoptiveParent" | "guardian" | "custodian";

export const APPLICANT_ROLES: Record<ApplicantRole, string> = {
  mother: "Мать",
  father: "Отец",
  adoptiveParent: "Усыновитель",
  guardian: "Опекун",
  custodian: "Попечитель",
};
