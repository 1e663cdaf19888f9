import { describe, expect, it } from "vitest";
import {
  estimateAdditionalCompensation,
  estimateBasicCompensation,
  estimateChildAllowance,
  type Estimate,
  type KindergartenEstimateInput,
} from "../benefits/estimate";
import { rubles } from "../benefits/money";
import { REFUSAL_REASONS, RETURN_REASONS, type ReasonCode } from "../benefits/reasons";
import { estimateIn, estimateLineText, figureText } from "./estimate-lines";

const SEPTEMBER_2024 = "2024-09-15";
const APRIL_2026 = "2026-04-15";
const kindergarten = (overrides: Partial<KindergartenEstimateInput> = {}): KindergartenEstimateInput => ({
  childBirthDate: "2020-05-20",
  childrenCount: 2,
  childOrder: 2,
  groupHours: 9,
  fee: rubles(2_500),
  ...overrides,
});
const additional = (perPerson: number, size: number, overrides: Partial<KindergartenEstimateInput> = {}) => ({
  ...kindergarten(overrides),
  familySize: size,
  income: rubles(perPerson * 3 * size),
});
/** Thin spaces and no-break spaces of Intl read as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** Every kind of line the estimates write: each service, eligible and not, each variant. */
const ESTIMATES: Estimate[] = [
  estimateBasicCompensation(kindergarten(), SEPTEMBER_2024),
  estimateBasicCompensation(kindergarten({ fee: rubles(500) }), SEPTEMBER_2024),
  estimateBasicCompensation(kindergarten({ childrenCount: 3, childOrder: 3, groupHours: 10.5 }), "2026-11-23"),
  estimateAdditionalCompensation(additional(9_000, 2, { childrenCount: 1, childOrder: 1 }), SEPTEMBER_2024),
  estimateAdditionalCompensation({ ...additional(14_000, 3), fee: rubles(3_418) }, SEPTEMBER_2024),
  estimateAdditionalCompensation({ ...additional(20_000, 3), income: rubles(20_000 * 9) + 1 }, SEPTEMBER_2024),
  estimateAdditionalCompensation(
    { ...additional(18_000, 4, { childrenCount: 3, childOrder: 3 }), fee: rubles(1_000) },
    SEPTEMBER_2024,
  ),
  estimateChildAllowance(
    { familySize: 5, income: rubles(241_470), childrenCount: 2, category: "singleMother" },
    APRIL_2026,
  ),
  estimateChildAllowance({ familySize: 3, income: 0, childrenCount: 1, category: "none" }, APRIL_2026),
  estimateChildAllowance(
    { familySize: 5, income: rubles(241_470) + 1, childrenCount: 2, category: "none" },
    APRIL_2026,
  ),
];

describe("the estimate's computation lines", () => {
  it("cover every line key and variant the estimates write", () => {
    const kinds = new Set(ESTIMATES.flatMap((e) => e.lines.map((l) => `${l.key}${l.variant ? `.${l.variant}` : ""}`)));
    expect([...kinds].sort()).toEqual(
      [
        "month",
        "age",
        "order",
        "familyType.ordinary",
        "familyType.large",
        "averageFee",
        "basic",
        "capped",
        "income",
        "incomeBand.upTo",
        "incomeBand.between",
        "incomeBand.above",
        "additional",
        "additional.none",
        "familyPays",
        "subsistence",
        "meansTest.within",
        "meansTest.above",
        "perChild.category",
        "perChild.base",
        "children",
      ].sort(),
    );
  });

  it("are written in Tatar, with no Russian word left and every placeholder filled", () => {
    for (const estimate of ESTIMATES)
      for (const line of estimate.lines) {
        const russian = estimateLineText("ru", line);
        const tatar = estimateLineText("tt", line);
        expect(tatar.label, line.key).not.toBe(russian.label);
        for (const text of [russian.label, russian.value, tatar.label, tatar.value]) expect(text).not.toMatch(/[{}]/);
        // Russian words that have no place in Tatar text (the unit «мес.», «из», «за», «человек», «ребенка»).
        expect(`${tatar.label} ${tatar.value}`, line.key).not.toMatch(
          /(?<!\p{L})(мес\.|из|за|человека?|ребенка|детей|лет|года)(?!\p{L})/u,
        );
      }
  });

  it("read the basic compensation in Russian as before, and in Tatar", () => {
    const estimate = estimateBasicCompensation(kindergarten(), SEPTEMBER_2024);
    const ru = estimateIn("ru", estimate).lines.map((l) => `${l.label}: ${plain(l.value)}`);
    const tt = estimateIn("tt", estimate).lines.map((l) => `${l.label}: ${plain(l.value)}`);
    expect(ru).toEqual([
      "Расчетный месяц: сентябрь 2024 г.",
      "Возраст ребенка на 1-е число месяца: 4 года — возрастная группа «от 3 лет»",
      "Очередность рождения ребенка: второй из 2 детей — 50 % среднего размера родительской платы",
      "Тип семьи: обычная (меньше 3 детей)",
      "Средний размер родительской платы в Республике Татарстан: 1 920,00 ₽ (группа 9 ч, от 3 лет, обычная семья)",
      "Основная компенсация: 50 % × 1 920,00 ₽ = 960,00 ₽",
    ]);
    expect(tt).toEqual([
      "Исәп-хисап ае: 2024 ел, сентябрь",
      "Айның 1 нче көненә баланың яше: 4 яшь — «3 яшьтән» яшь төркеме",
      "Баланың туу тәртибе: 2 бала арасыннан икенче — ата-ана түләвенең уртача күләменнән 50 %",
      "Гаилә төре: гадәти (3 баладан азрак)",
      "Татарстан Республикасында ата-ана түләвенең уртача күләме: 1 920,00 ₽ (9 сәг. төркем, 3 яшьтән, гадәти гаилә)",
      "Төп компенсация: 50 % × 1 920,00 ₽ = 960,00 ₽",
    ]);
  });

  it("write the income period, months, people and percentages in each language", () => {
    const estimate = estimateAdditionalCompensation({ ...additional(14_000, 3), fee: rubles(3_418) }, SEPTEMBER_2024);
    const lines = (locale: "ru" | "tt") =>
      estimateIn(locale, estimate)
        .lines.map((l) => plain(l.value))
        .slice(-4);
    expect(lines("ru")).toEqual([
      "126 000,00 ₽ за июнь — август 2024 г. : 3 мес. : 3 человека = 14 000,00 ₽",
      "от 10 000,01 ₽ до 15 000,00 ₽ на человека — максимальная доля платы, которую вносит семья (МДД), для второго по очередности ребенка: 43 %",
      "3 418,00 ₽ × 57 % − 960,00 ₽ = 988,26 ₽",
      "3 418,00 ₽ − 960,00 ₽ − 988,26 ₽ = 1 469,74 ₽",
    ]);
    expect(lines("tt")).toEqual([
      "126 000,00 ₽ (2024 ел, июнь — август өчен) : 3 ай : 3 кеше = 14 000,00 ₽",
      "кеше башына 10 000,01 ₽ – 15 000,00 ₽ аралыгында — туу тәртибе буенча икенче бала өчен гаилә кертә торган түләүнең иң зур өлеше (МДД): 43 %",
      "3 418,00 ₽ × 57 % − 960,00 ₽ = 988,26 ₽",
      "3 418,00 ₽ − 960,00 ₽ − 988,26 ₽ = 1 469,74 ₽",
    ]);
  });

  it("decline a counted noun by the language's plural rules", () => {
    const years = (count: number) => figureText("ru", { count, noun: "years" });
    expect([1, 2, 4, 5, 11, 14, 21, 22, 25, 111].map(years)).toEqual([
      "1 год",
      "2 года",
      "4 года",
      "5 лет",
      "11 лет",
      "14 лет",
      "21 год",
      "22 года",
      "25 лет",
      "111 лет",
    ]);
    // Tatar counts in the singular.
    expect([1, 2, 5].map((count) => figureText("tt", { count, noun: "people" }))).toEqual([
      "1 кеше",
      "2 кеше",
      "5 кеше",
    ]);
    expect(figureText("ru", { ordinal: 12 })).toBe("12-й");
    expect(figureText("tt", { ordinal: 3, genitive: true })).toBe("өченче");
    expect(figureText("tt", { hours: 10.5 })).toBe("10,5 сәг.");
    expect(figureText("ru", { category: "singleMother" })).toBe("ребенок одинокой матери");
  });

  it("write the amount, the day and the month of the result in the language", () => {
    const estimate = estimateIn("tt", estimateBasicCompensation(kindergarten(), SEPTEMBER_2024));
    expect(plain(estimate.amountText!)).toBe("960,00 ₽");
    expect(estimate.onDateText).toBe("15.09.2024");
    expect(estimate.monthText).toBe("2024 ел, сентябрь");
    expect(
      estimateIn(
        "ru",
        estimateChildAllowance({ familySize: 3, income: 0, childrenCount: 1, category: "none" }, "2027-02-01"),
      ).amountText,
    ).toBeNull();
  });
});

/**
 * Russian words that have no place in a Tatar text. The abbreviations (РЦМП, МДД, ТР) stay, and
 * «компенсация» and «пособие» are the words Tatar uses too.
 */
const RUSSIAN_WORDS =
  /(?<!\p{L})(и|в|на|не|для|по|от|до|с|из|за|что|или|размер\p{L}*|ребен\p{L}*|дет\p{L}*|семь\p{L}*|доход\p{L}*|плат\p{L}*|год\p{L}*|лет|месяц\p{L}*|действует)(?!\p{L})/iu;

/** Every kind of text the estimates write besides their lines: refusals, «unknown», each reference. */
const WITH_TEXTS: Estimate[] = [
  ...ESTIMATES,
  // A 12 h group: the act in force has no figure for it.
  estimateBasicCompensation(kindergarten({ groupHours: 12 }), "2026-11-23"),
  // Before the first act of the reference data.
  estimateBasicCompensation(kindergarten({ childBirthDate: "2017-03-01" }), "2019-09-02"),
  estimateAdditionalCompensation(
    additional(9_000, 2, { childrenCount: 4, childOrder: 4, groupHours: 10.5 }),
    "2026-11-23",
  ),
  estimateChildAllowance({ familySize: 3, income: 0, childrenCount: 1, category: "none" }, "2027-02-01"),
  estimateChildAllowance({ familySize: 2, income: 0, childrenCount: 0, category: "none" }, APRIL_2026),
];

describe("the estimate's reasons, assumptions and reference data", () => {
  const texts = (locale: "ru" | "tt", estimate: Estimate) => {
    const written = estimateIn(locale, estimate);
    return [
      ...written.reasons,
      ...written.assumptions,
      ...written.references.flatMap((r) => [r.name, r.value, r.validity ?? "", ...r.uncertainty]),
    ];
  };

  it("cover a refusal, «unknown» with and without the act, and every reference table", () => {
    const keys = new Set(WITH_TEXTS.flatMap((e) => [...e.reasons, ...e.assumptions].map((t) => t.key)));
    expect(keys).toEqual(
      new Set([
        "reason",
        "unknown.missingFee",
        "unknown.noFee",
        "unknown.noAllowanceData",
        "assumptions.attends",
        "assumptions.parent",
        "assumptions.olderChildren",
        "assumptions.income",
        "assumptions.twoSteps",
        "assumptions.allowanceFamily",
        "assumptions.allowanceCategory",
        "assumptions.unifiedAllowance",
      ]),
    );
    const tables = new Set(WITH_TEXTS.flatMap((e) => e.references.map((r) => r.table)));
    expect(tables.size).toBe(6);
    const notes = new Set(WITH_TEXTS.flatMap((e) => e.references.flatMap((r) => r.uncertainty.map((t) => t.key))));
    expect([...notes].sort()).toEqual(
      [
        "uncertainty.incomePeriod",
        "uncertainty.draft",
        "uncertainty.largeDerived",
        "uncertainty.anyAge",
        "uncertainty.shareAct",
        "uncertainty.shareColumns",
        "uncertainty.allowanceDemo",
        "uncertainty.allowanceIncrements",
      ].sort(),
    );
  });

  it("are written in Tatar, with no Russian word left and every placeholder filled", () => {
    for (const estimate of WITH_TEXTS) {
      const russian = texts("ru", estimate);
      const tatar = texts("tt", estimate);
      expect(tatar).toHaveLength(russian.length);
      for (const [index, text] of tatar.entries()) {
        expect(text).not.toMatch(/[{}]/);
        expect(russian[index]).not.toMatch(/[{}]/);
        expect(text, russian[index]).not.toMatch(RUSSIAN_WORDS);
        if (/\p{L}/u.test(text)) expect(text).not.toBe(russian[index]);
      }
    }
  });

  it("read a refusal, an assumption and a reference in each language", () => {
    const above = estimateAdditionalCompensation(
      { ...additional(20_000, 3), income: rubles(20_000 * 9) + 1 },
      SEPTEMBER_2024,
    );
    expect(estimateIn("ru", above).reasons).toEqual(["Среднедушевой доход семьи превышает установленную величину"]);
    expect(estimateIn("tt", above).reasons).toEqual([
      "Гаиләнең җан башына уртача кереме билгеләнгән күләмнән артып китә",
    ]);
    expect(estimateIn("tt", above).assumptions[0]).toBe(
      "Бала Татарстан Республикасында балалар бакчасына йөри, айлык ата-ана түләве тулысынча кертелгән.",
    );
    const fee = estimateIn("tt", estimateBasicCompensation(kindergarten(), "2026-11-23")).references[0]!;
    expect({ ...fee, value: plain(fee.value) }).toEqual({
      name: "ТРда ата-ана түләвенең уртача күләме",
      value: "2 231,00 ₽ — 9 сәг. төркем, 3 яшьтән, гадәти гаилә",
      validity: "01.01.2026 көненнән 31.12.2028 көненә кадәр гамәлдә",
      uncertain: true,
      uncertainty: [
        "Күләмнәр ТР Министрлар Кабинеты карары проектыннан алынган: актның кабул ителүе һәм соңгы күләмнәр тикшерелмәгән.",
      ],
      links: ["https://realnoevremya.ru/news/351116"],
    });
  });

  it("name the act and the modes it has when a group has no figure, in each language", () => {
    const twelve = estimateBasicCompensation(kindergarten({ groupHours: 12 }), "2026-11-23");
    expect(estimateIn("ru", twelve).reasons[0]).toMatch(
      /^Средний размер родительской платы для группы с 12-часовым пребыванием проектом постановления Кабинета Министров Республики Татарстан о среднем размере родительской платы на 2026–2028 годы \(август 2025 г\.\) не установлен \(в нем есть размеры для групп 3, 9, 24 ч\)\./,
    );
    expect(estimateIn("tt", twelve).reasons[0]).toMatch(
      /^Татарстан Республикасы Министрлар Кабинетының 2026–2028 елларга ата-ана түләвенең уртача күләме турындагы карары проекты \(2025 ел, август\) белән 12 сәгатьлек төркем өчен ата-ана түләвенең уртача күләме билгеләнмәгән \(анда 3, 9, 24 сәгатьлек төркемнәр өчен генә күләмнәр бар\)\./,
    );
  });
});

describe("the reasons' words", () => {
  it("are in Russian those of lib/benefits/reasons.ts, which the caseworker's pages show", () => {
    for (const [code, reason] of Object.entries({ ...RETURN_REASONS, ...REFUSAL_REASONS })) {
      expect(figureText("ru", { reason: code as ReasonCode })).toBe(reason.text);
      expect(figureText("tt", { reason: code as ReasonCode })).not.toBe(reason.text);
    }
  });
});
