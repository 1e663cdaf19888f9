/**
 * The id of a form field's control (what an error summary's link and «Изменить» point at). Two
 * forms on one page that share field names give each its own idPrefix. Kept out of the client
 * components so server pages can link to a field too.
 */
export function fieldId(name: string, idPrefix = ""): string {
  return `${idPrefix ? `${idPrefix}-` : ""}field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
