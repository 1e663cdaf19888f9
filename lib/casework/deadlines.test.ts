import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES } from "../applications/application-status";
import { dueAfterPause, isOverdue } from "./deadlines";

describe("overdue applications", () => {
  it("are those still waiting for a decision after their due day", () => {
    const overdue = APPLICATION_STATUSES.filter((status) => isOverdue(status, "2026-11-30", "2026-12-01"));
    expect(overdue).toEqual(["submitted", "registered", "in_review", "docs_provided"]);
  });

  it("a decision on the due day itself is in time; no due date is never overdue", () => {
    expect(isOverdue("in_review", "2026-12-01", "2026-12-01")).toBe(false);
    expect(isOverdue("in_review", null, "2026-12-01")).toBe(false);
  });
});

describe("the pause for documents", () => {
  it("moves the due date on by the working days spent waiting (Moscow dates)", () => {
    // Requested Tue 24 Nov, provided Fri 27 Nov: 3 working days; Fri 4 Dec → Wed 9 Dec.
    expect(dueAfterPause("2026-12-04", new Date("2026-11-24T09:00:00Z"), new Date("2026-11-27T10:00:00Z"))).toBe(
      "2026-12-09",
    );
    // Over a weekend only (Fri evening → Sun): no working day passed.
    expect(dueAfterPause("2026-12-04", new Date("2026-11-27T15:00:00Z"), new Date("2026-11-29T10:00:00Z"))).toBe(
      "2026-12-04",
    );
    // 23:30 UTC is already the next day in Moscow.
    expect(dueAfterPause("2026-12-04", new Date("2026-11-23T23:30:00Z"), new Date("2026-11-24T10:00:00Z"))).toBe(
      "2026-12-04",
    );
  });
});
