// What the portal may show or log of a recipient and of a delivered code: enough to recognise the
// person ("iv***@mail.ru", "+7 *** ***-45-67"), never the whole address or the code itself.

export const CODE_MASK = "••••••";

export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  const local = email.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1))}***${email.slice(at)}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 4 ? `+7 *** ***-${digits.slice(-4, -2)}-${digits.slice(-2)}` : "***";
}

export function maskRecipient(channel: string, recipient: string): string {
  return channel === "email" ? maskEmail(recipient) : maskPhone(recipient);
}

/** The text with every occurrence of the code replaced: what stays stored after delivery. */
export function maskSecret(text: string, secret: string | null): string {
  return secret ? text.split(secret).join(CODE_MASK) : text;
}
