import type { EsiaPerson } from "../esia/person";
import { TATARSTAN_TERRITORIES } from "../reference/territories";
import { formatRussianDate } from "../validation/calendar-date";
import { formatPhoneDisplay } from "../validation/contact";
import { formatPassportSeries } from "../validation/passport";
import type { Answers, StepValues } from "./steps";

// A new application starts filled in from what ESIA gave at the person's last ESIA login
// (research/benefits.md §8: applicant, documents, addresses, children). Each field taken from
// ESIA is listed in esiaFields ("applicant.lastName") so the form and the caseworker can show it
// as «из ЕСИА». Without ESIA data the cabinet's profile fills what it knows, unmarked.

export interface Prefill {
  answers: Answers;
  esiaFields: string[];
}

export interface ProfileForPrefill {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  gender: string | null;
  snils: string | null;
  phone: string | null;
  email: string | null;
}

/** The territory whose administrative centre or name the address mentions. */
export function territoryFromAddress(text: string): string | null {
  const lower = text.toLowerCase();
  const byDistrict = TATARSTAN_TERRITORIES.find(
    (t) => t.kind === "municipal_district" && lower.includes(t.name.split(" ")[0]!.toLowerCase().replace(/ский$/, "")),
  );
  const byCentre = TATARSTAN_TERRITORIES.find(
    (t) =>
      lower.includes(`г. ${t.administrativeCentre.toLowerCase()}`) ||
      lower.includes(`город ${t.administrativeCentre.toLowerCase()}`),
  );
  return (byCentre ?? byDistrict)?.code ?? null;
}

function subdivision(code: string | null): string | null {
  const digits = code?.replace(/\D/g, "") ?? "";
  return digits.length === 6 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null;
}

export function prefillApplication(person: EsiaPerson | null, profile: ProfileForPrefill): Prefill {
  const answers: Answers = {};
  const esiaFields: string[] = [];
  const put = (step: keyof Answers, field: string, value: string | null | undefined, fromEsia: boolean) => {
    if (!value) return;
    ((answers[step] ??= {}) as StepValues)[field] = value;
    if (fromEsia) esiaFields.push(`${step}.${field}`);
  };

  const esia = person !== null;
  put("applicant", "lastName", person?.lastName ?? profile.lastName, esia && Boolean(person?.lastName));
  put("applicant", "firstName", person?.firstName ?? profile.firstName, esia && Boolean(person?.firstName));
  put("applicant", "middleName", person ? person.middleName : profile.middleName, esia && Boolean(person?.middleName));
  const birthDate = person?.birthDate ?? profile.birthDate;
  put("applicant", "birthDate", birthDate ? formatRussianDate(birthDate) : null, Boolean(person?.birthDate));
  put(
    "applicant",
    "gender",
    person?.gender ?? (profile.gender === "M" || profile.gender === "F" ? profile.gender : null),
    Boolean(person?.gender),
  );
  put("applicant", "snils", person?.snils ?? profile.snils, Boolean(person?.snils));
  const passport = person?.passport;
  if (passport && /^\d{4}$/.test(passport.series)) {
    put("applicant", "passportSeries", formatPassportSeries(passport.series), true);
    put("applicant", "passportNumber", passport.number, true);
    put("applicant", "passportIssueDate", passport.issueDate ? formatRussianDate(passport.issueDate) : null, true);
    put("applicant", "passportIssuedBy", passport.issuedBy, true);
    put("applicant", "passportSubdivision", subdivision(passport.issueId), true);
  }
  const phone = person?.mobile ?? profile.phone;
  put("applicant", "phone", phone ? formatPhoneDisplay(phone) : null, Boolean(person?.mobile));
  put("applicant", "email", person?.email ?? profile.email, Boolean(person?.email));

  const registration = person?.addresses.find((a) => a.type === "PRG") ?? person?.addresses[0];
  if (registration) {
    const text = registration.zipCode
      ? registration.text.replace(new RegExp(`^${registration.zipCode},\\s*`), "")
      : registration.text;
    put("address", "registrationAddress", text, true);
    put("address", "postcode", registration.zipCode, true);
    put("address", "territory", territoryFromAddress(registration.text), true);
    const residence = person?.addresses.find((a) => a.type === "PLV");
    if (!residence || residence.text === registration.text) put("address", "residenceSame", "on", false);
    else put("address", "residenceAddress", residence.text, true);
  } else {
    put("address", "residenceSame", "on", false);
  }

  (person?.kids ?? []).forEach((kid, index) => {
    const field = (name: string, value: string | null | undefined) =>
      put("children", `children.${index}.${name}`, value, true);
    field("lastName", kid.lastName);
    field("firstName", kid.firstName);
    field("middleName", kid.middleName);
    field("birthDate", kid.birthDate ? formatRussianDate(kid.birthDate) : null);
    field("gender", kid.gender === "M" || kid.gender === "F" ? kid.gender : null);
    field("snils", kid.snils);
    field("certificateSeries", kid.birthCertificate?.series);
    field("certificateNumber", kid.birthCertificate?.number);
    field(
      "certificateDate",
      kid.birthCertificate?.issueDate ? formatRussianDate(kid.birthCertificate.issueDate) : null,
    );
    field("certificateIssuedBy", kid.birthCertificate?.issuedBy);
    // Asked of the applicant: the defaults are the common case, not ESIA data.
    put("children", `children.${index}.issuedInTatarstan`, "on", false);
    put("children", `children.${index}.livesWithApplicant`, "on", false);
  });
  if (!person?.kids.length) {
    put("children", "children.0.issuedInTatarstan", "on", false);
    put("children", "children.0.livesWithApplicant", "on", false);
  }
  return { answers, esiaFields };
}
