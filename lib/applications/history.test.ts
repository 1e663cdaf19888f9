import { describe, expect, it } from "vitest";
import { lastDecision, lastDocumentRequest } from "./history";

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, "0")}T09:00:00Z`);

describe("status history", () => {
  const events = [
    { toStatus: "registered", at: at(2), reasonCode: null, details: {} },
    {
      toStatus: "docs_requested",
      at: at(3),
      reasonCode: null,
      details: { requestedDocuments: ["Справка 1"], message: "Первый запрос" },
    },
    { toStatus: "docs_provided", at: at(4), reasonCode: null, details: {} },
    {
      toStatus: "docs_requested",
      at: at(5),
      reasonCode: null,
      details: { requestedDocuments: ["Справка 2", 7], message: "" },
    },
    { toStatus: "approved", at: at(9), reasonCode: null, details: { startMonth: "2026-12", months: 12 } },
  ];

  it("the latest request for documents, with what the caseworker listed", () => {
    expect(lastDocumentRequest(events)).toEqual({ at: at(5), requestedDocuments: ["Справка 2"], message: null });
    expect(lastDocumentRequest(events.slice(0, 1))).toBeNull();
  });

  it("the decision with its period, or the reason of a refusal", () => {
    expect(lastDecision(events)).toEqual({ status: "approved", reasonCode: null, startMonth: "2026-12", months: 12 });
    expect(
      lastDecision([{ toStatus: "rejected", at: at(9), reasonCode: "incomeAboveThreshold", details: null }]),
    ).toEqual({
      status: "rejected",
      reasonCode: "incomeAboveThreshold",
      startMonth: null,
      months: null,
    });
    expect(lastDecision(events.slice(0, 3))).toBeNull();
  });
});
