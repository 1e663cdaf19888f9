import { describe, expect, it } from "vitest";
import { checkKpp, checkOgrn, makeOgrn } from "./organization";

describe("ОГРН", () => {
  it("accepts a real-format number with its control digit", () => {
    // ОГРН of ПАО Сбербанк, published on its site: 1027700132195.
    expect(checkOgrn("1027700132195")).toEqual({ ok: true, value: "1027700132195" });
    expect(checkOgrn("1 027 700 132 195")).toEqual({ ok: true, value: "1027700132195" });
  });

  it("refuses a wrong control digit and a wrong length", () => {
    expect(checkOgrn("1027700132196")).toEqual({ ok: false, reason: "checksum" });
    expect(checkOgrn("102770013219")).toEqual({ ok: false, reason: "format" });
    expect(checkOgrn("10277001321951")).toEqual({ ok: false, reason: "format" });
    expect(checkOgrn("102770013219A")).toEqual({ ok: false, reason: "format" });
  });

  it("every other control digit is refused (exhaustive over one number)", () => {
    const valid = makeOgrn("116169000001");
    const refused = [..."0123456789"]
      .filter((digit) => digit !== valid[12])
      .map((digit) => checkOgrn(valid.slice(0, 12) + digit).ok);
    expect(checkOgrn(valid).ok).toBe(true);
    expect(refused).toEqual(Array(9).fill(false));
  });
});

describe("КПП", () => {
  it("accepts digits and a Latin reason code, upper-cased", () => {
    expect(checkKpp("165501001")).toEqual({ ok: true, value: "165501001" });
    expect(checkKpp("7736ab001")).toEqual({ ok: true, value: "7736AB001" });
  });

  it("refuses other shapes", () => {
    for (const bad of ["16550100", "1655010011", "16550А001", "AB5501001", ""])
      expect(checkKpp(bad).ok, bad).toBe(false);
  });
});
