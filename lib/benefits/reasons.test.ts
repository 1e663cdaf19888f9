import { describe, expect, it } from "vitest";
import { isRefusalReason, isReturnReason, reasonText, REFUSAL_REASONS, RETURN_REASONS } from "./reasons";

describe("reason catalogue", () => {
  it("keeps return and refusal codes apart, each with a Russian text", () => {
    for (const [code, reason] of Object.entries(RETURN_REASONS)) {
      expect([reason.kind, isReturnReason(code), isRefusalReason(code)]).toEqual(["return", true, false]);
    }
    for (const [code, reason] of Object.entries(REFUSAL_REASONS)) {
      expect([reason.kind, isReturnReason(code), isRefusalReason(code)]).toEqual(["refusal", false, true]);
    }
    for (const reason of [...Object.values(RETURN_REASONS), ...Object.values(REFUSAL_REASONS)])
      expect(reason.text).toMatch(/^[А-ЯЁ][а-яё]/);
    expect(isRefusalReason("toString")).toBe(false);
  });

  it("gives the notice text for a code", () => {
    expect(reasonText("mustApplyInPerson")).toMatch(/личном обращении/);
    expect(reasonText("incomeAboveThreshold")).toMatch(/доход/);
  });
});
