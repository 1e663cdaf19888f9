import { describe, expect, it } from "vitest";
import { FORM_WORD_SECTIONS, formWords } from "./catalogue";
import { LOCALES } from "./locales";
import { fillPlaceholders, notPlainTexts, translator, type Words } from "./words";

describe("fillPlaceholders", () => {
  it("fills every {name} with its value, numbers written as they are", () => {
    expect(fillPlaceholders("Удалить сведения о ребенке {number}", { number: 2 })).toBe("Удалить сведения о ребенке 2");
    expect(fillPlaceholders("Шаг {number} из {total}", { number: 3, total: 8 })).toBe("Шаг 3 из 8");
    expect(fillPlaceholders("{name} файлын бетерү", { name: "справка.pdf" })).toBe("справка.pdf файлын бетерү");
  });

  it("keeps a placeholder without a value, and a value that looks like a placeholder as typed", () => {
    expect(fillPlaceholders("Файл «{name}» прикреплен")).toBe("Файл «{name}» прикреплен");
    expect(fillPlaceholders("Файл «{name}» прикреплен", { name: "{number}.pdf", number: 1 })).toBe(
      "Файл «{number}.pdf» прикреплен",
    );
  });

  it("reads only the values' own names, not the object's prototype", () => {
    expect(fillPlaceholders("{toString} {constructor}", {})).toBe("{toString} {constructor}");
  });
});

describe("translator", () => {
  const words: Words = {
    form: { next: "Далее", child: "Ребенок {number}" },
    fields: { lastName: { label: "Фамилия" } },
  };
  const t = translator(words);

  it("looks a text up by its dotted key and fills it", () => {
    expect(t("form.next")).toBe("Далее");
    expect(t("form.child", { number: 1 })).toBe("Ребенок 1");
    expect(t("fields.lastName.label")).toBe("Фамилия");
  });

  it("says which texts exist; a section or a missing key is not a text", () => {
    expect(t.has("fields.lastName.label")).toBe(true);
    expect(t.has("fields.lastName.hint")).toBe(false);
    expect(t.has("fields.lastName")).toBe(false);
    expect(t.has("form.next.more")).toBe(false);
    expect(t.has("form.__proto__")).toBe(false);
  });

  it("shows a missing text as its key rather than failing the page", () => {
    expect(t("fields.middleName.label")).toBe("fields.middleName.label");
    expect(t("fields.lastName")).toBe("fields.lastName");
  });
});

describe("notPlainTexts", () => {
  it("passes plain texts and {name} placeholders", () => {
    expect(notPlainTexts({ a: "Далее", b: { c: "Шаг {number} из {total}", d: "PDF, JPG — 5 МБ; «кавычки»" } })).toEqual(
      [],
    );
  });

  it("finds ICU plurals, selects, quoting and tags by key", () => {
    expect(
      notPlainTexts({
        plural: "{count, plural, one {# ребенок} other {# детей}}",
        nested: { select: "{gender, select, F {она} other {он}}" },
        ordinal: "{n, selectordinal, other {#-й}}",
        quoted: "Скобка '{' в тексте",
        tag: "Прочтите <b>условия</b>",
        plain: "Ребенок {number}",
      }),
    ).toEqual(["plural", "nested.select", "ordinal", "quoted", "tag"]);
  });
});

// The form's words go to the browser as data and are filled there by fillPlaceholders: a plural
// or a choice written into one of these sections must be worded on the server instead.
describe("the form's words handed to the browser", () => {
  it.each(LOCALES)("are plain texts with {name} placeholders only in %s", (locale) => {
    const words = formWords(locale);
    expect(Object.keys(words).sort()).toEqual([...FORM_WORD_SECTIONS].sort());
    expect(notPlainTexts(words)).toEqual([]);
  });

  it("are the catalogue's own texts in the page's language", () => {
    expect(translator(formWords("ru"))("form.child", { number: 2 })).toBe("Ребенок 2");
    expect(translator(formWords("tt"))("form.child", { number: 2 })).toBe("Бала 2");
    expect(translator(formWords("ru"))("fields.applicant.middleName.hint")).toBe("Если есть");
    expect(translator(formWords("tt"))("fields.applicant.middleName.hint")).not.toBe("Если есть");
  });
});
