import { describe, expect, it } from "vitest";
import { formatMonth, sinceMonth } from "./labels";

describe("month words", () => {
  it("after «с» the month is in the genitive: «с января 2027 г.», not «с январь»", () => {
    expect(sinceMonth("2027-01")).toBe("с января 2027 г.");
    expect(sinceMonth("2026-12")).toBe("с декабря 2026 г.");
    expect(sinceMonth("2026-05")).toBe("с мая 2026 г.");
  });

  it("a month on its own stays in the nominative", () => {
    expect(formatMonth("2027-01")).toBe("январь 2027 г.");
  });
});
