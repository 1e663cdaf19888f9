import Link from "next/link";
import { PORTAL_NAME } from "@/components/site-header";
import { serviceById, SERVICE_IDS } from "@/lib/benefits";


export default function HomePage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{PORTAL_NAME}</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Подавайте заявления на меры социальной поддержки семей с детьми полностью в электронном виде, без визита в
        орган социальной защиты.
      </p>

      <section aria-labelledby="services-heading" className="mt-8">
        <h2 id="services-heading" className="text-xl font-semibold">
          Услуги
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {SERVICE_IDS.map(serviceById).map((service) => (
            <li key={service.id} className="rounded border border-slate-300 p-4">
              <h3 className="font-semibold">
                <Link href={`/services/${service.id}`} className="text-brand-800 underline">
                  {service.title}
                </Link>
              </h3>
              <p className="mt-2 text-slate-700">{service.result}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="esia-heading" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="esia-heading" className="text-xl font-semibold">
          Вход через ЕСИА
        </h2>
        <p className="mt-2 max-w-3xl">
          Для подачи заявлений нужна стандартная или подтвержденная учетная запись Единой системы идентификации и
          аутентификации (ЕСИА) — та же, что на портале Госуслуг. Личный кабинет портала можно привязать к учетной
          записи ЕСИА в настройках, на вкладке «Привязка к ЕСИА».
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <a href="/esia/start?intent=login" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
            Войти через ЕСИА
          </a>
          <Link href="/esia-instruction" className="text-brand-800 underline">
            Инструкция по авторизации через ЕСИА
          </Link>
          <Link href="/leaflets" className="text-brand-800 underline">
            Как подать заявление: информационные листы
          </Link>
        </div>
      </section>

      <p className="mt-8">
        <Link href="/territorial-bodies" className="text-brand-800 underline">
          Территориальные органы социальной защиты
        </Link>
      </p>
    </>
  );
}
