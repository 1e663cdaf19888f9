import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { loadFonts } from "../receipts/receipt-pdf";
import {
  LEAFLET_STEPS,
  MOBILE_APP,
  MOBILE_STORES,
  PORTAL_HEADING,
  portalAddress,
  servicePageUrl,
  stepDetail,
  SUPPORT_PHONES,
  type Leaflet,
} from "./content";

// A leaflet as a print-ready PDF for one territorial body, A4 or A5 (the same layout scaled):
// the letter's words, the portal address, a QR code to the service page drawn as vector squares
// (sharp at any printer resolution), the support phones and the body's name.

export type PaperSize = "A4" | "A5";
export const PAPER_SIZES: readonly PaperSize[] = ["A4", "A5"];

const SIZES: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], A5: [419.53, 595.28] };
const BRAND = rgb(0.043, 0.325, 0.58);
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.3, 0.32, 0.36);
const WHITE = rgb(1, 1, 1);

export interface LeafletPdfInput {
  leaflet: Leaflet;
  territorialBodyName: string;
  appUrl: string;
  size: PaperSize;
}

/** Words of `text` in lines no wider than `width`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The QR code's dark modules as filled squares, with the 4-module quiet zone on white. */
function drawQr(page: PDFPage, text: string, x: number, y: number, side: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const cell = side / (count + 8);
  page.drawRectangle({ x, y, width: side, height: side, color: WHITE });
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (!qr.modules.get(row, column)) continue;
      page.drawRectangle({
        x: x + (column + 4) * cell,
        y: y + side - (row + 5) * cell,
        width: cell,
        height: cell,
        color: INK,
      });
    }
  }
}

export async function leafletPdf(input: LeafletPdfInput): Promise<Uint8Array> {
  const { leaflet, appUrl } = input;
  const [pageWidth, pageHeight] = SIZES[input.size];
  const k = pageWidth / SIZES.A4[0]; // A5 is A4 scaled by 1/√2
  const margin = 44 * k;
  const width = pageWidth - 2 * margin;

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts = await loadFonts();
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const url = servicePageUrl(appUrl, leaflet);
  pdf.setTitle(`${leaflet.title} — ${input.territorialBodyName}`);
  pdf.setSubject(`Информационный лист: ${url}`);
  pdf.setLanguage("ru-RU");
  pdf.setAuthor("Министерство труда, занятости и социальной защиты Республики Татарстан");
  const page = pdf.addPage([pageWidth, pageHeight]);

  const text = (value: string, x: number, y: number, size: number, font: PDFFont = regular, color = INK) =>
    page.drawText(value, { x, y, size: size * k, font, color });
  const paragraph = (
    value: string,
    x: number,
    top: number,
    size: number,
    maxWidth: number,
    font: PDFFont = regular,
    color = INK,
    leading = 1.25,
  ) => {
    let y = top;
    for (const line of wrap(value, font, size * k, maxWidth)) {
      y -= size * k * leading;
      text(line, x, y, size, font, color);
    }
    return y;
  };

  // Header band: the portal's name.
  const band = 64 * k;
  page.drawRectangle({ x: 0, y: pageHeight - band, width: pageWidth, height: band, color: BRAND });
  paragraph(PORTAL_HEADING.toUpperCase(), margin, pageHeight - 12 * k, 12, width, bold, WHITE);

  // Headline and the portal address.
  let y = pageHeight - band - 16 * k;
  y = paragraph(leaflet.title, margin, y, 34, width, bold, BRAND, 1.15);
  y = paragraph(leaflet.subtitle, margin, y - 10 * k, 15, width, regular, INK);
  y = paragraph(portalAddress(appUrl), margin, y - 2 * k, 26, width, bold, INK);

  // The QR code beside the three steps.
  const qrSide = 150 * k;
  const stepsTop = y - 24 * k;
  drawQr(page, url, pageWidth - margin - qrSide, stepsTop - qrSide, qrSide);
  paragraph(
    "Наведите камеру телефона — откроется страница услуги",
    pageWidth - margin - qrSide,
    stepsTop - qrSide - 2 * k,
    9,
    qrSide,
    regular,
    MUTED,
    1.2,
  );

  const stepsWidth = width - qrSide - 20 * k;
  let stepY = stepsTop;
  LEAFLET_STEPS.forEach((step, index) => {
    const radius = 15 * k;
    page.drawCircle({ x: margin + radius, y: stepY - radius, size: radius, color: BRAND });
    const digit = String(index + 1);
    text(digit, margin + radius - bold.widthOfTextAtSize(digit, 16 * k) / 2, stepY - radius - 6 * k, 16, bold, WHITE);
    let bottom = paragraph(
      step.title,
      margin + 2 * radius + 10 * k,
      stepY + 2 * k,
      14,
      stepsWidth - 2 * radius - 10 * k,
      bold,
      INK,
    );
    bottom = paragraph(
      stepDetail(step.detail, appUrl),
      margin + 2 * radius + 10 * k,
      bottom - 2 * k,
      11,
      stepsWidth - 2 * radius - 10 * k,
      regular,
      MUTED,
    );
    stepY = Math.min(bottom, stepY - 2 * radius) - 16 * k;
  });

  // The mobile app, the support phones and the body's name at the foot.
  y = Math.min(stepY, stepsTop - qrSide - 40 * k) - 8 * k;
  y = paragraph(`${MOBILE_APP}: ${MOBILE_STORES.join(", ")}`, margin, y, 13, width, bold, INK);
  y -= 10 * k;
  for (const support of SUPPORT_PHONES)
    y = paragraph(`${support.title}: ${support.phone}`, margin, y, 12, width, regular, INK);
  const footTop = margin + 46 * k;
  page.drawLine({
    start: { x: margin, y: footTop },
    end: { x: pageWidth - margin, y: footTop },
    thickness: 1 * k,
    color: BRAND,
  });
  paragraph(`Поможем подать заявление: ${input.territorialBodyName}`, margin, footTop - 4 * k, 12, width, bold, INK);
  return pdf.save();
}
