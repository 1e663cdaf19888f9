import { describe, expect, it } from "vitest";
import { checkPersonName, isValidPersonName, normalizePersonName, PERSON_NAME_MAX_LENGTH } from "./person-name";

describe("person name", () => {
  it("accepts Russian names with ё, hyphen, space and apostrophe", () => {
    for (const name of [
      "Хасанова",
      "Алия",
      "Ринатовна",
      "Сёмин",
      "Римский-Корсаков",
      "Гейдар оглы",
      "Д'Артаньян",
      "Ли",
      "Я",
    ]) {
      expect(checkPersonName(name)).toEqual({ ok: true, value: name });
    }
  });

  it("accepts Tatar names with ә ө ү җ ң һ in both cases", () => {
    for (const name of [
      "Гөлназ",
      "Җәләлова",
      "Рөстәм",
      "Һадиев",
      "Үзбәк",
      "Шәңгәрәй",
      "Әлмәт",
      "Өлфәт",
      "Ңә",
      "Рәхимҗан улы",
    ]) {
      expect(checkPersonName(name)).toEqual({ ok: true, value: name });
    }
    expect(checkPersonName("ГӨЛНАЗ ҖӘЛӘЛОВА ҮҢҺ")).toEqual({ ok: true, value: "ГӨЛНАЗ ҖӘЛӘЛОВА ҮҢҺ" });
    // A Tatar letter starts and ends a name as any other letter.
    expect(checkPersonName("Әлфия-Һ").ok).toBe(true);
  });

  it("stores a letter typed as a base and a combining mark as the one letter", () => {
    expect(normalizePersonName("Е\u0308лкин")).toBe("Ёлкин");
  });

  it("trims, collapses spaces and unifies dashes and apostrophes", () => {
    expect(normalizePersonName("  Анна   Мария ")).toBe("Анна Мария");
    expect(normalizePersonName("Римский – Корсаков")).toBe("Римский-Корсаков");
    expect(normalizePersonName("Д’Артаньян")).toBe("Д'Артаньян");
    expect(checkPersonName(" Хасанова ")).toEqual({ ok: true, value: "Хасанова" });
  });

  it("keeps letter case as typed", () => {
    expect(normalizePersonName("оглы")).toBe("оглы");
  });

  it("refuses Latin letters, digits and other signs", () => {
    for (const name of [
      "Ivanov",
      "Ивaнов" /* Latin a */,
      "Иванов2",
      "Иванов.",
      "Иванов_",
      "Gölnaz",
      "Гəлназ" /* Latin schwa, not the Tatar letter */,
      "Рөстәм1",
      "Ӂәләлова" /* a Moldovan letter, not Tatar */,
    ]) {
      expect(checkPersonName(name)).toEqual({ ok: false, reason: "characters" });
    }
  });

  it("refuses a leading or trailing hyphen or apostrophe, and doubled separators", () => {
    expect(checkPersonName("-Иванов")).toEqual({ ok: false, reason: "edges" });
    expect(checkPersonName("Иванов-")).toEqual({ ok: false, reason: "edges" });
    expect(checkPersonName("'Иванов")).toEqual({ ok: false, reason: "edges" });
    expect(checkPersonName("Иванов--Петров")).toEqual({ ok: false, reason: "separators" });
    expect(checkPersonName("Д''Артаньян")).toEqual({ ok: false, reason: "separators" });
  });

  it("refuses empty and overlong names", () => {
    expect(checkPersonName("   ")).toEqual({ ok: false, reason: "empty" });
    expect(isValidPersonName("Я".repeat(PERSON_NAME_MAX_LENGTH))).toBe(true);
    expect(checkPersonName("Я".repeat(PERSON_NAME_MAX_LENGTH + 1))).toEqual({ ok: false, reason: "tooLong" });
  });
});
