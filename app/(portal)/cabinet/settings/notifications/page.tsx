import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { noticeSettings, type ContactView } from "@/lib/cabinet/notification-settings";
import { prisma } from "@/lib/db/runtime";
import type { NoticeChannels } from "@/lib/messaging/recipients";
import { saveNoticeChannelsAction } from "./actions";

export const metadata: Metadata = { title: "Уведомления" };

const CHOICES: { value: NoticeChannels; label: string }[] = [
  { value: "both", label: "По электронной почте и SMS" },
  { value: "email", label: "Только по электронной почте" },
  { value: "sms", label: "Только SMS" },
];

function contactState(contact: ContactView): string {
  if (!contact.value) return "не указан";
  if (contact.confirmedBy === "esia") return "подтвержден в ЕСИА";
  if (contact.confirmedBy === "portal") return "подтвержден кодом";
  return "не подтвержден: уведомления на него не отправляются";
}

export default async function NotificationSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requireUser("/cabinet/settings/notifications");
  const { saved, invalid } = await searchParams;
  const settings = await noticeSettings(await prisma(), user.id);
  return (
    <>
      <h1 className="text-2xl font-bold">Настройки</h1>
      <nav aria-label="Вкладки настроек" className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <Link href="/cabinet/settings" className="px-2 pb-2 text-brand-800 underline">
          Пароль
        </Link>
        <Link href="/cabinet/settings/esia" className="px-2 pb-2 text-brand-800 underline">
          Привязка к ЕСИА
        </Link>
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          Уведомления
        </span>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">Уведомления о заявлениях</h2>
      {saved ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          Настройки уведомлений сохранены.
        </p>
      ) : null}
      <p className="mt-3 max-w-2xl">
        О каждом изменении статуса заявления, запросе документов и решении сообщается в личном кабинете, в разделе
        «Уведомления», всегда. Дополнительно — по электронной почте и SMS на подтвержденные адрес и номер.
      </p>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Электронная почта</dt>
        <dd className="break-all">
          {settings.email.value ? `${settings.email.value} — ` : ""}
          {contactState(settings.email)}
        </dd>
        <dt className="font-semibold">Мобильный телефон</dt>
        <dd>
          {settings.phone.value ? `${settings.phone.value} — ` : ""}
          {contactState(settings.phone)}
        </dd>
      </dl>
      <form action={saveNoticeChannelsAction} className="mt-6 max-w-2xl">
        <fieldset aria-describedby={invalid ? "notice-channels-error" : undefined}>
          <legend className="font-semibold">Как сообщать о заявлениях, кроме личного кабинета</legend>
          {invalid ? (
            <p id="notice-channels-error" role="alert" className="mt-2 font-semibold text-red-800">
              Выберите один из вариантов.
            </p>
          ) : null}
          <div className="mt-2 space-y-2">
            {CHOICES.map((choice) => (
              <div key={choice.value} className="flex items-center gap-3">
                <input
                  id={`notice-${choice.value}`}
                  type="radio"
                  name="noticeChannels"
                  value={choice.value}
                  defaultChecked={settings.noticeChannels === choice.value}
                  className="h-5 w-5"
                />
                <label htmlFor={`notice-${choice.value}`}>{choice.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <SubmitButton>Сохранить</SubmitButton>
      </form>
    </>
  );
}
