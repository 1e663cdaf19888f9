import { describe, expect, it } from "vitest";
import { isAcceptablePassword, PASSWORD_RULES, passwordRulesSentence, unmetPasswordRules } from "./password";

describe("ESIA password policy", () => {
  it("accepts 8+ characters with lower and upper case Latin letters and digits", () => {
    expect(unmetPasswordRules("Qwerty12")).toEqual([]);
    expect(isAcceptablePassword("Str0ng!Pass#word")).toBe(true);
  });

  it("lists every unmet rule, in checklist order", () => {
    expect(unmetPasswordRules("")).toEqual(["minLength", "lowercase", "uppercase", "digit"]);
    expect(unmetPasswordRules("qwerty12")).toEqual(["uppercase"]);
    expect(unmetPasswordRules("QWERTY12")).toEqual(["lowercase"]);
    expect(unmetPasswordRules("Qwertyui")).toEqual(["digit"]);
    expect(unmetPasswordRules("Qwerty1")).toEqual(["minLength"]);
  });

  it("does not count Cyrillic letters or spaces as Latin", () => {
    expect(unmetPasswordRules("Пароль123")).toEqual(["lowercase", "uppercase", "latinOnly"]);
    expect(unmetPasswordRules("Qwerty12ф")).toEqual(["latinOnly"]);
    expect(unmetPasswordRules("Qwerty 12")).toEqual(["latinOnly"]);
  });

  it("has a checklist label for each rule", () => {
    expect(PASSWORD_RULES.map((r) => r.rule)).toEqual(["minLength", "lowercase", "uppercase", "digit", "latinOnly"]);
    expect(PASSWORD_RULES[0]!.label).toBe("Не менее 8 символов");
  });
});

describe("passwordRulesSentence", () => {
  it("lowers only the first letter of each rule: «(A–Z)» stays upper case", () => {
    const sentence = passwordRulesSentence();
    expect(sentence).toMatch(
      /^не менее 8 символов, строчные латинские буквы \(a–z\), заглавные латинские буквы \(A–Z\), цифры/,
    );
    expect(sentence).not.toContain("заглавные латинские буквы (a–z)");
  });
});
