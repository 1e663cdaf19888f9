import Link from "next/link";
import { PORTAL_NAME } from "@/components/site-header";

const SERVICES = [
  {
    title: "Назначение основной компенсации части родительской платы за детский сад",
    summary: "Компенсация части платы за присмотр и уход за ребенком в детском саду.",
  },
  {
    title: "Назначение дополнительной компенсации части родительской платы за детский сад",
    summary: "Дополнительная компенсация для семей с доходом ниже установленного уровня.",
  },
  {
    title: "Назначение ежемесячного пособия на ребенка",
    summary: "Ежемесячная выплата семьям с детьми с учетом дохода семьи.",
  },
];

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
          {SERVICES.map((service) => (
            <li key={service.title} className="rounded border border-slate-300 p-4">
              <h3 className="font-semibold">{service.title}</h3>
              <p className="mt-2 text-slate-700">{service.summary}</p>
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
      </section>

      <p className="mt-8">
        <Link href="/territorial-bodies" className="text-brand-800 underline">
          Территориальные органы социальной защиты
        </Link>
      </p>
    </>
  );
}
