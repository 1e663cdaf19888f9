import { describe, expect, it } from "vitest";
import { smsSize } from "./sms";

describe("smsSize", () => {
  it("fits 70 Cyrillic characters in one SMS and splits the 71st into two parts of 67", () => {
    expect(smsSize("я".repeat(70))).toEqual({ encoding: "ucs2", units: 70, segments: 1 });
    expect(smsSize("я".repeat(71))).toEqual({ encoding: "ucs2", units: 71, segments: 2 });
    expect(smsSize("я".repeat(134)).segments).toBe(2);
    expect(smsSize("я".repeat(135)).segments).toBe(3);
  });
  it("counts Latin text in the GSM alphabet, extension characters twice", () => {
    expect(smsSize("a".repeat(160))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
    expect(smsSize("a".repeat(161)).segments).toBe(2);
    expect(smsSize("€".repeat(80))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
  });
  it("sends a single Cyrillic letter or an emoji as UCS-2, an emoji taking two units", () => {
    expect(smsSize("Code 1 ж").encoding).toBe("ucs2");
    expect(smsSize("🙂").units).toBe(2);
  });
});
