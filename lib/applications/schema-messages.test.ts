import { describe, expect, it } from "vitest";
import { BENEFIT_SERVICES, type ServiceId } from "../benefits/services";
import { stepSchema } from "./schemas";
import { stepsOf } from "./steps";

// Every message a step can show is Russian, written for people: whatever arrives (nothing,
// empty strings, values of the wrong type as react-hook-form or a hand-made POST sends them),
// no message carries a Latin letter (zod's English «Invalid input: expected "on"», a type name).

const FIELD_NAMES = [
  "lastName",
  "firstName",
  "middleName",
  "birthDate",
  "gender",
  "snils",
  "role",
  "passportSeries",
  "passportNumber",
  "passportIssueDate",
  "passportIssuedBy",
  "passportSubdivision",
  "phone",
  "email",
  "territory",
  "postcode",
  "registrationAddress",
  "residenceSame",
  "residenceAddress",
  "child",
  "kindergarten",
  "contractNumber",
  "contractDate",
  "groupHours",
  "fee",
  "feePaid",
  "applicantIncome",
  "childrenIncome",
  "membersConsent",
  "method",
  "bik",
  "account",
  "card",
  "postOffice",
  "personalData",
  "truthful",
  "reportChanges",
];
const ROW_FIELDS = [
  "lastName",
  "firstName",
  "birthDate",
  "gender",
  "certificateSeries",
  "certificateNumber",
  "certificateDate",
  "certificateIssuedBy",
  "relation",
  "status",
  "income",
];

function everyField(value: unknown): Record<string, unknown> {
  const row = Object.fromEntries(ROW_FIELDS.map((name) => [name, value]));
  return { ...Object.fromEntries(FIELD_NAMES.map((name) => [name, value])), children: [row], members: [row] };
}

const HOSTILE: [string, unknown][] = [
  ["nothing", {}],
  ["empty strings", everyField("")],
  ["blanks", everyField("   ")],
  ["unticked boxes as react-hook-form sends them", everyField(false)],
  ["numbers", everyField(42)],
  ["null", everyField(null)],
  ["arrays", everyField(["a", "b"])],
  ["objects", everyField({ toString: "x" })],
  ["very long text", everyField("x".repeat(5000))],
  ["Latin letters", everyField("abc")],
  ["lists that are not lists", { children: "x", members: 7 }],
  [
    "too many rows",
    { children: Array.from({ length: 30 }, () => ({})), members: Array.from({ length: 30 }, () => ({})) },
  ],
  ["bank without details", { method: "bank" }],
  ["card with letters", { method: "card", card: "abcd" }],
];

/** Latin that people need in a message: an e-mail example, a certificate's Roman numerals («IV-КБ»). */
function withoutExamples(message: string): string {
  return message.replace(/[\w.-]+@[\w.-]+/g, "").replace(/\b[IVXLC]+-[А-ЯЁ]{2}/g, "");
}

const SERVICE_IDS = Object.keys(BENEFIT_SERVICES) as ServiceId[];

describe("messages of every step", () => {
  for (const serviceId of SERVICE_IDS) {
    for (const step of stepsOf(serviceId)) {
      it.each(HOSTILE)(`${serviceId} / ${step}: %s gives Russian messages only`, (_name, input) => {
        const result = stepSchema(serviceId, step).safeParse(input);
        if (result.success) return;
        for (const issue of result.error.issues) {
          expect(withoutExamples(issue.message), `${issue.path.join(".")}: ${issue.message}`).not.toMatch(/[A-Za-z]/);
          expect(issue.message.length).toBeGreaterThan(3);
        }
      });
    }
  }

  it("an unticked «Обязуюсь сообщать об изменениях» says so beside its own box", () => {
    const result = stepSchema("kindergarten-basic", "consent").safeParse({
      personalData: "on",
      truthful: "on",
      reportChanges: false,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reportChanges", "Подтвердите обязательство сообщать об изменениях"],
    ]);
  });
});
