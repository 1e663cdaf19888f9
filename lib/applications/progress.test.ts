import { describe, expect, it } from "vitest";
import { applicationProgress, stepNumberText } from "./progress";
import { stepsOf } from "./steps";
import { validAnswers } from "./testing";

describe("the step list", () => {
  it("counts the check-your-answers page: «Шаг 1 из 8» beside 8 items for a 7-step service", () => {
    expect(stepsOf("kindergarten-basic")).toHaveLength(7);
    const { items, total } = applicationProgress("kindergarten-basic", {}, []);
    expect(items).toHaveLength(8);
    expect(total).toBe(8);
    expect(stepNumberText("kindergarten-basic", "applicant")).toBe("Шаг 1 из 8");
    expect(stepNumberText("kindergarten-basic", "review")).toBe("Шаг 8 из 8");
  });

  it("a step once left with «Далее» whose answers no longer pass is «есть ошибки», not ✓", () => {
    const answers = validAnswers("kindergarten-basic");
    answers.applicant = { ...answers.applicant, snils: "123" };
    const { items } = applicationProgress("kindergarten-basic", answers, ["applicant", "address"]);
    expect(items[0]).toMatchObject({ step: "applicant", status: "errors" });
    expect(items[1]).toMatchObject({ step: "address", status: "done" });
    expect(items[2]).toMatchObject({ step: "children", status: "notStarted" });
  });
});
