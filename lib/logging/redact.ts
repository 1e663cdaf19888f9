// Personal data never reaches the logs: keys that name it are masked wherever they nest, and
// values that look like a SNILS or a passport number are masked inside any string.

const SENSITIVE_KEY =
  /snils|passport|password|passwd|secret|token|authorization|cookie|code_verifier|client_secret|one_?time_?code|^code$/i;
const SNILS_PATTERN = /\b\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}\b/g;
const PASSPORT_PATTERN = /\b\d{2} ?\d{2} ?\d{6}\b/g;
export const REDACTED = "[скрыто]";

// Contacts in free text (an SMTP server's refusal quotes the address): only a hint of them stays.
const EMAIL_PATTERN = /([\p{L}\d._%+-]{1,2})[\p{L}\d._%+-]*@([\p{L}\d.-]+\.[\p{L}]{2,})/gu;
const PHONE_PATTERN = /(?:\+7|\b8)[\s(-]*9\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*(\d{2})\b/g;

export function redactString(value: string): string {
  return value
    .replace(EMAIL_PATTERN, "$1***@$2")
    .replace(PHONE_PATTERN, "+7 *** ***-**-$1")
    .replace(SNILS_PATTERN, REDACTED)
    .replace(PASSPORT_PATTERN, REDACTED);
}

export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (typeof value === "string") return redactString(value);
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SENSITIVE_KEY.test(key) ? REDACTED : redactPersonalData(item, depth + 1),
      ]),
    );
  }
  return value;
}
