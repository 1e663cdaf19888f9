import { describe, expect, it } from "vitest";
import {
  estimateAdditionalCompensation,
  estimateBasicCompensation,
  estimateChildAllowance,
  monthName,
  periodName,
  type AdditionalEstimateInput,
  type Estimate,
  type KindergartenEstimateInput,
} from "./estimate";
import { estimateIn, estimateLineText, validityText } from "../i18n/estimate-lines";
import { rubles } from "./money";
import { REFUSAL_REASONS } from "./reasons";

// The brief's worked examples (research/benefits.md §2.4, §3.2, [NAB], §4.1) through the pre-check.

/** September 2024: the 2024–2026 act is in force (9 h group: 2 020 ₽ under 3, 1 920 ₽ from 3). */
const SEPTEMBER_2024 = "2024-09-15";
/** Born 20.05.2020: 4 years old on 01.09.2024, age band «от 3 лет». */
const PUPIL = "2020-05-20";

const kindergarten = (overrides: Partial<KindergartenEstimateInput> = {}): KindergartenEstimateInput => ({
  childBirthDate: PUPIL,
  childrenCount: 2,
  childOrder: 2,
  groupHours: 9,
  fee: rubles(2_500),
  ...overrides,
});

/** A family of `size` whose income over the 3 months is `perPerson` a month each. */
const additional = (
  perPerson: number,
  size: number,
  overrides: Partial<KindergartenEstimateInput> = {},
): AdditionalEstimateInput => ({
  ...kindergarten(overrides),
  familySize: size,
  income: rubles(perPerson * 3 * size),
});

/** The lines as a Russian page reads them (the words are the catalogue's, lib/i18n/estimate-lines.ts). */
const russianLines = (estimate: Estimate) => estimate.lines.map((l) => estimateLineText("ru", l));
/** The estimate's other texts as a Russian page reads them. */
const russian = (estimate: Estimate) => estimateIn("ru", estimate);
const reference = (estimate: Estimate, name: string | RegExp) =>
  russian(estimate).references.find((r) => (typeof name === "string" ? r.name === name : name.test(r.name)))!;
const line = (estimate: Estimate, label: string | RegExp) =>
  russianLines(estimate).find((l) => (typeof label === "string" ? l.label === label : label.test(l.label)))?.value;

describe("words", () => {
  it("names months and periods in Russian", () => {
    expect(monthName("2026-11")).toBe("ноябрь 2026 г.");
    expect(periodName(["2026-08", "2026-09", "2026-10"])).toBe("август — октябрь 2026 г.");
    expect(periodName(["2025-11", "2025-12", "2026-01"])).toBe("ноябрь 2025 г. — январь 2026 г.");
    expect(validityText("ru", { validFrom: "2026-01-01", validTo: "2028-12-31" })).toBe(
      "Действует с 01.01.2026 по 31.12.2028",
    );
    expect(validityText("ru", { validFrom: "2014-01-01", validTo: null })).toBe("Действует с 01.01.2014");
    expect(validityText("ru", { validFrom: null, validTo: null })).toBeNull();
  });
});

describe("basic compensation estimate", () => {
  it("§2.4 worked example: 2024, 9 h group, child aged 4, second child → 0.50 × 1 920 = 960 ₽ a month", () => {
    const estimate = estimateBasicCompensation(kindergarten(), SEPTEMBER_2024);
    expect(estimate).toMatchObject({
      serviceId: "kindergarten-basic",
      month: "2024-09",
      outcome: "eligible",
      amount: rubles(960),
      reasons: [],
      uncertain: false,
    });
    expect(line(estimate, "Возраст ребенка на 1-е число месяца")).toBe("4 года — возрастная группа «от 3 лет»");
    expect(line(estimate, "Очередность рождения ребенка")).toBe(
      "второй из 2 детей — 50 % среднего размера родительской платы",
    );
    expect(line(estimate, "Основная компенсация")).toBe("50 % × 1\u00a0920,00\u00a0₽ = 960,00\u00a0₽");
    expect(estimate.references.find((r) => r.table === "averageFee")).toMatchObject({
      validFrom: "2024-01-01",
      validTo: "2026-12-31",
      uncertain: false,
      uncertainty: [],
    });
    const fee = reference(estimate, "Средний размер родительской платы в РТ");
    expect(fee.value).toContain("1\u00a0920,00\u00a0₽ — группа 9 ч, от 3 лет, обычная семья");
    expect(fee.links).toContain("https://tnv.ru/news/tape/342898");
  });

  it("pays 20 % for the first child and takes the under-3 figure before the third birthday", () => {
    const estimate = estimateBasicCompensation(
      kindergarten({ childBirthDate: "2022-01-10", childrenCount: 1, childOrder: 1 }),
      SEPTEMBER_2024,
    );
    expect(estimate).toMatchObject({ outcome: "eligible", amount: rubles(404) }); // 20 % × 2 020
  });

  it("counts three children as a large family: half the fee, derived where the act is silent, and says it is uncertain", () => {
    const estimate = estimateBasicCompensation(kindergarten({ childrenCount: 3, childOrder: 3 }), SEPTEMBER_2024);
    // 70 % × (1 920 / 2 = 960) = 672 ₽
    expect(estimate).toMatchObject({ outcome: "eligible", amount: rubles(672), uncertain: true });
    expect(line(estimate, "Тип семьи")).toMatch(/^многодетная/);
    const fee = reference(estimate, "Средний размер родительской платы в РТ");
    expect(fee.uncertainty.join(" ")).toMatch(/для многодетной семьи в источнике не опубликован/);
  });

  it("never pays more than the fee charged", () => {
    const under = estimateBasicCompensation(
      kindergarten({ fee: rubles(800), childrenCount: 3, childOrder: 1 }),
      SEPTEMBER_2024,
    );
    expect(under.amount).toBe(rubles(192)); // 20 % × 960, under the fee
    expect(russianLines(under).some((l) => l.label === "Ограничение размером платы")).toBe(false);
    // 50 % × 1 920 = 960 ₽ is more than a 500 ₽ fee: the fee is the limit.
    const capped = estimateBasicCompensation(
      kindergarten({ fee: rubles(500), childrenCount: 2, childOrder: 2 }),
      SEPTEMBER_2024,
    );
    expect(capped).toMatchObject({ outcome: "eligible", amount: rubles(500) });
    expect(line(capped, "Ограничение размером платы")).toBe("компенсация не больше внесенной платы: 500,00\u00a0₽");
  });

  it("marks the 2026–2028 figures as a draft", () => {
    const estimate = estimateBasicCompensation(kindergarten(), "2026-11-23");
    expect(estimate).toMatchObject({ outcome: "eligible", amount: rubles(1_115.5), uncertain: true }); // 50 % × 2 231
    const fee = reference(estimate, "Средний размер родительской платы в РТ");
    expect(fee.validity).toBe("Действует с 01.01.2026 по 31.12.2028");
    expect(fee.uncertainty[0]).toMatch(/проекта постановления/);
  });

  it("says it cannot estimate a group for which the act in force has no figure, instead of guessing", () => {
    const estimate = estimateBasicCompensation(kindergarten({ groupHours: 12 }), "2026-11-23");
    expect(estimate).toMatchObject({ outcome: "unknown", amount: null, lines: [], references: [] });
    expect(russian(estimate).reasons[0]).toMatch(
      /для группы с 12-часовым пребыванием проектом постановления Кабинета Министров Республики Татарстан.*не установлен/,
    );
    expect(russian(estimate).reasons[0]).toMatch(/Уточните в детском саду режим группы по договору/);
  });

  it("computes the usual 5 h and 10,5 h groups by their category (issue #14: they were refused)", () => {
    // 10,5 h → сокращенный день, the 9 h row: 50 % × 2 231 = 1 115,50 ₽.
    expect(estimateBasicCompensation(kindergarten({ groupHours: 10.5 }), "2026-11-23")).toMatchObject({
      outcome: "eligible",
      amount: rubles(1_115.5),
      uncertain: true,
    });
    // 5 h in the 2026–2028 draft → short stay, the 3 h row: 50 % × 820 = 410 ₽.
    expect(estimateBasicCompensation(kindergarten({ groupHours: 5 }), "2026-11-23")).toMatchObject({
      outcome: "eligible",
      amount: rubles(410),
    });
    // The same group is in the 2024–2026 act, so a 2024 month uses its own 5 h row.
    expect(estimateBasicCompensation(kindergarten({ groupHours: 5 }), SEPTEMBER_2024)).toMatchObject({
      outcome: "eligible",
      amount: rubles(541),
    });
  });

  it("refuses an impossible order rather than computing one", () => {
    expect(() => estimateBasicCompensation(kindergarten({ childOrder: 3 }), SEPTEMBER_2024)).toThrow(RangeError);
    expect(() => estimateBasicCompensation(kindergarten({ childrenCount: 0, childOrder: 0 }), SEPTEMBER_2024)).toThrow(
      RangeError,
    );
  });
});

describe("additional compensation estimate", () => {
  it("§3.2 worked example: 9 000 ₽ per person, first child, Ф = 2 500 → the family pays 60 % of Ф = 1 500 ₽", () => {
    // The example takes К = 20 % × 2 000 = 400; RT's act gives 1 920 for this group, so К = 384
    // and ДК = 2 500 × 40 % − 384 = 616: the family's share, 1 500 ₽, is the example's.
    const estimate = estimateAdditionalCompensation(
      additional(9_000, 2, { childrenCount: 1, childOrder: 1 }),
      SEPTEMBER_2024,
    );
    expect(estimate).toMatchObject({
      serviceId: "kindergarten-additional",
      outcome: "eligible",
      amount: rubles(616),
      uncertain: true,
    });
    expect(line(estimate, "Среднедушевой доход семьи в месяц")).toBe(
      "54\u00a0000,00\u00a0₽ за июнь — август 2024 г. : 3 мес. : 2 человека = 9\u00a0000,00\u00a0₽",
    );
    expect(line(estimate, "Группа дохода")).toMatch(
      /^до 10\u00a0000,00\u00a0₽ на человека .* для первого по очередности ребенка: 60 %$/,
    );
    expect(line(estimate, /^Дополнительная компенсация/)).toBe(
      "2\u00a0500,00\u00a0₽ × 40 % − 384,00\u00a0₽ = 616,00\u00a0₽",
    );
    expect(line(estimate, "Семья вносит за месяц (Ф − К − ДК)")).toBe(
      "2\u00a0500,00\u00a0₽ − 384,00\u00a0₽ − 616,00\u00a0₽ = 1\u00a0500,00\u00a0₽",
    );
    expect(russian(estimate).assumptions.join(" ")).toMatch(/в два этапа/);
    const names = russian(estimate).references.map((r) => r.name);
    expect(names).toEqual([
      "Средний размер родительской платы в РТ",
      "Размер основной компенсации (процент среднего размера платы)",
      "Расчетный период для определения среднедушевого дохода",
      "МДД — максимально допустимая доля родительской платы",
    ]);
    expect(reference(estimate, /^МДД/)).toMatchObject({
      uncertain: true,
      validity: "Действует с 01.01.2014",
    });
    expect(estimate.references.find((r) => r.table === "maxShare")).toMatchObject({
      validFrom: "2014-01-01",
      validTo: null,
    });
    expect(reference(estimate, /^Расчетный период/)).toMatchObject({ uncertain: true, validity: null });
  });

  it("[NAB] check: a second child under 15 000 ₽ per person with Ф = 3 418 leaves the family 1 469,74 ₽ (43 %)", () => {
    const estimate = estimateAdditionalCompensation({ ...additional(14_000, 3), fee: rubles(3_418) }, SEPTEMBER_2024);
    // К = 960; ДК = 3 418 × 57 % − 960 = 988,26
    expect(estimate).toMatchObject({ outcome: "eligible", amount: rubles(988.26) });
    expect(line(estimate, "Группа дохода")).toMatch(
      /^от 10\u00a0000,01\u00a0₽ до 15\u00a0000,00\u00a0₽ .* для второго по очередности ребенка: 43 %$/,
    );
    expect(line(estimate, "Семья вносит за месяц (Ф − К − ДК)")).toMatch(/= 1\u00a0469,74\u00a0₽$/);
  });

  it("pays at exactly 20 000 ₽ per person and nothing a kopeck above", () => {
    const at = estimateAdditionalCompensation(additional(20_000, 3), SEPTEMBER_2024);
    expect(at).toMatchObject({ outcome: "eligible", amount: rubles(215) }); // 2 500 × 47 % − 960
    const above = estimateAdditionalCompensation(
      { ...additional(20_000, 3), income: rubles(20_000 * 9) + 1 },
      SEPTEMBER_2024,
    );
    expect(russian(above)).toMatchObject({
      outcome: "ineligible",
      amount: null,
      reasons: [REFUSAL_REASONS.incomeAboveThreshold.text],
    });
    expect(line(above, "Группа дохода")).toBe(
      "доход больше 20\u00a0000,00\u00a0₽ на человека — дополнительная компенсация не выплачивается",
    );
  });

  it("pays nothing when the basic compensation already covers the family's share", () => {
    // Third child of three, band 3 (МДД 53 %): К = 70 % × 960 = 672 > 1 000 × 47 % = 470.
    const estimate = estimateAdditionalCompensation(
      { ...additional(18_000, 4, { childrenCount: 3, childOrder: 3 }), fee: rubles(1_000) },
      SEPTEMBER_2024,
    );
    expect(russian(estimate)).toMatchObject({ outcome: "ineligible", reasons: [REFUSAL_REASONS.noAmountDue.text] });
  });
});

describe("monthly child allowance estimate (regional, demo amounts)", () => {
  // April 2026: ПМ 16 098 ₽ per capita; a family of 5 at the ПМ has 16 098 × 3 × 5 = 241 470 ₽.
  const APRIL_2026 = "2026-04-15";

  it("grants it exactly at the ПМ, per child and category, and says the amounts are demo values", () => {
    const estimate = estimateChildAllowance(
      { familySize: 5, income: rubles(241_470), childrenCount: 2, category: "singleMother" },
      APRIL_2026,
    );
    expect(estimate).toMatchObject({
      serviceId: "child-allowance",
      outcome: "eligible",
      amount: rubles(2_000),
      uncertain: true,
    });
    expect(line(estimate, "Среднедушевой доход семьи в месяц")).toMatch(
      /январь — март 2026 г\. : 3 мес\. : 5 человек = 16\u00a0098,00\u00a0₽$/,
    );
    expect(line(estimate, "Размер пособия на одного ребенка")).toBe(
      "200 % × 500,00\u00a0₽ = 1\u00a0000,00\u00a0₽ (ребенок одинокой матери)",
    );
    const allowance = reference(estimate, "Ежемесячное пособие на ребенка (региональное)");
    expect(allowance.uncertainty[0]).toMatch(/демонстрационное значение/);
    expect(reference(estimate, "Прожиточный минимум РТ")).toMatchObject({
      validity: "Действует с 01.01.2026 по 31.12.2026",
      uncertain: false,
    });
  });

  it("pays the base without a category", () => {
    expect(
      estimateChildAllowance({ familySize: 3, income: 0, childrenCount: 1, category: "none" }, APRIL_2026),
    ).toMatchObject({ outcome: "eligible", amount: rubles(500) });
  });

  it("refuses one kopeck over the ПМ, and without a child under the age limit", () => {
    const over = estimateChildAllowance(
      { familySize: 5, income: rubles(241_470) + 1, childrenCount: 2, category: "none" },
      APRIL_2026,
    );
    expect(russian(over)).toMatchObject({
      outcome: "ineligible",
      amount: null,
      reasons: [REFUSAL_REASONS.incomeAboveThreshold.text],
    });
    expect(line(over, "Проверка нуждаемости")).toBe("среднедушевой доход превышает прожиточный минимум");
    const noChild = estimateChildAllowance(
      { familySize: 2, income: 0, childrenCount: 0, category: "none" },
      APRIL_2026,
    );
    expect(russian(noChild).reasons).toEqual([REFUSAL_REASONS.childOverAgeLimit.text]);
  });

  it("says it cannot estimate a year whose ПМ is not in the reference data yet", () => {
    const estimate = estimateChildAllowance(
      { familySize: 3, income: 0, childrenCount: 1, category: "none" },
      "2027-02-01",
    );
    expect(estimate).toMatchObject({ outcome: "unknown", amount: null });
    expect(russian(estimate).reasons[0]).toMatch(/нет прожиточного минимума или размеров пособия на февраль 2027 г\./);
  });
});
