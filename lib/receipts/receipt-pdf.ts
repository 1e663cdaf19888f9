import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { moscowDate } from "../benefits/calendar";
import { formatRubles } from "../benefits/money";
import { formatRussianDate } from "../validation/calendar-date";
import type { ApplicationReceipt } from "./receipt";

// The receipt as an A4 PDF. Text is set in DejaVu Sans, embedded (subset) so Cyrillic shows in any
// viewer; the fonts ship in lib/receipts/fonts (with their licence) and are read from the working
// directory at run time — next.config.mjs traces them into the server build as well.

export const PORTAL_NAME = "Портал государственных и муниципальных услуг Республики Татарстан";
export const MINISTRY_NAME = "Министерство труда, занятости и социальной защиты Республики Татарстан";

const FONT_DIR = path.join(process.cwd(), "lib", "receipts", "fonts");

let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** DejaVu Sans regular and bold, read once (the leaflets use them too). */
export function loadFonts() {
  fontFiles ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  // A failed read (a deployment without the fonts) is retried by the next request, not cached.
  fontFiles.catch(() => {
    fontFiles = undefined;
  });
  return fontFiles;
}

/** «23.11.2026 16:05» in Moscow time, the portal's time zone. */
export function formatMoscowDateTime(iso: string): string {
  const time = new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
  return `${formatRussianDate(moscowDate(iso))} ${time}`;
}

/** The preliminary check in one sentence, as the receipt states it. */
export function preliminaryResult(receipt: Pick<ApplicationReceipt, "eligible" | "amountKopecks">): string {
  if (receipt.eligible === true && receipt.amountKopecks !== null) {
    return `право на выплату, вероятно, есть; ориентировочный размер — ${formatRubles(receipt.amountKopecks)} в месяц`;
  }
  if (receipt.eligible === false) return "по сведениям заявления права на выплату, вероятно, нет";
  return "портал не смог рассчитать размер выплаты: его определит территориальный орган";
}

// ---------------------------------------------------------------------------------------------
// Layout

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOTER = 36;
const WIDTH = A4[0] - 2 * MARGIN;
const LABEL_WIDTH = 165;
const GAP = 12;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.37, 0.42);
const RULE = rgb(0.7, 0.72, 0.76);

/**
 * Splits text into lines no wider than `width`: at spaces, and inside a word only when the word
 * alone is too wide (a long number or address). Non-breaking spaces (in amounts) do not split.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Moves to a new page unless `height` more points fit above the footer. */
  private room(height: number): void {
    if (this.y - height < MARGIN + FOOTER) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /** A wrapped paragraph, `indent` from the left margin; a bullet hangs left of the first line. */
  text(
    content: string,
    { font = this.regular, size = 10.5, indent = 0, color = INK, bullet = false }: { font?: PDFFont; size?: number; indent?: number; color?: ReturnType<typeof rgb>; bullet?: boolean } = {},
  ): void {
    const leading = size * 1.4;
    wrapText(content, font, size, WIDTH - indent).forEach((line, index) => {
      this.room(leading);
      this.y -= leading;
      const baseline = this.y + size * 0.3;
      if (bullet && index === 0) this.page.drawText("•", { x: MARGIN + indent - size, y: baseline, size, font, color });
      this.page.drawText(line, { x: MARGIN + indent, y: baseline, size, font, color });
    });
  }

  /** «Label: value» in two columns; a long value wraps in its column and may run onto the next page. */
  row(label: string, value: string, size = 10.5): void {
    const leading = size * 1.4;
    const labelLines = wrapText(label, this.bold, size, LABEL_WIDTH);
    const valueLines = wrapText(value, this.regular, size, WIDTH - LABEL_WIDTH - GAP);
    // Keep a short row together; a long one starts where there is room for its first lines.
    this.room(Math.min(Math.max(labelLines.length, valueLines.length), 3) * leading);
    for (let i = 0; i < Math.max(labelLines.length, valueLines.length); i++) {
      this.room(leading);
      this.y -= leading;
      const baseline = this.y + size * 0.3;
      const labelLine = labelLines[i];
      const valueLine = valueLines[i];
      if (labelLine) this.page.drawText(labelLine, { x: MARGIN, y: baseline, size, font: this.bold, color: INK });
      if (valueLine) this.page.drawText(valueLine, { x: MARGIN + LABEL_WIDTH + GAP, y: baseline, size, font: this.regular, color: INK });
    }
    this.y -= size * 0.5;
  }

  rule(): void {
    this.room(8);
    this.y -= 4;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + WIDTH, y: this.y }, thickness: 0.75, color: RULE });
    this.y -= 4;
  }

  /** The same footer on every page, once the page count is known. */
  footers(left: string): void {
    this.pages.forEach((page, index) => {
      const right = `Страница ${index + 1} из ${this.pages.length}`;
      const size = 8.5;
      page.drawLine({ start: { x: MARGIN, y: MARGIN + 14 }, end: { x: MARGIN + WIDTH, y: MARGIN + 14 }, thickness: 0.5, color: RULE });
      const leftLines = wrapText(left, this.regular, size, WIDTH - 90);
      leftLines.forEach((line, i) => page.drawText(line, { x: MARGIN, y: MARGIN + 2 - i * size * 1.3, size, font: this.regular, color: MUTED }));
      page.drawText(right, { x: MARGIN + WIDTH - this.regular.widthOfTextAtSize(right, size), y: MARGIN + 2, size, font: this.regular, color: MUTED });
    });
  }
}

/** The receipt as PDF bytes: A4, Cyrillic text, as many pages as the content needs. */
export async function applicationReceiptPdf(receipt: ApplicationReceipt): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });

  const title = `Расписка в получении заявления № ${receipt.number}`;
  const generated = new Date(receipt.generatedAt);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(receipt.serviceTitle);
  doc.setAuthor(PORTAL_NAME);
  doc.setCreator(PORTAL_NAME);
  doc.setProducer(PORTAL_NAME);
  doc.setKeywords(["расписка", receipt.number]);
  doc.setLanguage("ru-RU");
  doc.setCreationDate(generated);
  doc.setModificationDate(generated);

  const w = new Writer(doc, regular, bold);
  w.text(PORTAL_NAME, { size: 9.5, color: MUTED });
  w.text(MINISTRY_NAME, { size: 9.5, color: MUTED });
  w.space(14);
  w.text("Расписка в получении заявления", { font: bold, size: 17 });
  w.text(`№ ${receipt.number}`, { font: bold, size: 13 });
  w.space(6);
  w.rule();
  w.space(4);

  w.row("Номер заявления", receipt.number);
  w.row("Дата и время подачи", `${formatMoscowDateTime(receipt.submittedAt)} (время московское)`);
  w.row("Услуга", receipt.serviceTitle);
  w.row("Заявитель", receipt.applicantName);
  if (receipt.children.length) w.row(receipt.children.length === 1 ? "Ребенок" : "Дети", receipt.children.join(", "));
  w.row("Территориальный орган", receipt.territorialBodyName);
  w.row("Статус заявления", receipt.statusLabel);
  w.row("Срок принятия решения", receipt.decisionDue ? `до ${formatRussianDate(receipt.decisionDue)}` : "будет установлен после регистрации заявления");
  w.row("Размер выплаты (предварительно)", receipt.amountKopecks !== null ? `${formatRubles(receipt.amountKopecks)} в месяц` : "не рассчитан");
  w.row("Предварительный расчет", preliminaryResult(receipt));

  if (receipt.explanation.length) {
    w.space(6);
    w.text("Как рассчитан предварительный размер", { font: bold, size: 11.5 });
    w.space(2);
    for (const line of receipt.explanation) w.text(line, { size: 10, indent: 18, bullet: true });
  }

  w.space(10);
  w.rule();
  w.space(2);
  w.text(
    `Решение о назначении выплаты или об отказе в ее назначении принимает территориальный орган социальной защиты — ${receipt.territorialBodyName}. ` +
      "Предварительный расчет портала решением не является: право на выплату и ее размер определяются по результатам рассмотрения заявления и документов.",
    { size: 10 },
  );
  w.space(4);
  w.text("Ход рассмотрения заявления можно отслеживать в личном кабинете портала; о каждом изменении статуса придет уведомление.", { size: 10 });

  w.footers(`Расписка № ${receipt.number} сформирована ${formatMoscowDateTime(receipt.generatedAt)} (мск) на портале государственных и муниципальных услуг Республики Татарстан`);
  return doc.save();
}
