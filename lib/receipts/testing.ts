import PDFParser from "pdf2json";

// For tests: the text a PDF viewer would extract, page by page. pdf2json (a dev dependency) reads
// the content streams and the embedded fonts' ToUnicode maps, so this is the text as drawn on the
// pages, not the metadata. It folds some characters to compatibility forms (№ → No).

export function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on("pdfParser_dataError", (error) => reject("parserError" in error ? error.parserError : error));
    parser.on("pdfParser_dataReady", () => {
      const pages = parser
        .getRawTextContent()
        .split(/-+Page \(\d+\) Break-+/)
        .slice(0, -1)
        .map((page) => page.replace(/\r\n/g, "\n").trim());
      parser.destroy();
      resolve(pages);
    });
    parser.parseBuffer(Buffer.from(bytes), 0);
  });
}
