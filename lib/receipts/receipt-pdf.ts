import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { moscowDate } from "../benefits/calendar";
import { formatRubles } from "../benefits/money";
import { formatRussianDate } from "../validation/calendar-date";
import type { ApplicationReceipt } from "./receipt";

import { message } from "../i18n/catalogue";
import type { Locale } from "../i18n/locales";
// The receipt as an A4 PDF. Text is set in DejaVu Sans, embedded (subset) so Cyrillic shows in any
// viewer; the fonts ship in lib/receipts/fonts (with their licence) and are read from the working
// directory at run time — next.config.mjs traces them into the server build as well.

const FONT_DIR = path.join(process.cwd(), "lib", "receipts", "fonts");

let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** DejaVu Sans regular and bold, read once (the leaflets use them too). */
export function loadFonts() {
  fontFiles ??= Promise.all([
    readFile(path.join(FONT_DIR, "DejaVuSans.ttf")),
    readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a deployment without the fonts) is retried by the next request, not cached.
  fontFiles.catch(() => {
    fontFiles = undefined;
  });
  return fontFiles;
}

/** «23.11.2026 16:05» in Moscow time, the portal's time zone. */
export function formatMoscowDateTime(iso: string): string {
  const time = new Intl.DateTimeFormat("ru-RU", {
    timeZone: "Europe/Moscow",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
  return `${formatRussianDate(moscowDate(iso))} ${time}`;
}

/** The preliminary check in one sentence, as the receipt states it. */
export function preliminaryResult(
  receipt: Pick<ApplicationReceipt, "eligible" | "amountKopecks">,
  locale: Locale = "ru",
): string {
  if (receipt.eligible === true && receipt.amountKopecks !== null)
    return message(locale, "receipt.likelyEligible", { amount: formatRubles(receipt.amountKopecks) });
  return message(locale, receipt.eligible === false ? "receipt.likelyNotEligible" : "receipt.notComputed");
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
    {
      font = this.regular,
      size = 10.5,
      indent = 0,
      color = INK,
      bullet = false,
    }: { font?: PDFFont; size?: number; indent?: number; color?: ReturnType<typeof rgb>; bullet?: boolean } = {},
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
      if (valueLine)
        this.page.drawText(valueLine, {
          x: MARGIN + LABEL_WIDTH + GAP,
          y: baseline,
          size,
          font: this.regular,
          color: INK,
        });
    }
    this.y -= size * 0.5;
  }

  rule(): void {
    this.room(8);
    this.y -= 4;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + WIDTH, y: this.y },
      thickness: 0.75,
      color: RULE,
    });
    this.y -= 4;
  }

  /** The same footer on every page, once the page count is known. */
  footers(left: string, pageName: (index: number, pages: number) => string): void {
    this.pages.forEach((page, index) => {
      const right = pageName(index + 1, this.pages.length);
      const size = 8.5;
      page.drawLine({
        start: { x: MARGIN, y: MARGIN + 14 },
        end: { x: MARGIN + WIDTH, y: MARGIN + 14 },
        thickness: 0.5,
        color: RULE,
      });
      const leftLines = wrapText(left, this.regular, size, WIDTH - 90);
      leftLines.forEach((line, i) =>
        page.drawText(line, { x: MARGIN, y: MARGIN + 2 - i * size * 1.3, size, font: this.regular, color: MUTED }),
      );
      page.drawText(right, {
        x: MARGIN + WIDTH - this.regular.widthOfTextAtSize(right, size),
        y: MARGIN + 2,
        size,
        font: this.regular,
        color: MUTED,
      });
    });
  }
}

/**
 * The receipt as PDF bytes: A4, Cyrillic text, as many pages as the content needs, in the
 * applicant's language (DejaVu Sans has every Tatar letter: ә ө ү җ ң һ).
 */
export async function applicationReceiptPdf(receipt: ApplicationReceipt, locale: Locale = "ru"): Promise<Uint8Array> {
  const t = (key: string, values?: Record<string, string | number>) => message(locale, `receipt.${key}`, values);
  const portalName = message(locale, "portal.name");
  const fonts = await loadFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });

  const title = t("title", { number: receipt.number });
  const generated = new Date(receipt.generatedAt);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(receipt.serviceTitle);
  doc.setAuthor(portalName);
  doc.setCreator(portalName);
  doc.setProducer(portalName);
  doc.setKeywords([t("keyword"), receipt.number]);
  doc.setLanguage(locale === "tt" ? "tt-RU" : "ru-RU");
  doc.setCreationDate(generated);
  doc.setModificationDate(generated);

  const w = new Writer(doc, regular, bold);
  w.text(portalName, { size: 9.5, color: MUTED });
  w.text(message(locale, "footer.ministry"), { size: 9.5, color: MUTED });
  w.space(14);
  w.text(t("heading"), { font: bold, size: 17 });
  w.text(`№ ${receipt.number}`, { font: bold, size: 13 });
  w.space(6);
  w.rule();
  w.space(4);

  w.row(t("number"), receipt.number);
  w.row(t("submittedAt"), t("moscowTime", { time: formatMoscowDateTime(receipt.submittedAt) }));
  w.row(t("service"), receipt.serviceTitle);
  w.row(t("applicant"), receipt.applicantName);
  if (receipt.children.length)
    w.row(receipt.children.length === 1 ? t("child") : t("children"), receipt.children.join(", "));
  w.row(t("body"), receipt.territorialBodyName);
  w.row(t("status"), receipt.statusLabel);
  w.row(
    t("decisionDue"),
    receipt.decisionDue ? t("decisionBy", { date: formatRussianDate(receipt.decisionDue) }) : t("decisionLater"),
  );
  w.row(
    t("amount"),
    receipt.amountKopecks !== null
      ? t("perMonth", { amount: formatRubles(receipt.amountKopecks) })
      : t("notCalculated"),
  );
  w.row(t("preliminary"), preliminaryResult(receipt, locale));

  if (receipt.explanation.length) {
    w.space(6);
    w.text(t("howCalculated"), { font: bold, size: 11.5 });
    w.space(2);
    for (const line of receipt.explanation) w.text(line, { size: 10, indent: 18, bullet: true });
  }

  w.space(10);
  w.rule();
  w.space(2);
  w.text(t("decisionNote", { body: receipt.territorialBodyName }), { size: 10 });
  w.space(4);
  w.text(t("progressNote"), { size: 10 });

  w.footers(t("footer", { number: receipt.number, time: formatMoscowDateTime(receipt.generatedAt) }), (page, pages) =>
    t("page", { page, pages }),
  );
  return doc.save();
}
