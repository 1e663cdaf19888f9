import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { pendingEsiaLogin, profileOf } from "@/lib/cabinet/accounts";
import { differences, displayValue } from "@/lib/cabinet/profile";
import { prisma } from "@/lib/db/runtime";
import { settleDifferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("linking.differences"))("title") };
}

export default async function DifferencesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { p } = await searchParams;
  const { user } = await requireUser(`/esia/differences?p=${encodeURIComponent(p ?? "")}`);
  const pending = await pendingEsiaLogin(await prisma(), p);
  // Only the cabinet the link was made for may see or settle it.
  if (!pending || pending.userId !== user.id) redirect("/cabinet/settings/esia");
  const rows = differences(profileOf(user), pending.person);
  const t = await getTranslations("linking.differences");
  const fields = await getTranslations("linking.fields");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("text")}</p>
      <table className="mt-4 w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t("field")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("cabinet")}
            </th>
            <th scope="col" className="py-2">
              {t("esia")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {fields(row.field)}
              </th>
              <td className="py-2 pr-4">{displayValue(row.field, row.cabinet)}</td>
              <td className="py-2 font-semibold">{displayValue(row.field, row.esia)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex flex-wrap gap-4">
        <form action={settleDifferencesAction}>
          <input type="hidden" name="pending" value={p} />
          <input type="hidden" name="decision" value="replace" />
          <SubmitButton>{t("replace")}</SubmitButton>
        </form>
        <form action={settleDifferencesAction}>
          <input type="hidden" name="pending" value={p} />
          <input type="hidden" name="decision" value="keep" />
          <SubmitButton variant="secondary">{t("keep")}</SubmitButton>
        </form>
      </div>
    </>
  );
}
