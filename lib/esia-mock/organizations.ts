import { createHash } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { checkInn } from "../validation/inn";
import { checkKpp, checkOgrn, ogrnControlDigit } from "../validation/organization";
import { emailField, formatPhoneEsia, optionalField, phoneField } from "../validation";
import { EsiaProtocolError } from "./errors";
import { parseScope } from "./scopes";

// Organisation accounts (decision 0021): ЮЛ, ИП and ОГВ with their ОГРН, ИНН, КПП, names, address
// and contacts, and the people who work there. A confirmed person registers an organisation and
// becomes its head; a system asks for the organisation's data with `scope_org`, the person chooses
// on the consent screen to enter for it, and the token's scopes read `org_*?org_oid=…`.

/** Organisation scopes of the methodical recommendations, with the consent screen's wording. */
export const ORG_SCOPES = {
  org_shortname: "Сокращенное наименование организации",
  org_fullname: "Полное наименование организации",
  org_type: "Тип организации",
  org_ogrn: "ОГРН организации",
  org_inn: "ИНН организации",
  org_leg: "Организационно-правовая форма",
  org_kpp: "КПП организации",
  org_agencytype: "Тип органа государственной власти",
  org_agencyterrange: "Территориальная принадлежность органа власти",
  org_oktmo: "ОКТМО организации",
  org_ctts: "Контактные данные организации",
  org_addrs: "Адреса организации",
  org_emps: "Сотрудники организации",
} as const;

export type OrgScope = keyof typeof ORG_SCOPES;

export function isOrgScope(scope: string): scope is OrgScope {
  return Object.hasOwn(ORG_SCOPES, scope);
}

/** The `scope_org` of an authorization request: known organisation scopes only (ESIA-007006). */
export function parseOrgScope(scopeOrg: string | null | undefined): OrgScope[] {
  const scopes = parseScope(scopeOrg);
  if (!scopes.every(isOrgScope)) throw new EsiaProtocolError("ESIA-007006", "[scope_org]");
  return [...new Set(scopes)];
}

/** The token's scope items for an organisation: `org_shortname?org_oid=1000000357`. */
export function orgScopeClaim(scopes: readonly string[], orgOid: number): string[] {
  return scopes.map((scope) => `${scope}?org_oid=${orgOid}`);
}

/** Reads `org_x?org_oid=N` items of a token's scope claim, by organisation. */
export function orgGrantsOf(scopeClaim: string): Map<number, Set<string>> {
  const grants = new Map<number, Set<string>>();
  for (const item of parseScope(scopeClaim)) {
    const match = /^([a-z_]+)\?org_oid=([1-9][0-9]{0,9})$/.exec(item);
    if (!match || !isOrgScope(match[1]!)) continue;
    const oid = Number(match[2]);
    grants.set(oid, (grants.get(oid) ?? new Set()).add(match[1]!));
  }
  return grants;
}

export const ORGANIZATION_TYPES = {
  LEGAL: "Юридическое лицо",
  BUSINESS: "Индивидуальный предприниматель",
  AGENCY: "Орган государственной власти",
} as const;

export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

/** ОГРНИП: 15 digits; the last is (the first 14 as a number mod 13) mod 10. */
export function isValidOgrnip(input: string): boolean {
  const digits = input.replace(/\s/g, "");
  if (!/^\d{15}$/.test(digits)) return false;
  return String(Number(BigInt(digits.slice(0, 14)) % 13n) % 10) === digits[14];
}

/** A valid ОГРНИП from its first 14 digits, for demo entrepreneurs. */
export function makeOgrnip(first14: string): string {
  return first14 + String(Number(BigInt(first14) % 13n) % 10);
}

export { ogrnControlDigit };

const text = (label: string, max = 500) =>
  z.string().trim().min(1, `Заполните поле «${label}»`).max(max, `Не больше ${max} символов`);

/**
 * «Регистрация учетной записи юридического лица» (or of an entrepreneur). An ОГВ is not
 * registered by a person at ESIA (its account is made by the operator), so the form offers two types.
 */
export const organizationRegistrationForm = z
  .object({
    type: z.enum(["LEGAL", "BUSINESS"], { message: "Выберите, кого вы регистрируете" }),
    ogrn: z.string().trim().min(1, "Введите ОГРН"),
    inn: z.string().trim().min(1, "Введите ИНН"),
    kpp: z.string().optional(),
    fullName: text("Полное наименование"),
    shortName: text("Сокращенное наименование", 200),
    zipCode: optionalField(
      z
        .string()
        .trim()
        .regex(/^\d{6}$/, "Индекс — 6 цифр"),
    ),
    legalAddress: text("Адрес места нахождения"),
    phone: optionalField(phoneField),
    email: optionalField(emailField),
    position: text("Должность", 200),
  })
  .superRefine((value, ctx) => {
    const legal = value.type === "LEGAL";
    if (legal ? !checkOgrn(value.ogrn).ok : !isValidOgrnip(value.ogrn)) {
      ctx.addIssue({
        code: "custom",
        path: ["ogrn"],
        message: legal
          ? "ОГРН — 13 цифр, последняя контрольная: проверьте номер по выписке из ЕГРЮЛ"
          : "ОГРНИП — 15 цифр, последняя контрольная: проверьте номер по выписке из ЕГРИП",
      });
    }
    if (!checkInn(value.inn, legal ? "legal" : "individual").ok) {
      ctx.addIssue({
        code: "custom",
        path: ["inn"],
        message: legal
          ? "ИНН организации — 10 цифр с верной контрольной цифрой"
          : "ИНН предпринимателя — 12 цифр с верными контрольными цифрами",
      });
    }
    if (legal && !checkKpp(value.kpp ?? "").ok) {
      ctx.addIssue({
        code: "custom",
        path: ["kpp"],
        message: value.kpp?.trim() ? "КПП — 9 знаков: 4 цифры, 2 цифры или латинские буквы, 3 цифры" : "Введите КПП",
      });
    }
  })
  .transform((value) => {
    const kpp = value.type === "LEGAL" ? checkKpp(value.kpp ?? "") : null;
    return {
      ...value,
      ogrn: value.ogrn.replace(/\s/g, ""),
      inn: value.inn.replace(/\s/g, ""),
      kpp: kpp?.ok ? kpp.value : null,
    };
  });

export type OrganizationRegistration = z.infer<typeof organizationRegistrationForm>;

export type RegistrationRefusal = "not_confirmed" | "already_registered" | "not_the_entrepreneur";

export const REGISTRATION_REFUSALS: Record<RegistrationRefusal, string> = {
  not_confirmed: "Зарегистрировать организацию может только пользователь с подтвержденной учетной записью.",
  already_registered:
    "Организация с этим ОГРН и КПП уже зарегистрирована. Попросите ее руководителя или администратора профиля пригласить вас.",
  not_the_entrepreneur:
    "ИНН предпринимателя не совпадает с ИНН в вашей учетной записи: предпринимателя регистрирует он сам.",
};

/** The rules a registration must pass beyond its form: who may register, and what exists already. */
export function registrationRefusal(
  person: { level: string; inn: string | null },
  registration: Pick<OrganizationRegistration, "type" | "inn">,
  existing: boolean,
): RegistrationRefusal | null {
  if (person.level !== "confirmed") return "not_confirmed";
  if (registration.type === "BUSINESS" && person.inn && person.inn !== registration.inn) return "not_the_entrepreneur";
  if (existing) return "already_registered";
  return null;
}

/** oids are 32-bit integers in the mock's tables. */
export const MAX_OID = 2 ** 31 - 1;

/** Organisation oids start at 1000400000, apart from persons' (1000300000…). */
export const FIRST_ORGANIZATION_OID = 1_000_400_000;

export async function registerOrganization(
  prisma: PrismaClient,
  accountId: number,
  registration: OrganizationRegistration,
): Promise<{ ok: true; oid: number } | { ok: false; refusal: RegistrationRefusal }> {
  const person = await prisma.esiaAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { level: true, inn: true },
  });
  const existing = await prisma.esiaOrganization.findFirst({
    where: { ogrn: registration.ogrn, kpp: registration.kpp },
    select: { id: true },
  });
  const refusal = registrationRefusal(person, registration, existing !== null);
  if (refusal) return { ok: false, refusal };
  const last = await prisma.esiaOrganization.aggregate({ _max: { oid: true } });
  const oid = Math.max(FIRST_ORGANIZATION_OID, last._max.oid ?? 0) + 1;
  try {
    await prisma.esiaOrganization.create({
      data: {
        oid,
        type: registration.type,
        ogrn: registration.ogrn,
        inn: registration.inn,
        kpp: registration.kpp,
        fullName: registration.fullName,
        shortName: registration.shortName,
        zipCode: registration.zipCode ?? null,
        legalAddress: registration.legalAddress,
        phone: registration.phone ?? null,
        email: registration.email ?? null,
        employees: { create: { accountId, position: registration.position, chief: true, admin: true, groups: [] } },
      },
    });
  } catch (error) {
    // Two registrations of one organisation at once: the unique (ogrn, kpp) or oid lets one through.
    if ((error as { code?: string }).code === "P2002") return { ok: false, refusal: "already_registered" };
    throw error;
  }
  return { ok: true, oid };
}

/** The organisations a person works at now (ex-employees excluded). */
export async function activeMemberships(prisma: PrismaClient, accountId: number) {
  return prisma.esiaOrgEmployee.findMany({
    where: { accountId, leftAt: null },
    include: { organization: true },
    orderBy: { id: "asc" },
  });
}

/** May the person enter for (or read) this organisation now: an employee who has not left. */
export async function isEmployeeNow(prisma: PrismaClient, accountId: number, orgOid: number): Promise<boolean> {
  if (!Number.isSafeInteger(orgOid) || orgOid < 1 || orgOid > MAX_OID) return false;
  return (
    (await prisma.esiaOrgEmployee.count({ where: { accountId, leftAt: null, organization: { oid: orgOid } } })) > 0
  );
}

// ---- The REST side: /rs/prns/{oid}/roles and /rs/orgs/{oid}[/emps|addrs|ctts] ----

type Json = Record<string, unknown>;

function eTag(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("hex").toUpperCase();
}

function withoutNulls(body: Json): Json {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined));
}

function identifiable(stateFact: "EntityRoot" | "Identifiable", body: Json): Json {
  const clean = withoutNulls(body);
  return { stateFacts: [stateFact], ...clean, eTag: eTag(clean) };
}

export function collection(elements: unknown[]): Json {
  return { stateFacts: ["hasSize"], size: elements.length, eTag: eTag(elements), elements };
}

export interface OrganizationRecord {
  id: number;
  oid: number;
  type: string;
  ogrn: string;
  inn: string;
  kpp: string | null;
  fullName: string;
  shortName: string;
  leg: string | null;
  agencyType: string | null;
  agencyTerRange: string | null;
  oktmo: string | null;
  branchName: string | null;
  zipCode: string | null;
  legalAddress: string;
  phone: string | null;
  email: string | null;
}

export interface EmployeeRecord {
  position: string;
  chief: boolean;
  admin: boolean;
  groups: string[];
  leftAt: Date | null;
  account: {
    oid: number;
    lastName: string;
    firstName: string;
    middleName: string | null;
    snils: string | null;
    email: string | null;
  };
}

/** One item of /rs/prns/{oid}/roles: the organisation as seen from its employee. */
export function roleOf(
  personOid: number,
  membership: {
    position: string;
    chief: boolean;
    admin: boolean;
    leftAt: Date | null;
    organization: OrganizationRecord;
  },
): Json {
  const org = membership.organization;
  return withoutNulls({
    oid: org.oid,
    prnOid: personOid,
    fullName: org.fullName,
    shortName: org.shortName,
    ogrn: org.ogrn,
    type: org.type,
    chief: membership.chief,
    admin: membership.admin,
    active: membership.leftAt === null,
    hasRightOfSubstitution: membership.chief,
    hasApprovalTabAccess: false,
    isLiquidated: false,
    branchName: org.branchName,
    position: membership.position,
  });
}

/** The root of /rs/orgs/{oid}: each field only with the scope that opens it. */
export function organizationRoot(org: OrganizationRecord, scopes: ReadonlySet<string>): Json {
  const when = <T>(scope: OrgScope, value: T) => (scopes.has(scope) ? value : undefined);
  return identifiable("EntityRoot", {
    oid: org.oid,
    shortName: when("org_shortname", org.shortName),
    fullName: when("org_fullname", org.fullName),
    type: when("org_type", org.type),
    ogrn: when("org_ogrn", org.ogrn),
    inn: when("org_inn", org.inn),
    leg: when("org_leg", org.leg),
    kpp: when("org_kpp", org.kpp),
    agencyType: when("org_agencytype", org.agencyType),
    agencyTerRange: when("org_agencyterrange", org.agencyTerRange),
    oktmo: when("org_oktmo", org.oktmo),
    branchName:
      org.branchName && (scopes.has("org_fullname") || scopes.has("org_shortname")) ? org.branchName : undefined,
    isLiquidated: false,
  });
}

// Addresses and contacts have no table of their own; their ids are derived from the organisation's.
export function organizationAddresses(org: OrganizationRecord): Json[] {
  return [
    identifiable("Identifiable", {
      id: org.id * 100 + 1,
      type: "OLG",
      addressStr: org.legalAddress,
      zipCode: org.zipCode,
      countryId: "RUS",
    }),
  ];
}

export function organizationContacts(org: OrganizationRecord): Json[] {
  const items: Json[] = [];
  if (org.phone)
    items.push(
      identifiable("Identifiable", {
        id: org.id * 100 + 1,
        type: "OPH",
        vrfStu: "NOT_VERIFIED",
        value: formatPhoneEsia(org.phone),
      }),
    );
  if (org.email)
    items.push(
      identifiable("Identifiable", { id: org.id * 100 + 2, type: "OEM", vrfStu: "NOT_VERIFIED", value: org.email }),
    );
  return items;
}

/** Current employees only: an ex-employee is no longer in the list. */
export function organizationEmployees(employees: EmployeeRecord[]): Json[] {
  return employees
    .filter((employee) => employee.leftAt === null)
    .map((employee) =>
      identifiable("Identifiable", {
        id: employee.account.oid,
        person: withoutNulls({
          oid: employee.account.oid,
          lastName: employee.account.lastName,
          firstName: employee.account.firstName,
          middleName: employee.account.middleName,
          snils: employee.account.snils,
        }),
        position: employee.position,
        chief: employee.chief,
        admin: employee.admin,
        active: true,
        email: employee.account.email,
        groups: employee.groups,
      }),
    );
}

export const ORG_COLLECTIONS = {
  emps: { scope: "org_emps", key: "employees" },
  addrs: { scope: "org_addrs", key: "addresses" },
  ctts: { scope: "org_ctts", key: "contacts" },
} as const satisfies Record<string, { scope: OrgScope; key: string }>;

export type OrgCollectionName = keyof typeof ORG_COLLECTIONS;

export function isOrgCollectionName(value: string): value is OrgCollectionName {
  return Object.hasOwn(ORG_COLLECTIONS, value);
}

export function orgCollectionItems(
  name: OrgCollectionName,
  org: OrganizationRecord,
  employees: EmployeeRecord[],
): Json[] {
  if (name === "emps") return organizationEmployees(employees);
  if (name === "addrs") return organizationAddresses(org);
  return organizationContacts(org);
}
