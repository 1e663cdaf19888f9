import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPagesText } from "../receipts/testing";
import { LEAFLETS } from "./content";
import { leafletPdf, type PaperSize } from "./leaflet-pdf";

// The leaflet PDF as a printer would see it: rasterised by poppler's pdftoppm (Debian
// poppler-utils, installed by .ci/run) and its QR code decoded by jsQR from the pixels.

const run = promisify(execFile);
const BODY =
  "Отдел социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в Агрызском муниципальном районе";
const APP_URL = "https://uslugi.tatarstan.ru";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "leaflet-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Page 1 at `dpi` as RGBA pixels. */
async function rasterise(bytes: Uint8Array, dpi: number): Promise<PNG> {
  const file = path.join(work, `l-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  await run("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", file, file]);
  return PNG.sync.read(await readFile(`${file}.png`));
}

describe("a leaflet PDF for a territorial body", { timeout: 30_000 }, () => {
  for (const [size, points] of [
    ["A4", [595, 842]],
    ["A5", [420, 595]],
  ] as [PaperSize, [number, number]][]) {
    it(`is a real ${size} PDF with the body's name, the portal address and a QR code to the service page`, async () => {
      const bytes = await leafletPdf({
        leaflet: LEAFLETS["kindergarten-compensation"],
        territorialBodyName: BODY,
        appUrl: APP_URL,
        size,
      });
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual(points);
      expect(doc.getTitle()).toBe(`Оформи компенсацию за оплату детского сада — ${BODY}`);

      const text = (await pdfPagesText(bytes))[0]!.replace(/\s+/g, " ");
      expect(text).toContain("Оформи компенсацию за оплату детского сада");
      expect(text).toContain("uslugi.tatarstan.ru");
      expect(text).toContain("Агрызском муниципальном районе");
      expect(text).toContain("8 (800) 100-70-10");
      expect(text).toContain("8 (843) 5-114-115");
      expect(text).toContain("Мобильное приложение «Услуги РТ»");

      const image = await rasterise(bytes, size === "A4" ? 100 : 150);
      const code = jsQR(
        new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
        image.width,
        image.height,
      );
      expect(code?.data).toBe("https://uslugi.tatarstan.ru/services/kindergarten-basic");
    });
  }

  it("leads the child-allowance leaflet to its own service page", async () => {
    const bytes = await leafletPdf({
      leaflet: LEAFLETS["child-allowance"],
      territorialBodyName: BODY,
      appUrl: "http://localhost:3000",
      size: "A4",
    });
    const image = await rasterise(bytes, 100);
    expect(
      jsQR(
        new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
        image.width,
        image.height,
      )?.data,
    ).toBe("http://localhost:3000/services/child-allowance");
    expect((await pdfPagesText(bytes))[0]).toContain("localhost:3000");
  });
});
