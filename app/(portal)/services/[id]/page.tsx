import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { isServiceId, serviceById } from "@/lib/benefits";
import { isEsiaLevel, meetsLevel } from "@/lib/esia/assurance";
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
  if (!isServiceId(id)) return { title: (await getTranslations("serviceInfo"))("notFound") };
  return { title: (await getTranslations("service"))(`${id}.title`) };
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
  const t = await getTranslations("serviceInfo");
  const names = await getTranslations("service");
  const levels = await getTranslations("level");
  // The lists are the catalogue's, in the order of lib/benefits/services.ts (a test keeps them equal).
  const conditions = Object.values(t.raw(`${service.id}.conditions`) as Record<string, string>);
  const requirements = Object.values(t.raw(`${service.id}.requirements`) as Record<string, string>);
  const required = levels(service.requiredEsiaLevel);

  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">{names(`${service.id}.title`)}</h1>
      <p className="mt-3">
        <Link href={`/services/${service.id}/estimate`} className="text-brand-800 underline">
          {t("estimateLink")}
        </Link>
      </p>

      <section aria-labelledby="who" className="mt-6">
        <h2 id="who" className="text-xl font-semibold">
          {t("who")}
        </h2>
        <p className="mt-2">{sentence(service.applicants.roles.map((role) => t(`roles.${role}`)))}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="needed" className="mt-6">
        <h2 id="needed" className="text-xl font-semibold">
          {t("needed")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {requirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="terms" className="mt-6">
        <h2 id="terms" className="text-xl font-semibold">
          {t("terms")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("registration", { days: service.deadlines.registrationWorkingDays })}</li>
          <li>{t("decision", { days: service.deadlines.decisionWorkingDays })}</li>
          <li>{t("documents", { days: service.deadlines.documentsWorkingDays })}</li>
          <li>{t("payment")}</li>
        </ul>
        <p className="mt-2">{names(`${service.id}.result`)}</p>
        <p className="mt-2 text-sm text-slate-600">{t("termsNote")}</p>
      </section>

      {service.inPersonCases.length ? (
        <section aria-labelledby="in-person" className="mt-6">
          <h2 id="in-person" className="text-xl font-semibold">
            {t("inPerson")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {service.inPersonCases.map((key) => (
              <li key={key}>{t(`inPersonCases.${key}`)}</li>
            ))}
          </ul>
          <p className="mt-2">
            {t("inPersonText")}{" "}
            <Link href="/territorial-bodies" className="text-brand-800 underline">
              {t("bodiesLink")}
            </Link>
            .
          </p>
        </section>
      ) : null}

      <section aria-labelledby="online" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="online" className="text-xl font-semibold">
          {t("online")}
        </h2>
        <p className="mt-2">{t("levelNeeded", { level: required.toLowerCase() })}</p>
        {!signedIn ? (
          <>
            <p className="mt-3">{t("signInFirst")}</p>
            <div className="mt-4 flex flex-wrap items-center gap-4">
              <a
                href={`/esia/start?intent=login&returnTo=${encodeURIComponent(returnTo)}`}
                className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              >
                {t("startEsia")}
              </a>
              <Link
                href={`/login?returnTo=${encodeURIComponent(returnTo)}`}
                className="inline-block rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("logIn")}
              </Link>
            </div>
          </>
        ) : isEsiaLevel(level) && meetsLevel(level, service.requiredEsiaLevel) ? (
          <p className="mt-3" data-testid="service-access">
            {t("levelEnough", { level: levels(level) })}
          </p>
        ) : (
          <EsiaLevelNotice level={level} returnTo={returnTo} />
        )}
        {signedIn ? (
          <form action={startApplicationAction.bind(null, service.id)} className="mt-4">
            <SubmitButton>{t("fill")}</SubmitButton>
            <p className="mt-2 text-sm text-slate-600">{t("fillHint", { level: required })}</p>
          </form>
        ) : null}
      </section>
    </article>
  );
}
