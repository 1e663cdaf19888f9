import type { Metadata } from "next";
import Link from "@/components/link";
import type { ReactNode } from "react";
import { accountForOperator } from "@/lib/esia-mock/accounts";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { formatPassportSeries, normalizePassportSeries, normalizeSubdivisionCode } from "@/lib/validation";
import { mockDb } from "../_lib/mock";
import { confirmAction, searchAction } from "./actions";
import { ConfirmForm, SearchForm } from "./operator-forms";

export const metadata: Metadata = { title: "Центр обслуживания: рабочее место оператора" };

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="break-words">{children || <span className="text-slate-600">не указано</span>}</dd>
    </>
  );
}

/** Seed 004, «Обратиться лично»: the other side of the counter, as the mock plays it. */
export default async function ServiceCentrePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { oid, confirmed } = await searchParams;
  const found = oid && /^\d{1,12}$/.test(oid) ? await accountForOperator(await mockDb(), { oid: Number(oid) }) : null;
  const passport = found?.documents[0];
  return (
    <>
      <p className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm font-semibold">
        Рабочее место оператора центра обслуживания — часть имитатора ЕСИА. Здесь оператор подтверждает личность
        посетителя по предъявленному паспорту. В имитаторе вход оператора не требуется.
      </p>
      <h1 className="mt-4 text-2xl font-bold">Центр обслуживания: подтверждение личности</h1>
      <p className="mt-2">Найдите учетную запись посетителя по СНИЛС и сверьте данные с предъявленным паспортом.</p>
      <SearchForm action={searchAction} />

      {oid && !found ? (
        <p role="alert" className="mt-6 rounded border-2 border-red-700 p-3">
          Учетная запись не найдена. Повторите поиск по СНИЛС.
        </p>
      ) : null}

      {found ? (
        <section aria-labelledby="found-heading" className="mt-8 rounded border-2 border-slate-300 p-4">
          <h2 id="found-heading" className="text-lg font-semibold">
            {[found.lastName, found.firstName, found.middleName].filter(Boolean).join(" ")}
          </h2>
          {confirmed && found.level === "confirmed" ? (
            <p role="status" className="mt-3 rounded bg-green-50 p-3 font-semibold">
              Личность подтверждена. Уровень учетной записи — {LEVEL_TITLES.confirmed}.
            </p>
          ) : null}
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <Entry term="Дата рождения">{found.birthDate}</Entry>
            <Entry term="Место рождения">{found.birthPlace}</Entry>
            <Entry term="СНИЛС">{found.snils}</Entry>
            <Entry term="Паспорт">
              {passport
                ? [
                    passport.series &&
                      (normalizePassportSeries(passport.series)
                        ? formatPassportSeries(passport.series)
                        : passport.series),
                    passport.number,
                    passport.issueDate && `выдан ${passport.issueDate}`,
                    passport.issuedBy,
                    passport.issueId &&
                      `код подразделения ${normalizeSubdivisionCode(passport.issueId) ?? passport.issueId}`,
                  ]
                    .filter(Boolean)
                    .join(", ")
                : null}
            </Entry>
            <Entry term="Уровень учетной записи">
              <span data-testid="operator-level">{LEVEL_TITLES[found.level]}</span>
            </Entry>
          </dl>
          {found.level === "standard" ? (
            <ConfirmForm action={confirmAction} oid={found.oid} />
          ) : found.level === "confirmed" ? (
            confirmed ? null : (
              <p className="mt-4 rounded bg-slate-100 p-3">Личность уже подтверждена.</p>
            )
          ) : (
            <p className="mt-4 rounded border-2 border-amber-600 bg-amber-50 p-3">
              Учетная запись упрощенная: подтвердить личность можно только после проверки личных данных. Посетителю
              нужно заполнить «Персональные данные» в личном кабинете и дождаться завершения проверки.
            </p>
          )}
          <p className="mt-4">
            <Link href="/esia-mock/service-centre" className="text-[#0d4cd3] underline">
              Следующий посетитель
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
