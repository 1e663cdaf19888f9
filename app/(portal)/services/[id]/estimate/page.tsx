import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { incomePeriod, INCOME_PERIOD_RULES } from "@/lib/benefits/means-test";
import {
  CATEGORY_OPTIONS,
  ESTIMATE_FIELD_LABELS,
  GROUP_HOURS_OPTIONS,
  type EstimateField,
} from "@/lib/benefits/estimate-form";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { fieldMessageTable } from "@/lib/i18n/field-messages";
import { parseLocale } from "@/lib/i18n/locales";
import { periodNameIn } from "@/lib/i18n/period";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import { estimateAction } from "./actions";
import { EstimateForm, type EstimateTexts } from "./estimate-form";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  if (!isServiceId(id)) return { title: (await getTranslations("serviceInfo"))("notFound") };
  const service = (await getTranslations("service"))(`${id}.shortTitle`);
  return { title: (await getTranslations("estimate"))("title", { service }) };
}

/** The form's and the result's texts in the page's language, for the client components. */
async function estimateTexts(incomeMonths: string): Promise<EstimateTexts> {
  const t = await getTranslations("estimate");
  const words = await getTranslations("fieldMessages.words");
  const fields = Object.keys(ESTIMATE_FIELD_LABELS) as EstimateField[];
  const categories = t.raw("categories") as Record<string, string>;
  return {
    labels: Object.fromEntries(fields.map((field) => [field, words(field)])) as Record<EstimateField, string>,
    form: { ...(t.raw("form") as EstimateTexts["form"]), incomeHint: t("form.incomeHint", { months: incomeMonths }) },
    hoursOptions: GROUP_HOURS_OPTIONS.map(({ value }) => ({
      value,
      label: t("form.hours", { hours: value.replace(".", ",") }),
    })),
    categoryOptions: CATEGORY_OPTIONS.map(({ value }) => ({
      value,
      label: value === "none" ? t("form.noCategory") : (categories[value] ?? value),
    })),
    result: t.raw("result") as EstimateTexts["result"],
  };
}

// «Предварительный расчет»: public, no sign-in, nothing stored. The figures a parent knows give a
// probable answer and an estimated monthly amount, explained line by line (lib/benefits/estimate.ts).
export default async function EstimatePage({ params }: Params) {
  const { id } = await params;
  if (!isServiceId(id)) notFound();
  const service = serviceById(id);
  const locale = parseLocale(await getLocale());
  const t = await getTranslations("estimate");
  const names = await getTranslations("service");
  const incomeMonths = periodNameIn(locale, incomePeriod(todayInMoscow(), INCOME_PERIOD_RULES.regional));
  const texts = await estimateTexts(incomeMonths);

  return (
    <article className="max-w-3xl">
      <p>
        <Link href={`/services/${service.id}`} className="text-brand-800 underline">
          {names(`${service.id}.title`)}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <p className="mt-2 font-semibold">{t("notDecision")}</p>
      <p className="mt-2">
        {t("requiredBefore")}
        <span aria-hidden="true">*</span>
        <span className="sr-only">{t("asterisk")}</span>
        {t("requiredAfter")}
      </p>

      <EstimateForm
        serviceId={service.id}
        action={estimateAction.bind(null, service.id)}
        texts={texts}
        messages={fieldMessageTable(locale)}
      />

      <section aria-labelledby="apply" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="apply" className="text-xl font-semibold">
          {t("apply")}
        </h2>
        <p className="mt-2">{t("applyText")}</p>
        <Link
          href={`/services/${service.id}`}
          className="mt-3 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("applyLink")}
        </Link>
      </section>
    </article>
  );
}
