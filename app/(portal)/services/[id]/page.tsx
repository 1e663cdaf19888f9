import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { APPLICANT_ROLES, IN_PERSON_CASES, isServiceId, serviceById } from "@/lib/benefits";
import { LEVEL_TITLES, meetsLevel } from "@/lib/esia/assurance";
import { EsiaLevelNotice } from "../../_components/esia-level-notice";
import { startApplicationAction } from "./actions";

type Params = { params: Promise<{ id: string }> };

/** «Мать, отец, опекун.» from the roles' own titles. */
function sentence(items: string[]): string {
  const text = items.join(", ").toLowerCase();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: isServiceId(id) ? serviceById(id).title : "Услуга не найдена" };
}

// The service's passport: who may apply, what is needed, deadlines, result, what is filed in
// person; and, for the signed-in person, whether their ESIA account allows filing online.
export default async function ServicePassportPage({ params }: Params) {
  const { id } = await params;
  if (!isServiceId(id)) notFound();
  const service = serviceById(id);
  const signedIn = await currentUser();
  const level = signedIn?.user.esiaLink?.level;
  const returnTo = `/services/${service.id}`;

  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">{service.title}</h1>
      <p className="mt-3">
        <Link href={`/services/${service.id}/estimate`} className="text-brand-800 underline">
          Рассчитать размер выплаты
        </Link>
      </p>

      <section aria-labelledby="who" className="mt-6">
        <h2 id="who" className="text-xl font-semibold">
          Кто может обратиться
        </h2>
        <p className="mt-2">{sentence(service.applicants.roles.map((role) => APPLICANT_ROLES[role]))}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {service.applicants.conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="needed" className="mt-6">
        <h2 id="needed" className="text-xl font-semibold">
          Что понадобится
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {service.requirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="terms" className="mt-6">
        <h2 id="terms" className="text-xl font-semibold">
          Сроки и результат
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            Регистрация заявления — не позднее {service.deadlines.registrationWorkingDays} рабочего дня после подачи.
          </li>
          <li>Решение — в течение {service.deadlines.decisionWorkingDays} рабочих дней после регистрации.</li>
          <li>
            Если понадобятся документы, на их представление дается {service.deadlines.documentsWorkingDays} рабочих
            дней.
          </li>
          <li>
            Выплата — {service.deadlines.firstPayment.charAt(0).toLowerCase() + service.deadlines.firstPayment.slice(1)}
            .
          </li>
        </ul>
        <p className="mt-2">{service.result}</p>
        <p className="mt-2 text-sm text-slate-600">Сроки указаны по действующему порядку и могут уточняться.</p>
      </section>

      {service.inPersonCases.length ? (
        <section aria-labelledby="in-person" className="mt-6">
          <h2 id="in-person" className="text-xl font-semibold">
            Когда нужно обратиться лично
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {service.inPersonCases.map((key) => (
              <li key={key}>{IN_PERSON_CASES[key]}</li>
            ))}
          </ul>
          <p className="mt-2">
            В этих случаях обратитесь в орган социальной защиты по месту жительства:{" "}
            <Link href="/territorial-bodies" className="text-brand-800 underline">
              список органов
            </Link>
            .
          </p>
        </section>
      ) : null}

      <section aria-labelledby="online" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="online" className="text-xl font-semibold">
          Подача заявления в электронном виде
        </h2>
        <p className="mt-2">
          Нужна учетная запись ЕСИА уровня не ниже «{LEVEL_TITLES[service.requiredEsiaLevel].toLowerCase()}»,
          привязанная к личному кабинету.
        </p>
        {!signedIn ? (
          <>
            <p className="mt-3">Чтобы заполнить заявление, войдите: черновик сохранится в личном кабинете.</p>
            <div className="mt-4 flex flex-wrap items-center gap-4">
              <a
                href={`/esia/start?intent=login&returnTo=${encodeURIComponent(returnTo)}`}
                className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              >
                Начать: войти через ЕСИА
              </a>
              <Link
                href={`/login?returnTo=${encodeURIComponent(returnTo)}`}
                className="inline-block rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              >
                Войти в личный кабинет
              </Link>
            </div>
          </>
        ) : meetsLevel(level, service.requiredEsiaLevel) ? (
          <p className="mt-3" data-testid="service-access">
            Ваша учетная запись ЕСИА — «{LEVEL_TITLES[level as keyof typeof LEVEL_TITLES]}»: ее уровня достаточно для
            подачи заявления.
          </p>
        ) : (
          <EsiaLevelNotice level={level} returnTo={returnTo} />
        )}
        {signedIn ? (
          <form action={startApplicationAction.bind(null, service.id)} className="mt-4">
            <SubmitButton>Заполнить заявление</SubmitButton>
            <p className="mt-2 text-sm text-slate-600">
              Заполнять заявление можно при любом уровне учетной записи: черновик сохраняется в разделе «Мои заявления».
              Отправить его можно при уровне «{LEVEL_TITLES[service.requiredEsiaLevel]}» или выше.
            </p>
          </form>
        ) : null}
      </section>
    </article>
  );
}
