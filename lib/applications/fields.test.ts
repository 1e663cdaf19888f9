import { describe, expect, it } from "vitest";
import { SERVICE_IDS } from "../benefits/services";
import {
  ALLOWANCE_CHILD_FIELDS,
  CHILD_FIELDS,
  fieldsOf,
  MEMBER_FIELDS,
  messageLabel,
  STEP_FIELDS,
  type FieldSpec,
} from "./fields";
import { checkStep } from "./schemas";
import { stepsOf, type StepId } from "./steps";
import { applicationSummary } from "./summary";
import { validAnswers } from "./testing";

// The field tables are the one description of each step's fields: the form marks a field
// mandatory exactly when its schema refuses it empty, and the summary labels its answers from them.

/** Fields required only given another answer (the schema's refinements), asked of the table as «not required». */
const CONDITIONAL = new Set([
  "address.residenceAddress",
  "family.membersConsent",
  "payment.bik",
  "payment.account",
  "payment.card",
  "payment.postOffice",
  "children.issuedInTatarstan",
]);

const ROW_TABLES: { step: StepId; list: string; fields: Record<string, FieldSpec> }[] = [
  { step: "children", list: "children", fields: { ...CHILD_FIELDS, ...ALLOWANCE_CHILD_FIELDS } },
  { step: "family", list: "members", fields: MEMBER_FIELDS },
];

describe("the field tables", () => {
  it("key each field by its step and name, once", () => {
    const keys = [
      ...Object.entries(STEP_FIELDS).flatMap(([step, fields]) => fieldsOf(fields).map((f) => [step, f] as const)),
      ...ROW_TABLES.flatMap(({ list, fields }) => fieldsOf(fields).map((f) => [list, f] as const)),
    ];
    for (const [prefix, field] of keys) expect(field.key).toBe(`${prefix}.${field.name}`);
    expect(new Set(keys.map(([, field]) => field.key)).size).toBe(new Set(keys.map(([, f]) => f)).size);
  });

  for (const serviceId of SERVICE_IDS) {
    it(`say which fields are required exactly as the schemas do (${serviceId})`, () => {
      const answers = validAnswers(serviceId);
      const steps = stepsOf(serviceId);
      for (const [step, fields] of Object.entries(STEP_FIELDS) as [StepId, Record<string, FieldSpec>][]) {
        if (!steps.includes(step)) continue;
        for (const field of fieldsOf(fields)) {
          if (CONDITIONAL.has(field.key)) {
            expect(field.required, field.key).toBe(false);
            continue;
          }
          const check = checkStep(serviceId, step, { ...answers[step], [field.name]: "" });
          expect(!check.ok && field.name in check.errors, field.key).toBe(field.required);
        }
      }
      for (const { step, list, fields } of ROW_TABLES) {
        if (!steps.includes(step)) continue;
        for (const field of fieldsOf(fields)) {
          if (CONDITIONAL.has(field.key)) continue;
          const name = `${list}.0.${field.name}`;
          const values = {
            ...answers[step],
            [`${list}.0.lastName`]: answers[step]?.[`${list}.0.lastName`] ?? "Хасанов",
            [name]: "",
          };
          const check = checkStep(serviceId, step, values);
          expect(!check.ok && name in check.errors, field.key).toBe(field.required);
        }
      }
    });
  }

  it("name a required field in its message with the table's message label", () => {
    const check = checkStep("kindergarten-basic", "kindergarten", {
      ...validAnswers("kindergarten-basic").kindergarten,
      contractNumber: "",
    });
    expect(check).toMatchObject({
      ok: false,
      errors: {
        contractNumber: expect.stringContaining(`«${messageLabel(STEP_FIELDS.kindergarten.contractNumber!)}»`),
      },
    });
  });

  it("label the summary's answers from the tables, the shorter summary label where there is one", () => {
    const sections = applicationSummary("child-allowance", validAnswers("child-allowance"), []);
    const children = sections.find((section) => section.stepId === "children")!;
    expect(children.rows.find((row) => row.field === "children.0.snils")).toBeUndefined();
    expect(children.rows.find((row) => row.field === "children.0.certificateSeries")?.label).toBe(
      `Ребенок 1: ${CHILD_FIELDS.certificateSeries.summaryLabel}`,
    );
    expect(children.rows.find((row) => row.field === "children.0.alimonyEvasion")).toMatchObject({
      label: "Ребенок 1: Родитель уклоняется от уплаты алиментов",
      value: "Нет",
    });
    const family = sections.find((section) => section.stepId === "family")!;
    expect(family.rows.map((row) => row.field)).not.toContain("membersConsent");
    expect(family.rows[0]).toMatchObject({ field: "applicantIncome", label: "Ваш доход за 3 месяца, ₽" });
  });
});
