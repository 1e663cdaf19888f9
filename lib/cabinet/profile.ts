import type { EsiaPerson } from "../esia/person";

// The cabinet's profile fields, where each came from, and how they differ from ESIA's data
// (seed 000 §4: the portal shows the differences and offers «Подтвердить замену»).

export const PROFILE_FIELDS = {
  lastName: "Фамилия",
  firstName: "Имя",
  middleName: "Отчество",
  birthDate: "Дата рождения",
  gender: "Пол",
  snils: "СНИЛС",
  email: "Электронная почта",
  phone: "Мобильный телефон",
} as const;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export type FieldSource = "entered" | "esia";
export type Profile = Record<ProfileField, string | null>;

export interface Difference {
  field: ProfileField;
  label: string;
  cabinet: string | null;
  esia: string;
}

/** ESIA's values in the cabinet's terms. Fields ESIA did not give are left out. */
export function profileFromEsia(person: EsiaPerson): Partial<Profile> {
  const values: Partial<Profile> = {
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: person.birthDate,
    gender: person.gender,
    snils: person.snils,
    email: person.email,
    phone: person.mobile,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== ""),
  ) as Partial<Profile>;
}

const comparable = (value: string | null | undefined) => (value ?? "").trim().toLowerCase().replaceAll("ё", "е");

export function differences(cabinet: Profile, person: EsiaPerson): Difference[] {
  const fromEsia = profileFromEsia(person);
  return (Object.keys(PROFILE_FIELDS) as ProfileField[]).flatMap((field) => {
    const esia = fromEsia[field];
    if (esia === undefined || esia === null || comparable(esia) === comparable(cabinet[field])) return [];
    return [{ field, label: PROFILE_FIELDS[field], cabinet: cabinet[field], esia }];
  });
}

export function displayValue(field: ProfileField, value: string | null): string {
  if (value === null || value === "") return "—";
  if (field === "gender") return value === "M" ? "Мужской" : value === "F" ? "Женский" : value;
  if (field === "birthDate") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
  }
  return value;
}

export function sourcesOf(value: unknown): Partial<Record<ProfileField, FieldSource>> {
  return value && typeof value === "object" ? (value as Partial<Record<ProfileField, FieldSource>>) : {};
}
