import { describe, expect, it } from "vitest";
import { isAccountKeyValid, isValidLegalInn } from "../validation";
import { DEMO_BANKS, bankByBik } from "./banks";
import { DEMO_KINDERGARTENS, kindergartensFor } from "./kindergartens";
import { TATARSTAN_TERRITORIES } from "./territories";

describe("demo directories", () => {
  it("every bank's correspondent account passes the key check with its БИК", () => {
    for (const bank of DEMO_BANKS) expect(isAccountKeyValid(bank.correspondentAccount, bank.bik), bank.bik).toBe(true);
    expect(bankByBik("049205805")?.name).toContain("Ак Барс");
    expect(bankByBik("049205999")).toBeNull();
  });

  it("every kindergarten has a valid ИНН, a known territory and a unique id", () => {
    const codes = new Set(TATARSTAN_TERRITORIES.map((t) => t.code));
    for (const k of DEMO_KINDERGARTENS) {
      expect(isValidLegalInn(k.inn), k.id).toBe(true);
      expect(codes.has(k.territoryCode), k.id).toBe(true);
    }
    expect(new Set(DEMO_KINDERGARTENS.map((k) => k.id)).size).toBe(DEMO_KINDERGARTENS.length);
  });

  it("lists the territory's own kindergartens first", () => {
    const list = kindergartensFor("naberezhnye-chelny");
    expect(list.slice(0, 3).every((k) => k.territoryCode === "naberezhnye-chelny")).toBe(true);
    expect(list).toHaveLength(DEMO_KINDERGARTENS.length);
  });
});
