import { describe, expect, it } from "vitest";
import { ESTIMATE_FORMS } from "../benefits/estimate-form";
import { translateFieldMessage } from "../i18n/field-messages";
import { translatedSchema } from "./translated-schema";

describe("translatedSchema", () => {
  const original = ESTIMATE_FORMS["child-allowance"];
  const tatar = translatedSchema(original, (text) => translateFieldMessage("tt", text));

  it("reports the same issues at the same paths, in the other language", () => {
    const input = { familySize: "", income: "abc", allowanceChildren: "1", category: "none" };
    const before = original.safeParse(input);
    const after = tatar.safeParse(input);
    expect(before.success || after.success).toBe(false);
    expect(after.error?.issues.map((issue) => issue.path)).toEqual(before.error?.issues.map((issue) => issue.path));
    expect(after.error?.issues.map((issue) => issue.message)).toEqual([
      "«Гаилә әгъзалары саны» кырын тутырыгыз",
      "Сумманы сумнарда языгыз, мәсәлән, 2 500 яки 2 500,50",
    ]);
  });

  it("yields what the original yields for valid input", () => {
    const input = { familySize: "3", income: "90 000", allowanceChildren: "1", category: "none" };
    expect(tatar.parse(input)).toEqual(original.parse(input));
  });
});
