import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFormData, cleanText, hasUncleanText } from "./clean-text";

describe("text cleaned before the database", () => {
  it("drops NUL and other controls, keeps tabs and line breaks, replaces lone surrogates", () => {
    expect(cleanText("ivan\u0000@example.ru")).toBe("ivan@example.ru");
    expect(cleanText("строка 1\r\nстрока\t2")).toBe("строка 1\r\nстрока\t2");
    expect(cleanText("a\ud800b\udfffc")).toBe("a\ufffdb\ufffdc");
    expect(cleanText("😀 Хасанова")).toBe("😀 Хасанова");
  });

  it("leaves nothing PostgreSQL or UTF-8 would refuse, for any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
        const cleaned = cleanText(value);
        return (
          !cleaned.includes("\u0000") &&
          !hasUncleanText(cleaned) &&
          Buffer.from(cleaned, "utf8").toString("utf8") === cleaned
        );
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("cleans a form in place, keeping repeated fields in order and files untouched", () => {
    const form = new FormData();
    form.append("login", "a\u0000b");
    form.append("child", "x");
    form.append("child", "y\ud800");
    const file = new File(["%PDF"], "scan.pdf", { type: "application/pdf" });
    form.append("document", file);
    cleanFormData(form);
    expect(form.get("login")).toBe("ab");
    expect(form.getAll("child")).toEqual(["x", "y\ufffd"]);
    expect((form.get("document") as File).name).toBe("scan.pdf");
  });
});
