import { getTranslations } from "next-intl/server";

export const SUPPORT_PHONES = [
  { service: "portalSupport", phone: "8 (843) 5-114-115", tel: "+78435114115" },
  { service: "esiaSupport", phone: "8 (800) 100-70-10", tel: "+78001007010" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-100 text-slate-800">
      <div className="mx-auto max-w-5xl px-4 py-6">
        <h2 className="text-base font-semibold">{t("support")}</h2>
        <ul className="mt-2 space-y-1">
          {SUPPORT_PHONES.map((entry) => (
            <li key={entry.tel}>
              {t(entry.service)}:{" "}
              <a href={`tel:${entry.tel}`} className="font-semibold text-brand-800 underline">
                {entry.phone}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-600">{t("ministry")}</p>
      </div>
    </footer>
  );
}
