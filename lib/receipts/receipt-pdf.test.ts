import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { rubles } from "../benefits/money";
import type { ApplicationReceipt } from "./receipt";
import { applicationReceiptPdf, formatMoscowDateTime, preliminaryResult } from "./receipt-pdf";
import { pdfPagesText } from "./testing";

const receipt: ApplicationReceipt = {
  number: "16-2026-0000123",
  serviceTitle: "Назначение основной компенсации части родительской платы за детский сад",
  submittedAt: "2026-11-23T21:30:00.000Z", // 00:30 on 24.11 in Moscow
  applicantName: "Хасанова Алия Ринатовна",
  territorialBodyName:
    "Отдел социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в Агрызском муниципальном районе",
  statusLabel: "Заявление отправлено",
  decisionDue: "2026-12-09",
  amountKopecks: rubles(1_115.5),
  eligible: true,
  explanation: ["Ребенок: Хасанов Тимур Айдарович", "Основная компенсация: 50 % среднего размера платы = 1 115,50 ₽"],
  children: ["Хасанов Тимур Айдарович", "Хасанова Амина Айдаровна"],
  generatedAt: "2026-11-24T08:15:00.000Z",
};

/** The text as one line per page, with spacing folded, for searching. */
async function flatText(bytes: Uint8Array): Promise<string[]> {
  return (await pdfPagesText(bytes)).map((page) => page.replace(/\s+/g, " "));
}

describe("the receipt PDF", () => {
  it("is a valid one-page A4 PDF whose metadata names the receipt and its number", async () => {
    const bytes = await applicationReceiptPdf(receipt);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe("Расписка в получении заявления № 16-2026-0000123");
    expect(doc.getSubject()).toBe(receipt.serviceTitle);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-11-24T08:15:00.000Z");
  });

  it("draws the receipt's content on the page in Cyrillic: number, applicant, children, body, dates in Moscow time, amount", async () => {
    const [page, ...rest] = await flatText(await applicationReceiptPdf(receipt));
    expect(rest).toEqual([]);
    expect(page).toContain("Расписка в получении заявления");
    expect(page).toContain("16-2026-0000123");
    expect(page).toContain("Хасанова Алия Ринатовна");
    expect(page).toContain("Хасанов Тимур Айдарович, Хасанова Амина Айдаровна");
    expect(page).toContain("Министерство труда, занятости и социальной защиты Республики Татарстан");
    expect(page).toContain("24.11.2026 00:30 (время московское)");
    expect(page).toContain("до 09.12.2026");
    expect(page).toMatch(/1\s115,50\s₽ в месяц/);
    expect(page).toContain(
      "Решение о назначении выплаты или об отказе в ее назначении принимает территориальный орган",
    );
    expect(page).toContain("Страница 1 из 1");
  });

  it("wraps long lines and runs onto further pages, each with its footer", async () => {
    const explanation = Array.from(
      { length: 60 },
      (_, i) => `Строка расчета ${i + 1}: ${"очень длинное пояснение к расчету размера выплаты ".repeat(3)}`,
    );
    const bytes = await applicationReceiptPdf({
      ...receipt,
      explanation,
      applicantName: "Константинопольская-Переславская Александра-Виктория Вячеславовна",
    });
    const doc = await PDFDocument.load(bytes);
    const pages = await flatText(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
    expect(pages).toHaveLength(doc.getPageCount());
    pages.forEach((page, i) => expect(page).toContain(`Страница ${i + 1} из ${pages.length}`));
    expect(pages.join(" ")).toContain("Строка расчета 60:");
    expect(pages[0]).toContain("Константинопольская-Переславская Александра-Виктория Вячеславовна");
  });

  it("states a refusal or an undetermined amount instead of a figure", async () => {
    expect(preliminaryResult({ eligible: false, amountKopecks: null })).toBe(
      "по сведениям заявления права на выплату, вероятно, нет",
    );
    expect(preliminaryResult({ eligible: null, amountKopecks: null })).toMatch(/не смог рассчитать/);
    const [page] = await flatText(
      await applicationReceiptPdf({ ...receipt, eligible: null, amountKopecks: null, decisionDue: null, children: [] }),
    );
    expect(page).toContain("не рассчитан");
    expect(page).toContain("будет установлен после регистрации заявления");
    expect(page).not.toContain("Дети");
  });

  it("formats instants in Moscow time whatever the server's zone", () => {
    expect(formatMoscowDateTime("2026-11-23T21:30:00.000Z")).toBe("24.11.2026 00:30");
    expect(formatMoscowDateTime("2026-06-01T06:05:00Z")).toBe("01.06.2026 09:05");
  });
});
