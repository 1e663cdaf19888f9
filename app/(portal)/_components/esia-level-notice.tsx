import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { isEsiaLevel } from "@/lib/esia/assurance";

/**
 * Why the person cannot file online yet, and the way on: log in through ESIA (or link the
 * cabinet to it) and come back to `returnTo` — the service page or the very step of the form.
 */
export async function EsiaLevelNotice({ level, returnTo }: { level: string | null | undefined; returnTo: string }) {
  const t = await getTranslations("levelNotice");
  const levels = await getTranslations("level");
  return (
    <div className="mt-3" data-testid="service-access">
      <p className="font-semibold">
        {isEsiaLevel(level) ? t("levelTooLow", { level: levels(level) }) : t("notLinked")}
      </p>
      <p className="mt-2">{t("howTo")}</p>
      <div className="mt-3 flex flex-wrap gap-4">
        <a
          href={`/esia/start?intent=${isEsiaLevel(level) ? "login" : "link"}&returnTo=${encodeURIComponent(returnTo)}`}
          className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("logIn")}
        </a>
        <Link href="/esia-instruction" className="self-center text-brand-800 underline">
          {t("instruction")}
        </Link>
      </div>
    </div>
  );
}
