import { describe, expect, it } from "vitest";
import {
  applicantName,
  classifySearch,
  decodeCursor,
  DEFAULT_QUEUE_FILTERS,
  encodeCursor,
  parseQueueQuery,
  queuePageSql,
  queueQueryString,
  surnameVariants,
} from "./queue";

describe("the queue's search box", () => {
  it("tells an application number, a SNILS and a surname apart", () => {
    expect(classifySearch(" 16-2026-0000123 ")).toEqual({ kind: "number", value: "16-2026-0000123" });
    expect(classifySearch("112-233-445 95")).toEqual({ kind: "snils", value: "11223344595" });
    expect(classifySearch("11223344595")).toEqual({ kind: "snils", value: "11223344595" });
    expect(classifySearch("  Хасанова ")).toEqual({ kind: "surname", value: "хасанова" });
    expect(classifySearch("Иванова-Петрова")).toEqual({ kind: "surname", value: "иванова-петрова" });
    expect(classifySearch("12345")).toBeNull();
    expect(classifySearch("   ")).toBeNull();
  });

  it("looks for a surname with ё also as е", () => {
    expect(surnameVariants("семёнова")).toEqual(["семёнова", "семенова"]);
    expect(surnameVariants("иванова")).toEqual(["иванова"]);
  });
});

describe("the queue's filter form", () => {
  it("reads every filter and says what is wrong with what was typed", () => {
    const parsed = parseQueueQuery(
      new URLSearchParams(
        "service=child-allowance&status=in_review&overdue=1&from=01.11.2026&to=2026-11-30&q=Хасанова&sort=due_asc&after=abc",
      ),
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.cursor).toBe("abc");
    expect(parsed.filters).toEqual({
      serviceId: "child-allowance",
      status: "in_review",
      overdueOnly: true,
      submittedFrom: "2026-11-01",
      submittedTo: "2026-11-30",
      search: { kind: "surname", value: "хасанова" },
      sort: "due_asc",
    });
    expect(parseQueueQuery({ from: "31.02.2026", to: "завтра", q: "123" }).errors).toEqual({
      from: "Введите дату в формате ДД.ММ.ГГГГ",
      to: "Введите дату в формате ДД.ММ.ГГГГ",
      q: "Введите номер заявления, фамилию или СНИЛС из 11 цифр",
    });
    expect(parseQueueQuery({ from: "2026-11-30", to: "2026-11-01" }).errors).toEqual({
      to: "Дата «по» раньше даты «с»",
    });
  });

  it("ignores values that are not on the lists: drafts cannot be asked for", () => {
    expect(parseQueueQuery({ status: "draft", service: "other", sort: "id" }).filters).toEqual(DEFAULT_QUEUE_FILTERS);
  });

  it("writes the filters back as the same query string (for the next page and the CSV)", () => {
    const { filters } = parseQueueQuery({
      service: "kindergarten-basic",
      status: "registered",
      overdue: "1",
      from: "2026-11-01",
      q: "16-2026-0000123",
      sort: "submitted_asc",
    });
    const again = parseQueueQuery(new URLSearchParams(queueQueryString(filters, { after: "x" })));
    expect(again.filters).toEqual(filters);
    expect(again.cursor).toBe("x");
    expect(queueQueryString(DEFAULT_QUEUE_FILTERS)).toBe("");
  });
});

describe("queue cursors", () => {
  it("round-trip, and are refused for another sort or when tampered with", () => {
    const cursor = { sort: "submitted_desc" as const, key: "2026-11-20T06:00:00.000Z", id: 42 };
    expect(decodeCursor(encodeCursor(cursor), "submitted_desc")).toEqual(cursor);
    expect(decodeCursor(encodeCursor(cursor), "due_asc")).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: "due_asc", key: null, id: 7 }), "due_asc")).toEqual({
      sort: "due_asc",
      key: null,
      id: 7,
    });
    expect(
      decodeCursor(encodeCursor({ sort: "due_asc", key: "2026-11-20T06:00:00.000Z", id: 7 }), "due_asc"),
    ).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: "submitted_asc", key: null, id: 7 }), "submitted_asc")).toBeNull();
    expect(
      decodeCursor(
        Buffer.from('{"s":"submitted_desc","k":"x\' OR 1=1","i":1}').toString("base64url"),
        "submitted_desc",
      ),
    ).toBeNull();
    expect(
      decodeCursor(
        Buffer.from('{"s":"submitted_desc","k":"2026-11-20","i":-1}').toString("base64url"),
        "submitted_desc",
      ),
    ).toBeNull();
    expect(decodeCursor("%%%", "submitted_desc")).toBeNull();
  });
});

describe("the queue's SQL", () => {
  it("pages by row comparison on the sort key (index range, no OFFSET) and binds every value", () => {
    const sql = queuePageSql(
      1,
      { ...DEFAULT_QUEUE_FILTERS, search: { kind: "surname", value: "o'brien" } },
      { sort: "submitted_desc", key: "2026-11-20T06:00:00.000Z", id: 5 },
      51,
      "2026-12-01",
    );
    expect(sql.text).toContain(`(a."submittedAt", a."id") < ($`);
    expect(sql.text).toContain(`ORDER BY a."submittedAt" DESC, a."id" DESC`);
    expect(sql.text).not.toMatch(/OFFSET/i);
    expect(sql.text).not.toContain("o'brien");
    expect(sql.values).toContain("o'brien");
    const dated = queuePageSql(1, { ...DEFAULT_QUEUE_FILTERS, sort: "due_asc" }, null, 51, "2026-12-01", "dated");
    expect(dated.text).toContain(`a."decisionDue" IS NOT NULL`);
    const undated = queuePageSql(
      1,
      { ...DEFAULT_QUEUE_FILTERS, sort: "due_asc" },
      { sort: "due_asc", key: null, id: 9 },
      51,
      "2026-12-01",
      "undated",
    );
    expect(undated.text).toContain(`a."decisionDue" IS NULL`);
    expect(undated.text).toContain(`a."id" > $`);
  });
});

describe("the applicant's name in the queue", () => {
  it("is the name as typed, else the surname key capitalised", () => {
    expect(
      applicantName({ lastName: "Хасанова", firstName: "Алия", middleName: null, applicantSurname: "хасанова" }),
    ).toBe("Хасанова Алия");
    expect(
      applicantName({ lastName: null, firstName: null, middleName: null, applicantSurname: "иванова-петрова" }),
    ).toBe("Иванова-Петрова");
  });
});
