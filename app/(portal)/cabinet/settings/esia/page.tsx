import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { LEVEL_ALLOWS, LEVEL_TITLES, isEsiaLevel } from "@/lib/esia/assurance";
import { unlinkAction } from "./actions";

export const metadata: Metadata = { title: "Привязка к ЕСИА" };

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" });

export default async function EsiaLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requireUser("/cabinet/settings/esia");
  const { linked, unlinked, confirmUnlink } = await searchParams;
  const link = user.esiaLink;
  const level = link && isEsiaLevel(link.level) ? link.level : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Настройки</h1>
      <nav aria-label="Вкладки настроек" className="mt-4 flex flex-wrap gap-4 border-b border-slate-300">
        <Link href="/cabinet/settings" className="px-2 pb-2 text-brand-800 underline">
          Пароль
        </Link>
        <span aria-current="page" className="border-b-4 border-brand-700 px-2 pb-2 font-semibold">
          Привязка к ЕСИА
        </span>
        <Link href="/cabinet/settings/notifications" className="px-2 pb-2 text-brand-800 underline">
          Уведомления
        </Link>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">Привязка к ЕСИА</h2>
      {linked ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          Личный кабинет привязан к учетной записи ЕСИА.
        </p>
      ) : null}
      {unlinked ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          Привязка к ЕСИА удалена.
        </p>
      ) : null}
      {link && level ? (
        <>
          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Состояние</dt>
            <dd>Личный кабинет привязан к учетной записи ЕСИА</dd>
            <dt className="font-semibold">Уровень учетной записи</dt>
            <dd data-testid="esia-level">{LEVEL_TITLES[level]}</dd>
            <dt className="font-semibold">Что доступно</dt>
            <dd>{LEVEL_ALLOWS[level]}</dd>
            <dt className="font-semibold">Уровень обновлен</dt>
            <dd>{dateTime.format(link.levelRefreshedAt)} (обновляется при каждом входе через ЕСИА)</dd>
          </dl>
          {level === "simplified" ? (
            <p className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-3">
              Для подачи заявлений нужна стандартная или подтвержденная учетная запись ЕСИА.{" "}
              <Link href="/esia-instruction" className="text-brand-800 underline">
                Как повысить уровень учетной записи
              </Link>
            </p>
          ) : null}
          {confirmUnlink ? (
            <form action={unlinkAction} className="mt-6 rounded border-2 border-red-700 p-4">
              <p className="font-semibold">Отвязать личный кабинет от ЕСИА?</p>
              <p className="mt-1">Вход через ЕСИА в этот кабинет станет невозможен, другие сеансы будут завершены.</p>
              <input type="hidden" name="confirm" value="yes" />
              <div className="flex flex-wrap gap-4">
                <SubmitButton>Да, отвязать</SubmitButton>
                <Link href="/cabinet/settings/esia" className="mt-6 px-5 py-2.5 text-brand-800 underline">
                  Отмена
                </Link>
              </div>
            </form>
          ) : (
            <form action={unlinkAction}>
              <SubmitButton variant="secondary">Отвязать от ЕСИА</SubmitButton>
            </form>
          )}
        </>
      ) : (
        <>
          <p className="mt-3">Личный кабинет не привязан к учетной записи ЕСИА.</p>
          <p className="mt-2">
            После привязки можно входить через ЕСИА, данные профиля заполнятся из ЕСИА, а заявления можно будет подавать
            в электронном виде.
          </p>
          <a
            href="/esia/start?intent=link"
            className="mt-4 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Установить привязку к ЕСИА
          </a>
        </>
      )}
    </>
  );
}
