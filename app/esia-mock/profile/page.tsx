import type { Metadata } from "next";
import Link from "@/components/link";
import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { latestCheck } from "@/lib/esia-mock/accounts";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import {
  formatPassportSeries,
  formatPhoneDisplay,
  normalizeMobilePhone,
  normalizePassportSeries,
  normalizeSubdivisionCode,
} from "@/lib/validation";
import { mockDb, requireAccount } from "../_lib/mock";
import { CITIZENSHIP_TITLES, CONFIRMED_BY, GENDER_TITLES, LEVEL_ALLOWS } from "./_components/levels";
import { logOutAction } from "./actions";

export const metadata: Metadata = { title: "Личный кабинет" };

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" });
const link = "text-[#0d4cd3] underline";
const button = "inline-block rounded bg-[#0d4cd3] px-5 py-2.5 font-semibold text-white hover:bg-blue-800";

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="break-words">{children ?? <span className="text-slate-600">не указано</span>}</dd>
    </>
  );
}

const list = "mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]";

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { account } = await requireAccount();
  const { confirmed } = await searchParams;
  const db = await mockDb();
  const [check, documents, addresses] = await Promise.all([
    latestCheck(db, account.id),
    db.esiaDocument.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" } }),
    db.esiaAddress.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" } }),
  ]);
  const passport = documents.find((document) => document.type === "RF_PASSPORT");
  const fullName = [account.lastName, account.firstName, account.middleName].filter(Boolean).join(" ");
  const level = account.level;

  return (
    <>
      <h1 className="text-2xl font-bold">Личный кабинет</h1>
      <p className="mt-1 text-xl" data-testid="account-name">
        {fullName}
      </p>

      {confirmed && level === "confirmed" ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 font-semibold">
          Ваша личность подтверждена. Уровень учетной записи — {LEVEL_TITLES.confirmed}.
        </p>
      ) : null}

      <section aria-labelledby="level-heading" className="mt-6 rounded border-2 border-slate-300 p-4">
        <h2 id="level-heading" className="text-lg font-semibold">
          Уровень учетной записи
        </h2>
        <p className="mt-1 text-lg font-bold" data-testid="account-level">
          {LEVEL_TITLES[level]}
        </p>
        <p className="mt-1">{LEVEL_ALLOWS[level]}</p>
        {level === "confirmed" && account.confirmedBy ? (
          <p className="mt-1 text-sm text-slate-700">
            Личность подтверждена {CONFIRMED_BY[account.confirmedBy] ?? account.confirmedBy}
            {account.confirmedAt ? `, ${dateTime.format(account.confirmedAt)}` : ""}.
          </p>
        ) : null}

        {check?.status === "verifying" ? (
          <p className="mt-3 rounded bg-slate-100 p-3">
            Ваши личные данные проверяются в Пенсионном фонде и МВД России.{" "}
            <Link href="/esia-mock/profile/checks" className={link}>
              Ход проверки
            </Link>
          </p>
        ) : check?.status === "failed" && level === "simplified" ? (
          <div className="mt-3 rounded border-2 border-red-700 p-3">
            <p className="font-semibold">
              Проверка личных данных завершилась ошибкой. Стандартная учетная запись не создана.
            </p>
            {check.reason ? <p className="mt-1">{check.reason}</p> : null}
            <p className="mt-2 flex flex-wrap gap-4">
              <Link href="/esia-mock/profile/checks" className={link}>
                Результаты проверки
              </Link>
              <Link href="/esia-mock/profile/personal-data" className={link}>
                Исправить данные
              </Link>
            </p>
          </div>
        ) : level === "simplified" ? (
          <div className="mt-3">
            <p>
              Чтобы повысить уровень до стандартной, заполните личные данные и дождитесь завершения их автоматической
              проверки.
            </p>
            <Link href="/esia-mock/profile/personal-data" className={`mt-3 ${button}`}>
              Персональные данные
            </Link>
          </div>
        ) : level === "standard" ? (
          <div className="mt-3">
            <p>
              Для доступа ко всем электронным услугам подтвердите личность: в центре обслуживания, кодом из письма или
              электронной подписью.
            </p>
            <Link href="/esia-mock/profile/confirm" className={`mt-3 ${button}`}>
              Подтвердить личность
            </Link>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="personal-heading" className="mt-6">
        <h2 id="personal-heading" className="text-lg font-semibold">
          Основная информация
        </h2>
        <dl className={list}>
          <Entry term="ФИО">{fullName}</Entry>
          <Entry term="Пол">{account.gender ? (GENDER_TITLES[account.gender] ?? account.gender) : null}</Entry>
          <Entry term="Дата рождения">{account.birthDate}</Entry>
          <Entry term="Место рождения">{account.birthPlace}</Entry>
          <Entry term="Гражданство">
            {account.citizenship ? (CITIZENSHIP_TITLES[account.citizenship] ?? account.citizenship) : null}
          </Entry>
        </dl>
        {level !== "simplified" && check?.status !== "verifying" ? (
          <p className="mt-3">
            <Link href="/esia-mock/profile/personal-data" className={link}>
              Изменить персональные данные
            </Link>
            <span className="text-sm text-slate-700"> — после изменения данные снова проверяются автоматически</span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="contacts-heading" className="mt-6">
        <h2 id="contacts-heading" className="text-lg font-semibold">
          Контактная информация
        </h2>
        <dl className={list}>
          <Entry term="Мобильный телефон">
            {account.mobile
              ? `${normalizeMobilePhone(account.mobile) ? formatPhoneDisplay(account.mobile) : account.mobile}${account.mobileVerified ? " (подтвержден)" : " (не подтвержден)"}`
              : null}
          </Entry>
          <Entry term="Электронная почта">
            {account.email
              ? `${account.email}${account.emailVerified ? " (подтверждена)" : " (не подтверждена)"}`
              : null}
          </Entry>
          {addresses.map((address) => (
            <Entry key={address.id} term={address.type === "PRG" ? "Адрес регистрации" : "Адрес места проживания"}>
              {[
                address.zipCode,
                address.region,
                address.district,
                address.city,
                address.settlement,
                address.street,
                address.house && `д. ${address.house}`,
                address.flat && `кв. ${address.flat}`,
              ]
                .filter(Boolean)
                .join(", ")}
            </Entry>
          ))}
        </dl>
      </section>

      <section aria-labelledby="documents-heading" className="mt-6">
        <h2 id="documents-heading" className="text-lg font-semibold">
          Документы
        </h2>
        <dl className={list}>
          <Entry term="СНИЛС">{account.snils}</Entry>
          {account.inn ? <Entry term="ИНН">{account.inn}</Entry> : null}
          <Entry term="Паспорт гражданина РФ">
            {passport ? (
              <>
                {passport.series
                  ? `${normalizePassportSeries(passport.series) ? formatPassportSeries(passport.series) : passport.series} `
                  : ""}
                {passport.number}
                {passport.issueDate ? `, выдан ${passport.issueDate}` : ""}
                {passport.issuedBy ? ` ${passport.issuedBy}` : ""}
                {passport.issueId
                  ? `, код подразделения ${normalizeSubdivisionCode(passport.issueId) ?? passport.issueId}`
                  : ""}
                {passport.vrfStu === "VERIFIED" ? " (проверен)" : ""}
              </>
            ) : null}
          </Entry>
        </dl>
      </section>

      <section aria-labelledby="organizations-heading" className="mt-6">
        <h2 id="organizations-heading" className="text-lg font-semibold">
          Организации
        </h2>
        <p className="mt-2">
          Учетные записи организаций, в которых вы работаете, и регистрация новой.{" "}
          <Link href="/esia-mock/profile/organizations" className={link}>
            Мои организации
          </Link>
        </p>
      </section>

      <form action={logOutAction} className="mt-8 border-t border-slate-300 pt-2">
        <SubmitButton variant="secondary">Выйти</SubmitButton>
      </form>
    </>
  );
}
