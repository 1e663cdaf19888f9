import { afterEach, describe, expect, it } from "vitest";
import { databaseMarkedDown, resetDatabaseAvailability } from "../db/outage";
import { answeringOutage, OUTAGE_FORM_MESSAGE } from "./outage-answer";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("a form posted while the database is away", () => {
  afterEach(() => resetDatabaseAvailability());

  it("answers with what was typed and a message, and marks the database down", async () => {
    const typed = form([
      ["livingAddress", "г. Казань, ул. Декабристов, д. 8"],
      ["intent", "next"],
    ]);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const answer = await answeringOutage(typed, () => Promise.reject(new Error("query failed", { cause: refused })));
    expect(answer).toMatchObject({
      errors: {},
      values: { livingAddress: "г. Казань, ул. Декабристов, д. 8", intent: "next" },
      message: OUTAGE_FORM_MESSAGE,
    });
    expect(databaseMarkedDown()).toBe(true);
  });

  it("lets every other error through, and the action's own answer", async () => {
    const signal = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/cabinet;307;" });
    await expect(answeringOutage(form([]), () => Promise.reject(signal))).rejects.toBe(signal);
    await expect(answeringOutage(form([]), () => Promise.reject(new Error("unique constraint")))).rejects.toThrow(
      "unique constraint",
    );
    expect(databaseMarkedDown()).toBe(false);
    await expect(answeringOutage(form([]), async () => ({ errors: {}, values: { a: "1" } }))).resolves.toEqual({
      errors: {},
      values: { a: "1" },
    });
  });
});
