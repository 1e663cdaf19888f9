import { z } from "zod";
import "../validation/russian-messages";
import type { PrismaClient } from "../generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locales";

// «Русский / Татарча» for a signed-in person: kept on the user, so the notices written later
// by the worker (lib/messaging/templates.ts) and the next sign-in on another device use it.

export async function saveLanguage(prisma: PrismaClient, userId: number, locale: Locale): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

export async function languageOf(prisma: PrismaClient, userId: number): Promise<Locale> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user && isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
}

/** «Язык портала» in the settings: one of the two languages, nothing else. */
export const languageForm = z.object({ locale: z.enum(LOCALES) });
