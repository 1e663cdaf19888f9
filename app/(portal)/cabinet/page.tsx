import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { profileOf } from "@/lib/cabinet/accounts";
import { displayValue, PROFILE_FIELDS, sourcesOf, type ProfileField } from "@/lib/cabinet/profile";
import { isEsiaLevel } from "@/lib/esia/assurance";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cabinet"))("title") };
}

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requireUser("/cabinet");
  const { replaced, kept } = await searchParams;
  const keptFields = (kept ?? "")
    .split(",")
    .filter((field): field is ProfileField => Object.hasOwn(PROFILE_FIELDS, field));
  const profile = profileOf(user);
  const sources = sourcesOf(user.fieldSources);
  const t = await getTranslations("cabinet");
  const level = await getTranslations("level");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {replaced ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("esiaSaved")}
          {keptFields.length
            ? t("notReplaced", { fields: keptFields.map((field) => PROFILE_FIELDS[field].toLowerCase()).join(", ") })
            : ""}
        </p>
      ) : null}
      <h2 className="mt-6 text-xl font-semibold">{t("personalData")}</h2>
      {/* Long values (an e-mail) wrap anywhere, so the table fits a 320 px screen (WCAG 1.4.10). */}
      <table className="mt-3 w-full max-w-2xl border-collapse text-left [overflow-wrap:anywhere]">
        <caption className="sr-only">{t("personalDataCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t("field")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("value")}
            </th>
            <th scope="col" className="py-2">
              {t("source")}
            </th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(PROFILE_FIELDS) as ProfileField[]).map((field) => (
            <tr key={field} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal text-slate-700">
                {PROFILE_FIELDS[field]}
              </th>
              <td className="py-2 pr-4">{displayValue(field, profile[field])}</td>
              <td className="py-2 text-sm">
                {profile[field] ? (sources[field] === "esia" ? t("fromEsia") : t("enteredByYou")) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-8 text-xl font-semibold">{t("esiaAccount")}</h2>
      {user.esiaLink ? (
        <p className="mt-2">
          {t("esiaLinked")}
          <strong>{isEsiaLevel(user.esiaLink.level) ? level(user.esiaLink.level) : user.esiaLink.level}</strong>.{" "}
          <Link href="/cabinet/settings/esia" className="text-brand-800 underline">
            {t("more")}
          </Link>
        </p>
      ) : (
        <p className="mt-2">
          {t("esiaNotLinked")}{" "}
          <Link href="/cabinet/settings/esia" className="text-brand-800 underline">
            {t("esiaLinking")}
          </Link>
        </p>
      )}
    </>
  );
}
