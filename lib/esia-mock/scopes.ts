// Person scopes the mock knows, with the Russian wording of its consent screen.

export const PERSON_SCOPES = {
  openid: "Вход в систему",
  fullname: "Фамилия, имя и отчество",
  birthdate: "Дата рождения",
  gender: "Пол",
  birthplace: "Место рождения",
  snils: "СНИЛС",
  inn: "ИНН",
  id_doc: "Данные документа, удостоверяющего личность, и гражданство",
  email: "Адрес электронной почты",
  mobile: "Номер мобильного телефона",
  contacts: "Контактные данные",
  addresses: "Адреса регистрации и фактического проживания",
  kid_fullname: "Фамилия, имя и отчество детей",
  kid_birthdate: "Даты рождения детей",
  kid_gender: "Пол детей",
  kid_snils: "СНИЛС детей",
  kid_birth_cert_doc: "Свидетельства о рождении детей",
} as const;

export type PersonScope = keyof typeof PERSON_SCOPES;

export function isPersonScope(scope: string): scope is PersonScope {
  return Object.hasOwn(PERSON_SCOPES, scope);
}

/** ESIA sends scopes space-separated; `+` arrives decoded as a space already. */
export function parseScope(scope: string | null | undefined): string[] {
  return (scope ?? "").split(/\s+/).filter(Boolean);
}

/** The access token's `scope` claim: each granted scope suffixed with ?oid=…, except openid. */
export function grantedScopeClaim(scopes: string[], oid: number): string {
  return scopes.map((scope) => (scope === "openid" ? scope : `${scope}?oid=${oid}`)).join(" ");
}

export function hasAnyScope(granted: string[], ...wanted: string[]): boolean {
  return wanted.some((scope) => granted.includes(scope));
}
