import type { ServiceId } from "../benefits/services";
import type { Answers } from "./steps";

// Complete, valid answers for each service, as a person would type them: the fixture of unit,
// integration and property tests, of the submission benchmark and of the demo applications
// (lib/db/demo-applications.ts, only with SEED_DEMO_APPLICATIONS). Not used by the portal otherwise.

export const VALID_APPLICANT = {
  lastName: "Хасанова",
  firstName: "Алия",
  middleName: "Рашидовна",
  birthDate: "12.04.1990",
  gender: "F",
  snils: "112-233-445 95",
  role: "mother",
  passportSeries: "92 10",
  passportNumber: "123456",
  passportIssueDate: "20.05.2010",
  passportIssuedBy: "Отделом УФМС России по Республике Татарстан в Вахитовском районе г. Казани",
  passportSubdivision: "160-005",
  phone: "+7 917 000-00-01",
  email: "aliya@example.ru",
};

export const VALID_ADDRESS = {
  territory: "kazan",
  postcode: "420111",
  registrationAddress: "г. Казань, ул. Баумана, д. 19, кв. 12",
  residenceSame: "on",
};

export const VALID_CHILDREN = {
  "children.0.lastName": "Хасанов",
  "children.0.firstName": "Тимур",
  "children.0.middleName": "Маратович",
  "children.0.birthDate": "15.03.2016",
  "children.0.gender": "M",
  "children.0.certificateSeries": "II-КБ",
  "children.0.certificateNumber": "345678",
  "children.0.certificateDate": "20.03.2016",
  "children.0.certificateIssuedBy": "Отдел ЗАГС Вахитовского района г. Казани",
  "children.0.issuedInTatarstan": "on",
  "children.0.livesWithApplicant": "on",
  "children.1.lastName": "Хасанова",
  "children.1.firstName": "Амина",
  "children.1.birthDate": "02.09.2021",
  "children.1.gender": "F",
  "children.1.certificateSeries": "III-КБ",
  "children.1.certificateNumber": "456789",
  "children.1.certificateDate": "10.09.2021",
  "children.1.certificateIssuedBy": "Отдел ЗАГС Вахитовского района г. Казани",
  "children.1.issuedInTatarstan": "on",
  "children.1.livesWithApplicant": "on",
};

export const VALID_KINDERGARTEN = {
  child: "1",
  kindergarten: "kzn-12",
  contractNumber: "125/2025",
  contractDate: "01.09.2025",
  groupHours: "9",
  fee: "3 500",
  feePaid: "on",
};

export const VALID_FAMILY = {
  applicantIncome: "60 000",
  childrenIncome: "0",
  "members.0.lastName": "Хасанов",
  "members.0.firstName": "Марат",
  "members.0.birthDate": "03.02.1988",
  "members.0.relation": "spouse",
  "members.0.status": "working",
  "members.0.income": "75 000",
  membersConsent: "on",
};

export const VALID_PAYMENT = { method: "bank", bik: "049205603", account: "40817810700000012345" };

export const VALID_CONSENT = { personalData: "on", truthful: "on", reportChanges: "on" };

export function validAnswers(serviceId: ServiceId): Answers {
  const answers: Answers = {
    applicant: { ...VALID_APPLICANT },
    address: { ...VALID_ADDRESS },
    children: { ...VALID_CHILDREN },
    payment: { ...VALID_PAYMENT },
    attachments: {},
    consent: { ...VALID_CONSENT },
  };
  if (serviceId !== "child-allowance") answers.kindergarten = { ...VALID_KINDERGARTEN };
  if (serviceId !== "kindergarten-basic") answers.family = { ...VALID_FAMILY };
  return answers;
}

/** A minimal valid PDF, for upload tests. */
export const SAMPLE_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
