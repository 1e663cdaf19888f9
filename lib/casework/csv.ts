// CSV for the supervisor's export: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
// quote or line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads Cyrillic, and
// no formula injection: a cell starting with = + - @ (or a tab or carriage return, which Excel
// strips before looking) is prefixed with an apostrophe so a spreadsheet shows it as text.

export const CSV_BOM = "\uFEFF";
export const CSV_LINE_END = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its line end. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + CSV_LINE_END;
}

/** A whole document: BOM, header, records. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join("");
}
