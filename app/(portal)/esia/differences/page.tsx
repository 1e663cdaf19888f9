import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { pendingEsiaLogin, profileOf } from "@/lib/cabinet/accounts";
import { differences, displayValue } from "@/lib/cabinet/profile";
import { prisma } from "@/lib/db/runtime";
import { settleDifferencesAction } from "./actions";

export const metadata: Metadata = { title: "Данные в ЕСИА и в личном кабинете различаются" };

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
  return (
    <>
      <h1 className="text-2xl font-bold">Данные в ЕСИА и в личном кабинете различаются</h1>
      <p className="mt-3 max-w-3xl">
        Личный кабинет привязан к ЕСИА. Некоторые данные в ЕСИА отличаются от данных личного кабинета. Сохранить данные
        из ЕСИА в личный кабинет?
      </p>
      <table className="mt-4 w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">Различающиеся данные</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              Поле
            </th>
            <th scope="col" className="py-2 pr-4">
              В личном кабинете
            </th>
            <th scope="col" className="py-2">
              В ЕСИА
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
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
          <SubmitButton>Подтвердить замену</SubmitButton>
        </form>
        <form action={settleDifferencesAction}>
          <input type="hidden" name="pending" value={p} />
          <input type="hidden" name="decision" value="keep" />
          <SubmitButton variant="secondary">Оставить данные личного кабинета</SubmitButton>
        </form>
      </div>
    </>
  );
}
