import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRubles, fractionOf, percentOf, rubles } from "./money";

describe("money in kopecks", () => {
  it("turns ruble figures into kopecks and refuses fractions of a kopeck", () => {
    expect(rubles(1_920)).toBe(192_000);
    expect(rubles(7_310.5)).toBe(731_050);
    expect(rubles(0.29)).toBe(29);
    expect(() => rubles(0.005)).toThrow(RangeError);
  });

  it("takes percentages exactly, rounding half a kopeck up", () => {
    expect(percentOf(rubles(1_920), 50)).toBe(rubles(960));
    expect(percentOf(rubles(1_116), 70)).toBe(rubles(781.2));
    expect(percentOf(rubles(14_621), 50)).toBe(rubles(7_310.5));
    expect(percentOf(1, 50)).toBe(1); // 0.5 kopeck → 1
    expect(percentOf(1, 49)).toBe(0);
    expect(fractionOf(100, 1, 3)).toBe(33);
    expect(fractionOf(200, 1, 3)).toBe(67);
    expect(() => percentOf(-1, 20)).toThrow(RangeError);
    expect(() => percentOf(1.5, 20)).toThrow(RangeError);
  });

  it("never gives more than the whole for a share up to 100 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: 100 }), (amount, percent) => {
        const share = percentOf(amount, percent);
        return share >= 0 && share <= amount;
      }),
    );
  });

  it("formats rubles the Russian way", () => {
    expect(formatRubles(rubles(1_469.74))).toBe("1\u00a0469,74\u00a0₽");
    expect(formatRubles(rubles(960))).toBe("960,00\u00a0₽");
  });
});
