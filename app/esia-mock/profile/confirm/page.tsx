import type { Metadata } from "next";
import Link from "@/components/link";
import { latestCheck, pendingMailLetter } from "@/lib/esia-mock/accounts";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { mockDb, requireAccount } from "../../_lib/mock";
import { CONFIRMED_BY } from "../_components/levels";
import { DataSteps } from "../_components/steps";
import { enterMailCodeAction, orderMailCodeAction, signatureAction } from "./actions";
import { MailCodeForm, MailOrderForm, SignatureForm } from "./confirm-forms";
import { SERVICE_CENTRES, SERVICE_CENTRES_SOURCE } from "./service-centres";

export const metadata: Metadata = { title: "Подтверждение личности" };

const link = "text-[#0d4cd3] underline";
const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" });

/** «Выбор способа подтверждения личности» (seed 004, step 5) for a standard account. */
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { account } = await requireAccount();
  const { letter: justSent } = await searchParams;
  const db = await mockDb();
  const check = await latestCheck(db, account.id);
  // A standard or confirmed account passed its checks once; a later failed check still shows.
  const checkState = check
    ? (check.status as "passed" | "failed" | "verifying")
    : account.level === "simplified"
      ? null
      : "passed";

  const header = (
    <>
      <p>
        <Link href="/esia-mock/profile" className={link}>
          ← Личный кабинет
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Подтверждение личности</h1>
      <DataSteps current={3} check={checkState} />
    </>
  );

  if (account.level === "confirmed") {
    return (
      <>
        {header}
        <p role="status" className="mt-6 rounded bg-green-50 p-4">
          Ваша личность уже подтверждена{account.confirmedBy ? ` ${CONFIRMED_BY[account.confirmedBy] ?? ""}` : ""}.
          Уровень учетной записи — {LEVEL_TITLES.confirmed}.
        </p>
      </>
    );
  }
  if (account.level === "simplified") {
    return (
      <>
        {header}
        <p className="mt-6 rounded border-2 border-amber-600 bg-amber-50 p-4">
          Подтвердить личность можно после проверки личных данных, когда учетная запись станет стандартной. Сначала
          заполните{" "}
          <Link href="/esia-mock/profile/personal-data" className={link}>
            Персональные данные
          </Link>
          .
        </p>
      </>
    );
  }

  const [letter, address] = await Promise.all([
    pendingMailLetter(db, account.id),
    db.esiaAddress.findFirst({ where: { accountId: account.id }, orderBy: [{ type: "asc" }, { id: "asc" }] }),
  ]);
  const addressText = address
    ? [
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
        .join(", ")
    : "";

  return (
    <>
      {header}
      <p className="mt-6">
        Ваши личные данные проверены. Для получения доступа к расширенному перечню государственных услуг, а также для
        работы в системах Электронного правительства с введенными ранее данными, вам необходимо пройти процедуру
        подтверждения личности. Вы можете сделать это прямо сейчас, либо осуществить процедуру подтверждения личности
        позже.
      </p>

      {letter ? (
        <section aria-labelledby="code-heading" className="mt-6 rounded border-2 border-[#0d4cd3] p-4">
          <h2 id="code-heading" className="text-lg font-semibold">
            Ввод кода из письма
          </h2>
          <p role={justSent ? "status" : undefined} className="mt-1">
            Заказное письмо с кодом подтверждения отправлено {dateTime.format(letter.createdAt)} по адресу:{" "}
            {letter.address}. Когда получите письмо в почтовом отделении, введите код из него.
          </p>
          <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm">
            Это имитатор: письмо никуда не отправляется, оно сразу появляется в разделе{" "}
            <Link href="/esia-mock/outbox" className={link}>
              «Исходящие сообщения»
            </Link>
            .
          </p>
          <MailCodeForm action={enterMailCodeAction} />
        </section>
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">Доступные способы подтверждения</h2>

      <section aria-labelledby="in-person-heading" className="mt-4 rounded border border-slate-300 p-4">
        <h3 id="in-person-heading" className="text-lg font-semibold">
          Обратиться лично
        </h3>
        <p className="mt-1">Подтверждение в момент посещения одного из центров обслуживания.</p>
        <p className="mt-2">
          Лично обратитесь в один из специализированных центров обслуживания. Для подтверждения личности вам потребуется
          предъявить документ, который был указан на этапе ввода личных данных.
        </p>
        <p className="mt-3 rounded border border-amber-400 bg-amber-50 p-2 text-sm">
          Демонстрационный список из исходных материалов: {SERVICE_CENTRES_SOURCE}. Это не действующие адреса; в
          имитаторе личность подтверждает оператор на странице{" "}
          <Link href="/esia-mock/service-centre" className={link}>
            «Центр обслуживания: рабочее место оператора»
          </Link>
          .
        </p>
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-[#0d4cd3]">
            Пункты активации Личного кабинета ЕПГУ (г. Красноярск)
          </summary>
          {SERVICE_CENTRES.map((group) => (
            <div key={group.district} className="mt-3">
              <h4 className="font-semibold">{group.district}</h4>
              <ul className="mt-1 space-y-2">
                {group.centres.map((centre) => (
                  <li key={`${centre.name}|${centre.address}`} className="border-l-4 border-slate-300 pl-3">
                    <span className="block">{centre.name}</span>
                    <span className="block text-sm">Адрес: {centre.address}</span>
                    <span className="block text-sm">Часы работы: {centre.hours}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      </section>

      <section aria-labelledby="mail-heading" className="mt-4 rounded border border-slate-300 p-4">
        <h3 id="mail-heading" className="text-lg font-semibold">
          Получить код подтверждения письмом
        </h3>
        <p className="mt-1">Код будет отправлен вам заказным письмом через «Почту России».</p>
        <MailOrderForm action={orderMailCodeAction} address={letter?.address ?? addressText} again={Boolean(letter)} />
      </section>

      <section aria-labelledby="signature-heading" className="mt-4 rounded border border-slate-300 p-4">
        <h3 id="signature-heading" className="text-lg font-semibold">
          С помощью электронной подписи или УЭК
        </h3>
        <p className="mt-1">
          Моментальное подтверждение при наличии средства квалифицированной электронной подписи (КЭП).
        </p>
        <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm">
          Подписание имитируется: имитатор не обращается к средству подписи или карте, ничего не подписывает и не
          проверяет сертификат. Кнопка ниже означает «подпись прошла проверку».
        </p>
        <SignatureForm action={signatureAction} />
      </section>
    </>
  );
}
