// Text from a form or an address, before it reaches the database or a page: PostgreSQL refuses
// NUL in text, and a lone UTF-16 surrogate cannot be stored or encoded as UTF-8. Control
// characters other than tab and line breaks are never meant; a lone surrogate becomes U+FFFD.

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(value: string): string {
  return value.replace(CONTROLS, "").replace(LONE_SURROGATE, "\ufffd");
}

const ANY_CONTROL = new RegExp(CONTROLS.source);
const ANY_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);

export function hasUncleanText(value: string): boolean {
  return ANY_CONTROL.test(value) || ANY_LONE_SURROGATE.test(value);
}

/** The same form with every text entry cleaned, in place (files are left as they are). */
export function cleanFormData(formData: FormData): FormData {
  const entries = [...formData.entries()];
  if (!entries.some(([name, value]) => hasUncleanText(name) || (typeof value === "string" && hasUncleanText(value))))
    return formData;
  for (const name of new Set(entries.map(([entryName]) => entryName))) formData.delete(name);
  for (const [name, value] of entries) {
    if (typeof value === "string") formData.append(cleanText(name), cleanText(value));
    else formData.append(cleanText(name), value);
  }
  return formData;
}
