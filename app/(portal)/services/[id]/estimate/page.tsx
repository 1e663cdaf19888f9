import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { incomePeriod, INCOME_PERIOD_RULES } from "@/lib/benefits/means-test";
import { periodName } from "@/lib/benefits/estimate";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import { estimateAction } from "./actions";
import { EstimateForm } from "./estimate-form";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: isServiceId(id) ? `Предварительный расчет — ${serviceById(id).shortTitle}` : "Услуга не найдена" };
}

// «Предварительный расчет»: public, no sign-in, nothing stored. The figures a parent knows give a
// probable answer and an estimated monthly amount, explained line by line (lib/benefits/estimate.ts).
export default async function EstimatePage({ params }: Params) {
  const { id } = await params;
  if (!isServiceId(id)) notFound();
  const service = serviceById(id);
  const incomeMonths = periodName(incomePeriod(todayInMoscow(), INCOME_PERIOD_RULES.regional));

  return (
    <article className="max-w-3xl">
      <p>
        <Link href={`/services/${service.id}`} className="text-brand-800 underline">
          {service.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Предварительный расчет</h1>
      <p className="mt-3">
        Ответьте на несколько вопросов, чтобы узнать, положена ли вероятно вашей семье выплата и каков ее
        ориентировочный размер в месяц. Вход в личный кабинет не нужен, введенные сведения не сохраняются.
      </p>
      <p className="mt-2 font-semibold">
        Это предварительная оценка, а не решение: решение о назначении и размер выплаты определяет орган социальной
        защиты по вашему заявлению.
      </p>
      <p className="mt-2">
        Поля, отмеченные <span aria-hidden="true">*</span>
        <span className="sr-only">звездочкой</span>, обязательны.
      </p>

      <EstimateForm serviceId={service.id} action={estimateAction.bind(null, service.id)} incomeMonths={incomeMonths} />

      <section aria-labelledby="apply" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="apply" className="text-xl font-semibold">
          Подача заявления
        </h2>
        <p className="mt-2">
          Чтобы получить выплату, подайте заявление: права на нее и ее размер проверит орган социальной защиты.
        </p>
        <Link
          href={`/services/${service.id}`}
          className="mt-3 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Подать заявление
        </Link>
      </section>
    </article>
  );
}
