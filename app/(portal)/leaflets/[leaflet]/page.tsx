import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { config } from "@/lib/config";
import {
  ESIA_REGISTRATION_URL,
  isLeafletId,
  LEAFLET_STEPS,
  LEAFLETS,
  MOBILE_STORES,
  portalAddress,
  stepDetail,
  SUPPORT_PHONES,
} from "@/lib/leaflets/content";

/** The support lines in SUPPORT_PHONES order, as the catalogue names them. */
const SUPPORT_KEYS = ["gosuslugi", "portal"] as const;

// The portal address and links come from APP_URL at run time, not at build time.
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ leaflet: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { leaflet } = await params;
  const t = await getTranslations("leaflets");
  return { title: isLeafletId(leaflet) ? t(leaflet) : t("leafletTitle") };
}

/** One leaflet in the letter's words: the portal, the three steps, the mobile app, the phones. */
export default async function LeafletPage({ params }: Params) {
  const { leaflet: id } = await params;
  if (!isLeafletId(id)) notFound();
  const leaflet = LEAFLETS[id];
  const appUrl = config().APP_URL;
  const t = await getTranslations("leaflets");
  const names = await getTranslations("service");
  return (
    <article className="max-w-3xl">
      <p className="text-sm font-semibold uppercase text-brand-800">{t("portal")}</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-800">{t(id)}</h1>
      <p className="mt-2 text-lg">
        {t("subtitle")} <strong>{portalAddress(appUrl)}</strong>
      </p>

      <ol className="mt-6 space-y-4">
        {LEAFLET_STEPS.map((step, index) => (
          <li key={step.detail} className="flex gap-4">
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white"
            >
              {index + 1}
            </span>
            <div>
              <p className="font-semibold">
                <span className="sr-only">{t("step", { number: index + 1 })}</span>
                {t(`steps.${index + 1}.title`)}
              </p>
              <p className="text-slate-700">{stepDetail(t.raw(`steps.${index + 1}.detail`) as string, appUrl)}</p>
              {index === 0 ? (
                <p className="mt-1">
                  <a href={ESIA_REGISTRATION_URL} className="text-brand-800 underline">
                    {t("esiaRegistration")}
                  </a>{" "}
                  ·{" "}
                  <Link href="/esia-instruction" className="text-brand-800 underline">
                    {t("esiaInstruction")}
                  </Link>
                </p>
              ) : null}
              {index === 1 ? (
                <ul className="mt-1 list-disc pl-5">
                  {leaflet.services.map((serviceId) => (
                    <li key={serviceId}>
                      <Link href={`/services/${serviceId}`} className="text-brand-800 underline">
                        {names(`${serviceId}.title`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ol>

      <p className="mt-6 font-semibold">
        {t("mobileApp")}: {MOBILE_STORES.join(", ")}
      </p>
      <h2 className="mt-6 text-xl font-semibold">{t("phones")}</h2>
      <ul className="mt-2">
        {SUPPORT_PHONES.map((support, index) => (
          <li key={support.phone}>
            {t(`support.${SUPPORT_KEYS[index] ?? "portal"}`)}:{" "}
            <a
              href={`tel:${support.phone.replace(/\D/g, "").replace(/^8/, "+7")}`}
              className="text-brand-800 underline"
            >
              {support.phone}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/leaflets" className="text-brand-800 underline">
          {t("all")}
        </Link>
      </p>
    </article>
  );
}
