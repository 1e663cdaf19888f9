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
  usr_org: "Организации, в которых вы работаете, и ваши должности в них",
} as const;

export type PersonScope = keyof typeof PERSON_SCOPES;

export function isPersonScope(scope: string): scope is PersonScope {
  return Object.hasOwn(PERSON_SCOPES, scope);
}

/** ESIA sends scopes space-separated; `+` arrives decoded as a space already. */
export function parseScope(scope: string | null | undefined): string[] {
  return (scope ?? "").split(/\s+/).filter(Boolean);
}

/**
 * The access token's `scope` claim: each granted scope suffixed with ?oid=…, except openid; an
 * organisation's scopes (org_*) with ?org_oid=… of the organisation the person entered for.
 */
export function grantedScopeClaim(scopes: string[], oid: number, orgOid: number | null = null): string {
  return scopes
    .flatMap((scope) =>
      scope === "openid"
        ? [scope]
        : scope.startsWith("org_")
          ? orgOid
            ? [`${scope}?org_oid=${orgOid}`]
            : []
          : [`${scope}?oid=${oid}`],
    )
    .join(" ");
}

export function hasAnyScope(granted: string[], ...wanted: string[]): boolean {
  return wanted.some((scope) => granted.includes(scope));
}

/** The permission to re-issue a person's token without them (grant_type=client_credentials). */
export const TOKEN_UPDATE_SCOPE = "prm_chg";

/**
 * The scope of a client_credentials request: `prm_chg?oid=…`, optionally with person scopes for
 * the same oid (`fullname?oid=…`), as ESIA writes them in a token. null when malformed: no
 * prm_chg, an item without a numeric oid, two people, an unknown scope or a repeated one.
 */
export function parseTokenUpdateScope(scope: string | null | undefined): { oid: number; scopes: string[] } | null {
  const items = parseScope(scope).map((item) => /^([a-z_]+)\?oid=([1-9][0-9]{0,9})$/.exec(item));
  if (items.length === 0 || items.some((match) => !match)) return null;
  const oids = new Set(items.map((match) => match![2]));
  const scopes = items.map((match) => match![1]!);
  if (
    oids.size !== 1 ||
    Number([...oids][0]) > 2 ** 31 - 1 ||
    new Set(scopes).size !== scopes.length ||
    !scopes.includes(TOKEN_UPDATE_SCOPE)
  )
    return null;
  if (!scopes.every((name) => name === TOKEN_UPDATE_SCOPE || (isPersonScope(name) && name !== "openid"))) return null;
  return { oid: Number([...oids][0]), scopes };
}
