import { createHash } from "node:crypto";
import { isTrusted, type Level } from "./levels";
import { hasAnyScope } from "./scopes";

// The person REST API's JSON (/rs/prns/{oid} and its collections), shaped as research/esia.md §6:
// stateFacts, 40-hex eTags, dd.MM.yyyy dates, collections of URLs unless ?embed=(elements).
// Which fields and collections appear depends on the scopes the token grants.

export interface DocumentRecord {
  id: number;
  type: string;
  vrfStu: string;
  series: string | null;
  number: string;
  issueDate: string | null;
  issueId: string | null;
  issuedBy: string | null;
}

export interface AddressRecord {
  id: number;
  type: string;
  zipCode: string | null;
  region: string;
  city: string | null;
  district: string | null;
  settlement: string | null;
  street: string | null;
  house: string | null;
  building: string | null;
  flat: string | null;
  fiasCode: string | null;
}

export interface KidRecord {
  id: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  gender: string;
  snils: string | null;
  birthCertSeries: string;
  birthCertNumber: string;
  birthCertIssueDate: string;
  birthCertIssuedBy: string | null;
  birthCertActNo: string | null;
}

export interface PersonRecord {
  id: number;
  oid: number;
  level: Level;
  status: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  gender: string | null;
  birthDate: string | null;
  birthPlace: string | null;
  citizenship: string | null;
  snils: string | null;
  inn: string | null;
  mobile: string | null;
  mobileVerified: boolean;
  email: string | null;
  emailVerified: boolean;
  updatedAt: Date;
  verifying: boolean;
  containsUpCfmCode: boolean;
  documents: DocumentRecord[];
  addresses: AddressRecord[];
  kids: KidRecord[];
}

type Json = Record<string, unknown>;

export function eTag(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("hex").toUpperCase();
}

function withETag(stateFact: "EntityRoot" | "Identifiable", body: Json): Json {
  const withoutNulls = Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== null && value !== undefined),
  );
  return { stateFacts: [stateFact], ...withoutNulls, eTag: eTag(withoutNulls) };
}

function collection(elements: unknown[]): Json {
  return { stateFacts: ["hasSize"], size: elements.length, eTag: eTag(elements), elements };
}

/** ESIA phones read +7(XXX)XXXXXXX. */
export function esiaPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "").slice(-10);
  return `+7(${digits.slice(0, 3)})${digits.slice(3)}`;
}

// Contacts have no table of their own in the mock; their ids are derived from the account's.
const MOBILE_CONTACT = 1;
const EMAIL_CONTACT = 2;

export function contacts(person: PersonRecord, scopes: string[]): Json[] {
  const all = hasAnyScope(scopes, "contacts");
  const items: Json[] = [];
  if (person.mobile && (all || scopes.includes("mobile"))) {
    items.push(
      withETag("Identifiable", {
        id: person.id * 100 + MOBILE_CONTACT,
        type: "MBT",
        vrfStu: person.mobileVerified ? "VERIFIED" : "NOT_VERIFIED",
        value: esiaPhone(person.mobile),
      }),
    );
  }
  if (person.email && (all || scopes.includes("email"))) {
    items.push(
      withETag("Identifiable", {
        id: person.id * 100 + EMAIL_CONTACT,
        type: "EML",
        vrfStu: person.emailVerified ? "VERIFIED" : "NOT_VERIFIED",
        value: person.email,
      }),
    );
  }
  return items;
}

const IDENTITY_DOCUMENTS = ["RF_PASSPORT", "FID_DOC"];

export function documents(person: PersonRecord, scopes: string[]): Json[] {
  return person.documents
    .filter((document) => scopes.includes("id_doc") && IDENTITY_DOCUMENTS.includes(document.type))
    .map((document) => withETag("Identifiable", { ...document }));
}

export function addresses(person: PersonRecord, scopes: string[]): Json[] {
  if (!scopes.includes("addresses")) return [];
  return person.addresses.map((address) =>
    withETag("Identifiable", {
      ...address,
      countryId: "RUS",
      addressStr: [address.region, address.district, address.city, address.settlement, address.street]
        .filter(Boolean)
        .join(", "),
    }),
  );
}

export function kids(person: PersonRecord, scopes: string[]): Json[] {
  if (!hasAnyScope(scopes, "kid_fullname", "kid_birthdate", "kid_gender", "kid_snils", "kid_birth_cert_doc")) return [];
  return person.kids.map((kid) => withETag("Identifiable", kidBody(kid, scopes)));
}

function kidBody(kid: KidRecord, scopes: string[]): Json {
  return {
    id: kid.id,
    ...(scopes.includes("kid_fullname")
      ? { lastName: kid.lastName, firstName: kid.firstName, middleName: kid.middleName }
      : {}),
    ...(scopes.includes("kid_birthdate") ? { birthDate: kid.birthDate } : {}),
    ...(scopes.includes("kid_gender") ? { gender: kid.gender } : {}),
    ...(scopes.includes("kid_snils") ? { snils: kid.snils } : {}),
    ...(scopes.includes("kid_birth_cert_doc") ? { documents: collection([kidBirthCertificate(kid)]) } : {}),
  };
}

export function kidBirthCertificate(kid: KidRecord): Json {
  return withETag("Identifiable", {
    id: kid.id * 10 + 1,
    type: "RF_BRTH_CERT",
    vrfStu: "VERIFIED",
    series: kid.birthCertSeries,
    number: kid.birthCertNumber,
    issueDate: kid.birthCertIssueDate,
    issuedBy: kid.birthCertIssuedBy,
    actNo: kid.birthCertActNo,
  });
}

export function personRoot(person: PersonRecord, scopes: string[]): Json {
  const passport = person.documents.find((document) => document.type === "RF_PASSPORT");
  return withETag("EntityRoot", {
    ...(scopes.includes("fullname")
      ? { firstName: person.firstName, lastName: person.lastName, middleName: person.middleName }
      : {}),
    ...(scopes.includes("birthdate") ? { birthDate: person.birthDate } : {}),
    ...(scopes.includes("gender") ? { gender: person.gender } : {}),
    ...(scopes.includes("birthplace") ? { birthPlace: person.birthPlace } : {}),
    ...(scopes.includes("snils") ? { snils: person.snils } : {}),
    ...(scopes.includes("inn") ? { inn: person.inn } : {}),
    ...(scopes.includes("id_doc") ? { citizenship: person.citizenship } : {}),
    trusted: isTrusted(person.level),
    status: person.status,
    verifying: person.verifying,
    rIdDoc: passport?.id,
    containsUpCfmCode: person.containsUpCfmCode,
    updatedOn: Math.floor(person.updatedAt.getTime() / 1000),
  });
}

export const COLLECTIONS = {
  ctts: { key: "contacts", items: contacts },
  docs: { key: "documents", items: documents },
  addrs: { key: "addresses", items: addresses },
  kids: { key: "kids", items: kids },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export function isCollectionName(value: string): value is CollectionName {
  return Object.hasOwn(COLLECTIONS, value);
}

/** A collection: item URLs by default, whole items with ?embed=(elements). */
export function personCollection(
  person: PersonRecord,
  name: CollectionName,
  scopes: string[],
  baseUrl: string,
  embed: boolean,
): Json {
  const items = COLLECTIONS[name].items(person, scopes);
  return collection(embed ? items : items.map((item) => `${baseUrl}/rs/prns/${person.oid}/${name}/${item.id}`));
}

/** `?embed=(contacts.elements,documents.elements)` on the root inlines those collections. */
export function parseRootEmbed(embed: string | null): CollectionName[] {
  if (!embed) return [];
  const inner = /^\((.*)\)$/.exec(embed.trim())?.[1] ?? "";
  const byKey = new Map<string, CollectionName>(
    Object.entries(COLLECTIONS).map(([name, { key }]): [string, CollectionName] => [key, name as CollectionName]),
  );
  return inner
    .split(",")
    .map((part) => part.trim().replace(/\.elements$/, ""))
    .flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : []));
}

export function personWithEmbeds(
  person: PersonRecord,
  scopes: string[],
  baseUrl: string,
  embed: CollectionName[],
): Json {
  const root = personRoot(person, scopes);
  for (const name of embed) root[COLLECTIONS[name].key] = personCollection(person, name, scopes, baseUrl, true);
  return root;
}
