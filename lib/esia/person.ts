// The person as the portal needs it, read from ESIA's REST representations (research/esia.md §6)
// and normalised: ISO dates, digits-only identifiers kept in ESIA's display form where the
// portal shows them. Level inferred as §7 recommends: only "confirmed" is explicit at ESIA.

export type EsiaLevel = "simplified" | "standard" | "confirmed";

export interface EsiaPerson {
  oid: string;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null; // ISO yyyy-mm-dd
  gender: "M" | "F" | null;
  snils: string | null; // XXX-XXX-XXX YY
  mobile: string | null; // +7XXXXXXXXXX
  email: string | null;
  passport: {
    series: string;
    number: string;
    issueDate: string | null;
    issueId: string | null;
    issuedBy: string | null;
    verified: boolean;
  } | null;
  addresses: { type: string; text: string; zipCode: string | null }[];
  kids: {
    lastName: string | null;
    firstName: string | null;
    middleName: string | null;
    birthDate: string | null;
    gender: string | null;
    snils: string | null;
    birthCertificate: { series: string; number: string; issueDate: string | null; issuedBy: string | null } | null;
  }[];
  trusted: boolean;
  verifying: boolean;
  level: EsiaLevel;
}

type Json = Record<string, unknown>;

/** dd.MM.yyyy → yyyy-mm-dd; anything else → null. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

/** +7(917)0000001 → +79170000001 */
export function normalisedPhone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const digits = value.replace(/\D/g, "");
  return digits.length === 11 ? `+7${digits.slice(1)}` : null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

function elements(collection: unknown): Json[] {
  const items = (collection as { elements?: unknown[] } | undefined)?.elements ?? [];
  return items.filter((item): item is Json => typeof item === "object" && item !== null);
}

/** §7: trusted → confirmed; a verified ID document and a SNILS → standard; otherwise simplified. */
export function inferLevel(root: { trusted: boolean; snils: string | null }, documents: Json[]): EsiaLevel {
  if (root.trusted) return "confirmed";
  const verifiedId = documents.some(
    (document) => (document.type === "RF_PASSPORT" || document.type === "FID_DOC") && document.vrfStu === "VERIFIED",
  );
  return verifiedId && root.snils ? "standard" : "simplified";
}

export function personFromEsia(oid: string, root: Json, kidsCollection: unknown): EsiaPerson {
  const contacts = elements(root.contacts);
  const documents = elements(root.documents);
  const passport = documents.find((document) => document.type === "RF_PASSPORT");
  const contact = (type: string) => contacts.find((item) => item.type === type && item.vrfStu === "VERIFIED")?.value;
  const snils = text(root.snils);
  const trusted = root.trusted === true;
  return {
    oid,
    lastName: text(root.lastName),
    firstName: text(root.firstName),
    middleName: text(root.middleName),
    birthDate: isoDate(root.birthDate),
    gender: root.gender === "M" || root.gender === "F" ? root.gender : null,
    snils,
    mobile: normalisedPhone(contact("MBT")),
    email: text(contact("EML"))?.toLowerCase() ?? null,
    passport: passport
      ? {
          series: String(passport.series ?? ""),
          number: String(passport.number ?? ""),
          issueDate: isoDate(passport.issueDate),
          issueId: text(passport.issueId),
          issuedBy: text(passport.issuedBy),
          verified: passport.vrfStu === "VERIFIED",
        }
      : null,
    addresses: elements(root.addresses).map((address) => ({
      type: String(address.type ?? ""),
      text: [
        address.zipCode,
        address.addressStr,
        address.house ? `д. ${address.house}` : null,
        address.flat ? `кв. ${address.flat}` : null,
      ]
        .filter(Boolean)
        .join(", "),
      zipCode: text(address.zipCode),
    })),
    kids: elements(kidsCollection).map((kid) => {
      const certificate = elements(kid.documents).find((document) => document.type === "RF_BRTH_CERT");
      return {
        lastName: text(kid.lastName),
        firstName: text(kid.firstName),
        middleName: text(kid.middleName),
        birthDate: isoDate(kid.birthDate),
        gender: text(kid.gender),
        snils: text(kid.snils),
        birthCertificate: certificate
          ? {
              series: String(certificate.series ?? ""),
              number: String(certificate.number ?? ""),
              issueDate: isoDate(certificate.issueDate),
              issuedBy: text(certificate.issuedBy),
            }
          : null,
      };
    }),
    trusted,
    verifying: root.verifying === true,
    level: inferLevel({ trusted, snils }, documents),
  };
}
