import { describe, expect, it } from "vitest";
import { meetsLevel } from "./assurance";

describe("meetsLevel", () => {
  it.each([
    [null, "standard", false],
    ["simplified", "standard", false],
    ["standard", "standard", true],
    ["confirmed", "standard", true],
    ["standard", "confirmed", false],
    ["simplified", "simplified", true],
    ["PR", "simplified", false],
  ] as const)("%s meets %s: %s", (level, required, expected) => {
    expect(meetsLevel(level, required)).toBe(expected);
  });
});
