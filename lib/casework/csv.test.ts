import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvLine, toCsv } from "./csv";

/** A strict RFC 4180 reader, to prove what the writer produces reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (char === '"' || char === "\n" || char === "\r") throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    else field += char;
  }
  if (field !== "" || row.length) throw new Error("last record without CRLF");
  return rows;
}

describe("CSV for Excel (RFC 4180, UTF-8 with BOM)", () => {
  it("starts with the byte-order mark and ends every record with CRLF", () => {
    const text = toCsv(["Номер заявления", "Заявитель"], [["16-2026-0000001", "Хасанова Алия"]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}Номер заявления,Заявитель\r\n16-2026-0000001,Хасанова Алия\r\n`);
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell('ООО "Ромашка", филиал')).toBe('"ООО ""Ромашка"", филиал"');
    expect(csvCell("строка 1\nстрока 2")).toBe('"строка 1\nстрока 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(192050)).toBe("192050");
  });

  it("neutralises formulas: a cell starting with = + - @ tab or CR becomes text", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+79170000000")).toBe("'+79170000000");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell("Иванова-Петрова")).toBe("Иванова-Петрова");
  });

  it("reads back as written for any text (formula-looking cells keep an apostrophe in front)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = parseCsv(rows.map((row) => csvLine(row)).join(""));
          expect(parsed).toEqual(rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
          for (const row of parsed) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        },
      ),
    );
  });
});
