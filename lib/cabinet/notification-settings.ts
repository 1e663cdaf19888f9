import { z } from "zod";
import "../validation/russian-messages";
import type { PrismaClient } from "../generated/prisma/client";
import { audit } from "../audit/audit";
import {
  confirmedContacts,
  esiaContactsOf,
  isNoticeChannels,
  NOTICE_CHANNELS,
  type NoticeChannels,
} from "../messaging/recipients";

// «Настройки» → «Уведомления»: how the applicant hears about applications besides the cabinet.
// Each contact says whether notices can reach it: only confirmed ones (a code on the portal, or
// verified at ESIA) do.

export const noticeChannelsForm = z.object({
  noticeChannels: z.enum(NOTICE_CHANNELS, { error: "Выберите, как сообщать о заявлениях" }),
});

export interface ContactView {
  value: string | null;
  confirmed: boolean;
  /** "portal" (confirmed by a code), "esia" (verified at ESIA) or null. */
  confirmedBy: "portal" | "esia" | null;
}

export interface NoticeSettingsView {
  noticeChannels: NoticeChannels;
  email: ContactView;
  phone: ContactView;
}

export async function noticeSettings(prisma: PrismaClient, userId: number): Promise<NoticeSettingsView> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      emailVerified: true,
      phone: true,
      phoneVerified: true,
      noticeChannels: true,
      esiaLink: { select: { person: true } },
    },
  });
  const confirmed = confirmedContacts(user, esiaContactsOf(user.esiaLink?.person));
  const view = (value: string | null, onPortal: boolean, ok: string | null): ContactView => ({
    value,
    confirmed: ok !== null,
    confirmedBy: ok === null ? null : onPortal ? "portal" : "esia",
  });
  return {
    noticeChannels: isNoticeChannels(user.noticeChannels) ? user.noticeChannels : "both",
    email: view(user.email, user.emailVerified, confirmed.email),
    phone: view(user.phone, user.phoneVerified, confirmed.phone),
  };
}

export async function saveNoticeChannels(
  prisma: PrismaClient,
  userId: number,
  input: unknown,
  ip: string | null,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = noticeChannelsForm.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  await prisma.user.update({ where: { id: userId }, data: { noticeChannels: parsed.data.noticeChannels } });
  await audit(prisma, {
    actor: { type: "user", id: userId },
    action: "notices.channels_changed",
    subject: `user:${userId}`,
    outcome: "success",
    ip,
    details: { noticeChannels: parsed.data.noticeChannels },
  });
  return { ok: true };
}
