import { EsiaProtocolError } from "./errors";
import { isPersonScope, PERSON_SCOPES, type PersonScope } from "./scopes";

// The `permissions` parameter of v2/ac (research/esia.md §3.1): base64url JSON, an array of
// Digital Profile consent requests `{sysname, expire, actions[], purposes[], scopes[],
// responsibleObject}` [ofstudio/go-api-epgu esia/aas/permissions.go]. Real ESIA checks each one
// against its registry of consent types and answers ESIA-0367xx [go-api-epgu esia/aas/errors.go].
// That registry is not public: the consent types below are the mock's own (documented in
// docs/esia-mock.md); the action mnemonics are the real ones [VantaFinance/esia-struct Action.php].

interface ConsentType {
  title: string;
  /** Scopes the consent may cover; empty = scopes are forbidden for the type (ESIA-036704). */
  scopes: PersonScope[];
  /** At least one of these must be asked for (ESIA-036702). */
  requiredScopes: PersonScope[];
  purposes: Record<string, string>;
  /** The type takes exactly one purpose (ESIA-036727). */
  singlePurpose: boolean;
}

export const PERMISSION_ACTIONS: Record<string, string> = {
  ALL_ACTIONS_TO_DATA:
    "Обработка персональных данных, включая сбор, запись, систематизацию, накопление, хранение, уточнение, извлечение, использование, передачу, обезличивание, блокирование, удаление, уничтожение",
  USE_DATA: "Сбор, запись, систематизация, накопление и хранение персональных данных",
  SHARE_DATA: "Распространение общедоступных персональных данных",
};

export const CONSENT_TYPES: Record<string, ConsentType> = {
  MOCK_SOCIAL_SUPPORT: {
    title: "Согласие на обработку персональных данных для назначения мер социальной поддержки",
    scopes: [
      "fullname",
      "birthdate",
      "gender",
      "snils",
      "inn",
      "id_doc",
      "addresses",
      "mobile",
      "email",
      "kid_fullname",
      "kid_birthdate",
      "kid_gender",
      "kid_snils",
      "kid_birth_cert_doc",
    ],
    requiredScopes: ["fullname"],
    purposes: {
      SOCIAL_BENEFIT: "Назначение и выплата пособий и компенсаций",
      STATE_SERVICE: "Предоставление государственной услуги",
    },
    singlePurpose: true,
  },
  MOCK_NOTIFICATIONS: {
    title: "Согласие на получение информационных сообщений",
    scopes: [],
    requiredScopes: [],
    purposes: { INFORMING: "Информирование о ходе оказания услуг" },
    singlePurpose: false,
  },
};

/** The longest consent the mock accepts, in minutes (5 years); ESIA's own limit is not published. */
export const MAX_PERMISSION_EXPIRE_MINUTES = 5 * 366 * 24 * 60;

export interface Permission {
  sysname: string;
  expire: number | null;
  actions: string[];
  purposes: string[];
  scopes: PersonScope[];
  responsibleObject: string | null;
}

function invalid(detail: string): EsiaProtocolError {
  return new EsiaProtocolError("ESIA-007003", `[permissions: ${detail}]`);
}

function sysnames(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const names = value.map((item) =>
    item && typeof item === "object" && typeof (item as { sysname?: unknown }).sysname === "string"
      ? (item as { sysname: string }).sysname
      : null,
  );
  return names.every((name) => name !== null) ? (names as string[]) : null;
}

function parsePermission(value: unknown, index: number): Permission {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw invalid(`item ${index} is not an object`);
  const item = value as Record<string, unknown>;
  if (typeof item.sysname !== "string" || item.sysname.trim() === "") throw new EsiaProtocolError("ESIA-036700");
  const type = CONSENT_TYPES[item.sysname];
  if (!type) throw new EsiaProtocolError("ESIA-036701", `[${item.sysname}]`);

  const scopes = sysnames(item.scopes);
  const actions = sysnames(item.actions);
  const purposes = sysnames(item.purposes);
  if (!scopes || !actions || !purposes)
    throw invalid(`item ${index}: actions, purposes and scopes are arrays of {sysname}`);

  if (type.scopes.length === 0 && scopes.length > 0) throw new EsiaProtocolError("ESIA-036704", `[${item.sysname}]`);
  const outside = scopes.filter((scope) => !(type.scopes as string[]).includes(scope));
  if (outside.length) throw new EsiaProtocolError("ESIA-036703", `[${outside.join(", ")}]`);
  if (type.requiredScopes.length && !type.requiredScopes.some((scope) => scopes.includes(scope))) {
    throw new EsiaProtocolError("ESIA-036702", `[${type.requiredScopes.join(", ")}]`);
  }

  if (actions.length === 0) throw new EsiaProtocolError("ESIA-036705");
  const unknownAction = actions.find((action) => !Object.hasOwn(PERMISSION_ACTIONS, action));
  if (unknownAction) throw new EsiaProtocolError("ESIA-036706", `[${unknownAction}]`);

  if (purposes.length === 0) throw new EsiaProtocolError("ESIA-036707");
  const unknownPurpose = purposes.find((purpose) => !Object.hasOwn(type.purposes, purpose));
  if (unknownPurpose) throw new EsiaProtocolError("ESIA-036726", `[${unknownPurpose}]`);
  if (type.singlePurpose && purposes.length !== 1) throw new EsiaProtocolError("ESIA-036727");

  // go-api-epgu omits `expire` when zero (omitempty): absent means "the type's default term".
  let expire: number | null = null;
  if (item.expire !== undefined && item.expire !== null) {
    if (
      typeof item.expire !== "number" ||
      !Number.isInteger(item.expire) ||
      item.expire <= 0 ||
      item.expire > MAX_PERMISSION_EXPIRE_MINUTES
    ) {
      throw new EsiaProtocolError("ESIA-036716", `[${String(item.expire)}]`);
    }
    expire = item.expire;
  }
  const responsibleObject =
    typeof item.responsibleObject === "string" && item.responsibleObject.trim()
      ? item.responsibleObject.trim().slice(0, 500)
      : null;
  return { sysname: item.sysname, expire, actions, purposes, scopes: scopes.filter(isPersonScope), responsibleObject };
}

/**
 * Decodes and validates `permissions`. Absent, empty, `null` (go-api-epgu sends base64url
 * "null", `bnVsbA`, on every login without consents) and `[]` all mean "no consents asked":
 * that client logs in against the test stand with it, so real ESIA must accept it.
 * Anything else that is not a JSON array of consent objects is ESIA-007003.
 */
export function parsePermissions(raw: string | undefined, requestedScopes: string[]): Permission[] {
  if (raw === undefined || raw.trim() === "") return [];
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw.trim().replace(/\+/g, "-").replace(/\//g, "_"), "base64url").toString("utf8"));
  } catch {
    throw invalid("not base64url JSON");
  }
  if (decoded === null) return [];
  if (!Array.isArray(decoded)) throw invalid("not an array");
  if (decoded.length === 0) return [];
  // ESIA: consents are asked "with openid in scope" (research/esia.md §3.1).
  if (!requestedScopes.includes("openid"))
    throw new EsiaProtocolError("ESIA-007006", "[permissions need openid in scope]");
  if (decoded.length > 20) throw invalid("more than 20 consents");
  return decoded.map(parsePermission);
}

/** The person scopes the consents cover, for the token's scope claim. */
export function permissionScopes(permissions: Permission[]): PersonScope[] {
  return [...new Set(permissions.flatMap((permission) => permission.scopes))];
}

export interface PermissionView {
  title: string;
  purposes: string[];
  actions: string[];
  data: string[];
  term: string;
  responsibleObject: string | null;
}

function minutesInRussian(minutes: number): string {
  const plural = (n: number, one: string, few: string, many: string) => {
    const tens = n % 100;
    const units = n % 10;
    if (tens >= 11 && tens <= 14) return many;
    if (units === 1) return one;
    if (units >= 2 && units <= 4) return few;
    return many;
  };
  if (minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return `${days} ${plural(days, "день", "дня", "дней")}`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} ${plural(hours, "час", "часа", "часов")}`;
  }
  return `${minutes} ${plural(minutes, "минута", "минуты", "минут")}`;
}

/** What the consent screen lists for each consent, in Russian. */
export function describePermission(permission: Permission): PermissionView {
  const type = CONSENT_TYPES[permission.sysname]!;
  return {
    title: type.title,
    purposes: permission.purposes.map((purpose) => type.purposes[purpose]!),
    actions: permission.actions.map((action) => PERMISSION_ACTIONS[action]!),
    data: permission.scopes.map((scope) => PERSON_SCOPES[scope]),
    term: permission.expire
      ? `Срок действия согласия: ${minutesInRussian(permission.expire)}`
      : "Срок действия согласия — по правилам типа согласия",
    responsibleObject: permission.responsibleObject,
  };
}

/** Stored on the authorization request in ESIA's own shape, so reading it back re-validates it. */
export function permissionsToJson(permissions: Permission[]): object[] {
  const named = (names: string[]) => names.map((sysname) => ({ sysname }));
  return permissions.map((permission) => ({
    sysname: permission.sysname,
    ...(permission.expire ? { expire: permission.expire } : {}),
    actions: named(permission.actions),
    purposes: named(permission.purposes),
    scopes: named(permission.scopes),
    ...(permission.responsibleObject ? { responsibleObject: permission.responsibleObject } : {}),
  }));
}

/** The consents of a stored authorization request (see permissionsToJson). */
export function permissionsFromJson(value: unknown): Permission[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    try {
      return [parsePermission(item, index)];
    } catch {
      return [];
    }
  });
}
