import { describe, expect, it } from "vitest";
import { parseApplication } from "../applications/application-data";
import { computeEligibility, type EligibilityOutcome } from "../applications/eligibility";
import { validAnswers } from "../applications/testing";
import type { ServiceId } from "../benefits/services";
import { eligibilityLineText } from "./eligibility-lines";

// The lines of check-your-answers' preliminary calculation in each language.

function outcome(serviceId: ServiceId, change?: (answers: ReturnType<typeof validAnswers>) => void) {
  const answers = validAnswers(serviceId);
  change?.(answers);
  const parsed = parseApplication(serviceId, answers);
  if (!parsed.ok) throw new Error(`invalid steps ${parsed.invalidSteps.join(", ")}`);
  return computeEligibility(serviceId, parsed.data, "2026-11-23");
}

/** Every kind of line: each service granted, refused, capped, with no figure, uncertain. */
const OUTCOMES: EligibilityOutcome[] = [
  outcome("kindergarten-basic"),
  outcome("kindergarten-basic", (a) => (a.kindergarten!.fee = "1 000")),
  outcome("kindergarten-basic", (a) => delete a.kindergarten!.feePaid),
  outcome("kindergarten-basic", (a) => (a.kindergarten!.groupHours = "12")),
  outcome("kindergarten-additional"),
  outcome("kindergarten-additional", (a) => (a.family!.applicantIncome = "900 000")),
  outcome("child-allowance"),
  outcome("child-allowance", (a) => (a.family!.applicantIncome = "300 000")),
];

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const written = (locale: "ru" | "tt", result: EligibilityOutcome) =>
  result.lines.map((line) => plain(eligibilityLineText(locale, line)));

describe("the lines of the preliminary calculation", () => {
  it("are the Russian explanation the caseworker reads", () => {
    for (const result of OUTCOMES) expect(written("ru", result)).toEqual(result.explanation.map(plain));
  });

  it("are written in Tatar, with no Russian word left and every placeholder filled", () => {
    const keys = new Set<string>();
    for (const result of OUTCOMES)
      for (const line of result.lines) {
        keys.add(line.key);
        const tatar = eligibilityLineText("tt", line);
        expect(tatar).not.toMatch(/[{}]/);
        expect(tatar).not.toBe(eligibilityLineText("ru", line));
        expect(tatar, line.key).not.toMatch(
          /(?<!\p{L})(и|в|на|не|для|по|от|до|из|за|мес\.|чел\.|ребен\p{L}*|семь\p{L}*|доход\p{L}*|плат\p{L}*|размер\p{L}*|основани\p{L}*|лет)(?!\p{L})/iu,
        );
      }
    expect([...keys].sort()).toEqual(
      [
        "child",
        "order.ordinary",
        "averageFee.uncertain",
        "basic",
        "capped",
        "amount",
        "refusal",
        "undetermined",
        "composition",
        "income",
        "perCapita",
        "share",
        "additional",
        "familyPays",
        "childAllowance",
        "allowanceTotal.uncertain",
      ].sort(),
    );
  });

  it("read the basic compensation in Tatar, the child's name as it is", () => {
    expect(written("tt", outcome("kindergarten-basic"))).toEqual([
      "Бала: Хасанова Амина",
      "Туу тәртибе: гаиләдә 2 нче бала; гаилә күп балалы түгел",
      "ТРда ата-ана түләвенең уртача күләме (9 сәг. төркем, 3 яшьтән): 2 231,00 ₽ — күләм раслануны таләп итә",
      "Төп компенсация: түләүнең уртача күләменнән 50 % = 1 115,50 ₽",
      "Айлык компенсация күләме: 1 115,50 ₽",
    ]);
    expect(
      written(
        "tt",
        outcome("kindergarten-basic", (a) => delete a.kindergarten!.feePaid),
      ).at(-1),
    ).toBe("Баш тарту нигезе: Гариза бирүче ата-ана түләвен кертмәгән");
    expect(written("tt", outcome("kindergarten-additional")).slice(4, 7)).toEqual([
      "Керемне исәпләү өчен гаилә составы: 4 кеше (гариза бирүче, бала, бала, ире (хатыны))",
      "Гаиләнең 2026 ел, август — октябрь өчен кереме (3 ай): 135 000,00 ₽",
      "Җан башына уртача керем: айга 11 250,00 ₽; җан башына яшәү минимумы: 16 098,00 ₽",
    ]);
  });
});
