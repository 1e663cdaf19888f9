import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SERVICE_IDS } from "../benefits/services";
import { submittedValues } from "../forms/form-state";
import { applyRowIntent, parseIntent, stepSubmission, type StepIntent } from "./step-submission";
import { stepsOf, type StepValues } from "./steps";
import { validAnswers } from "./testing";

// Property tests of what every step's action does with a post: whatever arrives — missing,
// garbled, huge, hostile field values, unknown field names — the answer is values and messages,
// never an exception (a server error), and the values typed are all given back.

const CYRILLIC = /[А-Яа-яЁё]/;

/** A field value: valid ones of the fixture, their corruptions, and anything at all. */
function valueArbitrary(valid: readonly string[]) {
  return fc.oneof(
    fc.constantFrom(
      ...valid,
      "",
      " ",
      "on",
      "0",
      "-1",
      "1e308",
      "NaN",
      "null",
      "undefined",
      "<script>alert(1)</script>",
      "'; DROP TABLE application; --",
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ minLength: 1000, maxLength: 5000 }),
    fc
      .constantFrom(...valid)
      .chain((v) =>
        fc
          .tuple(fc.nat({ max: Math.max(0, v.length) }), fc.string({ maxLength: 3 }))
          .map(([i, s]) => v.slice(0, i) + s + v.slice(i + 1)),
      ),
  );
}

function postArbitrary(template: StepValues) {
  const names = Object.keys(template);
  const valid = Object.values(template);
  const known = fc.dictionary(
    fc.constantFrom(...(names.length ? names : ["x"])),
    valueArbitrary(valid.length ? valid : [""]),
    { maxKeys: names.length + 2 },
  );
  const extra = fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        "__proto__",
        "constructor",
        "children.99.lastName",
        "members.3.income",
        "children.-1.x",
        "a.b.c.d",
      ),
    ),
    valueArbitrary(valid.length ? valid : [""]),
    { maxKeys: 4 },
  );
  return fc.tuple(known, extra).map(([a, b]) => {
    const values: StepValues = {};
    for (const [k, v] of [...Object.entries(b), ...Object.entries(a)])
      Object.defineProperty(values, k, { value: v, enumerable: true, writable: true, configurable: true });
    return values;
  });
}

const keepIntents: StepIntent[] = [{ kind: "next" }, { kind: "back" }, { kind: "save" }];

describe("step submissions (property-based)", () => {
  for (const serviceId of SERVICE_IDS) {
    for (const step of stepsOf(serviceId)) {
      it(`${serviceId} / ${step}: any post gets values back unchanged and messages, never an exception`, () => {
        const template = validAnswers(serviceId)[step] ?? {};
        fc.assert(
          fc.property(postArbitrary(template), fc.constantFrom(...keepIntents), (posted, intent) => {
            const before = JSON.stringify(posted);
            const result = stepSubmission(serviceId, step, intent, posted);
            expect(JSON.stringify(result.values)).toBe(before);
            if (!result.check.ok) {
              expect(Object.keys(result.check.errors).length).toBeGreaterThan(0);
              for (const message of Object.values(result.check.errors)) expect(message).toMatch(CYRILLIC);
            }
          }),
          { numRuns: 150 },
        );
      });
    }
  }

  it("the fixture's answers pass every step of every service", () => {
    for (const serviceId of SERVICE_IDS) {
      for (const step of stepsOf(serviceId)) {
        expect(
          stepSubmission(serviceId, step, { kind: "next" }, validAnswers(serviceId)[step] ?? {}).check,
          `${serviceId}/${step}`,
        ).toEqual(expect.objectContaining({ ok: true }));
      }
    }
  });

  it("adding or removing a row keeps every other value typed", () => {
    const template = validAnswers("child-allowance").children!;
    fc.assert(
      fc.property(postArbitrary(template), fc.nat({ max: 3 }), (posted, index) => {
        const removed = applyRowIntent(posted, { kind: "removeRow", list: "children", index });
        const rowOf = (name: string) => /^children\.(\d+)\./.exec(name)?.[1];
        for (const [name, value] of Object.entries(posted)) {
          const row = rowOf(name);
          if (row === undefined) expect(removed[name]).toBe(value);
          else if (Number(row) < index) expect(removed[name]).toBe(value);
          else if (Number(row) > index)
            expect(removed[name.replace(/^children\.\d+\./, `children.${Number(row) - 1}.`)]).toBe(value);
        }
        const added = applyRowIntent(posted, { kind: "addRow", list: "children" });
        for (const [name, value] of Object.entries(posted)) expect(added[name]).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the pressed button; an unknown or forged one is «Далее»", () => {
    expect(parseIntent("back")).toEqual({ kind: "back" });
    expect(parseIntent("remove:children:2")).toEqual({ kind: "removeRow", list: "children", index: 2 });
    expect(parseIntent("add:members")).toEqual({ kind: "addRow", list: "members" });
    expect(parseIntent("delete:0b9d1c52-6f1e-4c1a-9d55-2f1f2a7d1e10")).toEqual({
      kind: "deleteFile",
      attachmentId: "0b9d1c52-6f1e-4c1a-9d55-2f1f2a7d1e10",
    });
    fc.assert(
      fc.property(fc.anything(), (raw) =>
        ["next", "back", "save", "upload", "addRow", "removeRow", "deleteFile"].includes(parseIntent(raw).kind),
      ),
    );
    expect(parseIntent("delete:../../etc/passwd")).toEqual({ kind: "next" });
    expect(parseIntent("remove:children:999")).toEqual({ kind: "next" });
  });

  it("a posted form's text fields come back as they were typed", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !k.startsWith("$ACTION")),
          fc.string({ maxLength: 100 }),
        ),
        (fields) => {
          const data = new FormData();
          for (const [name, value] of Object.entries(fields)) data.append(name, value);
          const values = submittedValues(data);
          for (const [name, value] of Object.entries(fields)) expect(values[name]).toBe(value);
        },
      ),
    );
  });
});
