// Contacts: a Russian mobile phone (ESIA's `MBT` contact) and an e-mail address.

/** Spaces, brackets, dots and dash look-alikes people put in phone numbers. */
const PHONE_SEPARATORS = /[\s().\-\u2010-\u2015\u2212]/g;

/**
 * `+79170000001` from `8 917 000-00-01`, `+7 (917) 000 00 01`, `7 917…`, `9170000001` or ESIA's
 * `+7(917)0000001`; null unless it is a Russian mobile number (10 national digits starting with 9).
 */
export function normalizeMobilePhone(input: string): string | null {
  const match = /^(?:\+7|7|8)?(9\d{9})$/.exec(input.replace(PHONE_SEPARATORS, ""));
  return match ? `+7${match[1]}` : null;
}

export function isMobilePhone(input: string): boolean {
  return normalizeMobilePhone(input) !== null;
}

function nationalDigits(phone: string): string {
  const normalized = normalizeMobilePhone(phone);
  if (!normalized) throw new RangeError("not a Russian mobile phone number");
  return normalized.slice(2);
}

/** ESIA's contact format `+7(917)0000001`. */
export function formatPhoneEsia(phone: string): string {
  const digits = nationalDigits(phone);
  return `+7(${digits.slice(0, 3)})${digits.slice(3)}`;
}

/** The form's display format `+7 917 000-00-01`. */
export function formatPhoneDisplay(phone: string): string {
  const digits = nationalDigits(phone);
  return `+7 ${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

// Pragmatic e-mail syntax, not RFC 5322 in full: a dot-atom local part in ASCII, and a domain of at
// least two labels whose last is letters (Cyrillic too, for .рф) or punycode.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/** The trimmed address with its domain lower-cased (the local part is the mail server's business), or null. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim();
  const at = email.lastIndexOf("@");
  if (at < 1 || email.length > MAX_EMAIL_LENGTH) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split(".");
  const valid =
    local.length <= MAX_LOCAL_PART_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]!);
  return valid ? `${local}@${domain}` : null;
}

export function isValidEmail(input: string): boolean {
  return normalizeEmail(input) !== null;
}
