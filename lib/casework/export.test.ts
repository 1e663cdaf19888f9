import { describe, expect, it } from "vitest";
import { exportCells } from "./export";
import type { QueueRow } from "./queue";

const row: QueueRow = {
  id: 1,
  number: "16-2026-0000001",
  serviceId: "kindergarten-basic",
  status: "in_review",
  version: 3,
  applicantSurname: "хасанова",
  lastName: '=HYPERLINK("http://evil")',
  firstName: "Алия",
  middleName: null,
  submittedAt: new Date("2026-11-20T06:00:00Z"),
  decisionDue: "2026-11-30",
  assignedStaffId: 5,
  assignedStaffName: "Галиева Эльвира Ринатовна",
  amountKopecks: 192_050,
  decidedAt: null,
};

describe("a row of the CSV export", () => {
  it("has the queue's columns in Russian, Moscow time and a decimal comma", () => {
    expect(exportCells(row, "2026-12-01")).toEqual([
      "16-2026-0000001",
      "Основная компенсация за детский сад",
      "В работе",
      '=HYPERLINK("http://evil") Алия',
      "20.11.2026, 09:00",
      "30.11.2026",
      "да",
      "Галиева Эльвира Ринатовна",
      "1920,50",
      "",
    ]);
  });
});
