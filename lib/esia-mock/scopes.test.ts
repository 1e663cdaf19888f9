import { describe, expect, it } from "vitest";
import { parseTokenUpdateScope } from "./scopes";

describe("the scope of a token update (client_credentials)", () => {
  it("reads prm_chg and person scopes for one oid", () => {
    expect(parseTokenUpdateScope("prm_chg?oid=1000300003")).toEqual({ oid: 1000300003, scopes: ["prm_chg"] });
    expect(parseTokenUpdateScope("prm_chg?oid=42 fullname?oid=42  snils?oid=42")).toEqual({
      oid: 42,
      scopes: ["prm_chg", "fullname", "snils"],
    });
  });

  it("refuses anything else", () => {
    for (const bad of [
      "",
      null,
      "prm_chg",
      "fullname?oid=42",
      "prm_chg?oid=42 fullname?oid=43",
      "prm_chg?oid=42 prm_chg?oid=42",
      "prm_chg?oid=42 openid?oid=42",
      "prm_chg?oid=42 unknown?oid=42",
      "prm_chg?oid=0",
      "prm_chg?oid=-1",
      "prm_chg?oid=99999999999",
      "prm_chg?oid=42&x=1",
    ]) {
      expect(parseTokenUpdateScope(bad)).toBeNull();
    }
  });
});
