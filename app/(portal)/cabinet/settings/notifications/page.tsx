import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { noticeSettings, type ContactView } from "@/lib/cabinet/notification-settings";
import { prisma } from "@/lib/db/runtime";
import type { NoticeChannels } from "@/lib/messaging/recipients";
import { saveNoticeChannelsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationSettings"))("title") };
}

const CHOICES: readonly NoticeChannels[] = ["both", "email", "sms"];

/** The key of a contact's state in `notificationSettings.contact`. */
function contactState(contact: ContactView): "missing" | "esia" | "portal" | "unconfirmed" {
  if (!contact.value) return "missing";
  if (contact.confirmedBy === "esia") return "esia";
  if (contact.confirmedBy === "portal") return "portal";
  return "unconfirmed";
}

export default async function NotificationSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requireUser("/cabinet/settings/notifications");
  const { saved, invalid } = await searchParams;
  const settings = await noticeSettings(await prisma(), user.id);
  const t = await getTranslations("notificationSettings");
  const tabs = await getTranslations("settings");
  return (
    <>
      <h1 className="text-2xl font-bold">{tabs("title")}</h1>
      <nav aria-label={tabs("tabs")} className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <Link href="/cabinet/settings" className="px-2 pb-2 text-brand-800 underline">
          {tabs("password")}
        </Link>
        <Link href="/cabinet/settings/esia" className="px-2 pb-2 text-brand-800 underline">
          {tabs("esia")}
        </Link>
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          {tabs("notifications")}
        </span>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">{t("heading")}</h2>
      {saved ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("saved")}
        </p>
      ) : null}
      <p className="mt-3 max-w-2xl">{t("text")}</p>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-all">
          {settings.email.value ? `${settings.email.value} — ` : ""}
          {t(`contact.${contactState(settings.email)}`)}
        </dd>
        <dt className="font-semibold">{t("phone")}</dt>
        <dd>
          {settings.phone.value ? `${settings.phone.value} — ` : ""}
          {t(`contact.${contactState(settings.phone)}`)}
        </dd>
      </dl>
      <form action={saveNoticeChannelsAction} className="mt-6 max-w-2xl">
        <fieldset aria-describedby={invalid ? "notice-channels-error" : undefined}>
          <legend className="font-semibold">{t("legend")}</legend>
          {invalid ? (
            <p id="notice-channels-error" role="alert" className="mt-2 font-semibold text-red-800">
              {t("invalid")}
            </p>
          ) : null}
          <div className="mt-2 space-y-2">
            {CHOICES.map((choice) => (
              <div key={choice} className="flex items-center gap-3">
                <input
                  id={`notice-${choice}`}
                  type="radio"
                  name="noticeChannels"
                  value={choice}
                  defaultChecked={settings.noticeChannels === choice}
                  className="h-5 w-5"
                />
                <label htmlFor={`notice-${choice}`}>{t(`choices.${choice}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </>
  );
}
