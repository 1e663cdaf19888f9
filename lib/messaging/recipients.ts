// Who hears about an application besides the cabinet: the contacts the applicant chose in
// «Настройки», and only confirmed ones — confirmed on the portal by a code, or reported by ESIA
// as verified (ESIA passes only contacts with vrfStu VERIFIED, lib/esia/person.ts).

export const NOTICE_CHANNELS = ["email", "sms", "both"] as const;
export type NoticeChannels = (typeof NOTICE_CHANNELS)[number];

export function isNoticeChannels(value: unknown): value is NoticeChannels {
  return typeof value === "string" && (NOTICE_CHANNELS as readonly string[]).includes(value);
}

export interface ContactState {
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  noticeChannels: string;
}

/** The verified contacts of the linked ESIA account, if any. */
export interface EsiaContacts {
  email: string | null;
  mobile: string | null;
}

export function confirmedContacts(
  user: ContactState,
  esia: EsiaContacts | null,
): { email: string | null; phone: string | null } {
  const email =
    user.email && (user.emailVerified || (esia?.email != null && esia.email.toLowerCase() === user.email.toLowerCase()))
      ? user.email
      : null;
  const phone = user.phone && (user.phoneVerified || esia?.mobile === user.phone) ? user.phone : null;
  return { email, phone };
}

export function noticeRecipients(
  user: ContactState,
  esia: EsiaContacts | null,
): { channel: "email" | "sms"; recipient: string }[] {
  const chosen: NoticeChannels = isNoticeChannels(user.noticeChannels) ? user.noticeChannels : "both";
  const { email, phone } = confirmedContacts(user, esia);
  return [
    ...(email && chosen !== "sms" ? [{ channel: "email" as const, recipient: email }] : []),
    ...(phone && chosen !== "email" ? [{ channel: "sms" as const, recipient: phone }] : []),
  ];
}

/** The ESIA contacts stored with the link (its last person record), read defensively. */
export function esiaContactsOf(person: unknown): EsiaContacts | null {
  if (!person || typeof person !== "object") return null;
  const { email, mobile } = person as { email?: unknown; mobile?: unknown };
  return { email: typeof email === "string" ? email : null, mobile: typeof mobile === "string" ? mobile : null };
}
