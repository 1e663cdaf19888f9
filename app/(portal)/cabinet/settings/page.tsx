import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";
import { changePasswordAction } from "./actions";
import { ChangePasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Настройки" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/cabinet/settings");
  const { changed } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Настройки</h1>
      <nav aria-label="Вкладки настроек" className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          Пароль
        </span>
        <Link href="/cabinet/settings/esia" className="px-2 pb-2 text-brand-800 underline">
          Привязка к ЕСИА
        </Link>
        <Link href="/cabinet/settings/notifications" className="px-2 pb-2 text-brand-800 underline">
          Уведомления
        </Link>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">Изменение пароля</h2>
      {changed ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          Пароль изменен. Сеансы на других устройствах и в других браузерах завершены.
        </p>
      ) : null}
      <p className="mt-3 max-w-xl">
        После смены пароля личный кабинет останется открытым только здесь: на других устройствах и в других браузерах потребуется войти заново.
      </p>
      <div className="max-w-xl">
        <ChangePasswordForm action={changePasswordAction} />
      </div>
    </>
  );
}
