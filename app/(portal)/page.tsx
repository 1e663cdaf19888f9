import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { SERVICE_IDS } from "@/lib/benefits";

export default async function HomePage() {
  const t = await getTranslations("home");
  const portal = await getTranslations("portal");
  const service = await getTranslations("service");
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{portal("name")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>

      <section aria-labelledby="services-heading" className="mt-8">
        <h2 id="services-heading" className="text-xl font-semibold">
          {t("services")}
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {SERVICE_IDS.map((id) => (
            <li key={id} className="rounded border border-slate-300 p-4">
              <h3 className="font-semibold">
                <Link href={`/services/${id}`} className="text-brand-800 underline">
                  {service(`${id}.title`)}
                </Link>
              </h3>
              <p className="mt-2 text-slate-700">{service(`${id}.result`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="esia-heading" className="mt-8 rounded bg-brand-50 p-4">
        <h2 id="esia-heading" className="text-xl font-semibold">
          {t("esiaHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("esiaText")}</p>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <a
            href="/esia/start?intent=login"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("esiaLogIn")}
          </a>
          <Link href="/esia-instruction" className="text-brand-800 underline">
            {t("esiaInstruction")}
          </Link>
          <Link href="/leaflets" className="text-brand-800 underline">
            {t("leaflets")}
          </Link>
        </div>
      </section>

      <p className="mt-8">
        <Link href="/territorial-bodies" className="text-brand-800 underline">
          {t("territorialBodies")}
        </Link>
      </p>
    </>
  );
}
