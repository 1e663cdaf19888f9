import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";

export const metadata: Metadata = { title: "Мои заявления" };

// The cabinet's list of applications. Applications are filed through the services of the
// catalogue; until the person has filed one, the list is empty and says where to start.
export default async function ApplicationsPage() {
  await requireUser("/cabinet/applications");
  return (
    <>
      <h1 className="text-2xl font-bold">Мои заявления</h1>
      <section aria-labelledby="applications-empty" className="mt-6 max-w-2xl rounded border border-slate-300 p-6">
        <h2 id="applications-empty" className="text-lg font-semibold">
          У вас пока нет заявлений
        </h2>
        <p className="mt-2">
          Здесь появятся заявления, которые вы подадите на портале, и их статус. Выберите услугу в каталоге, чтобы подать заявление.
        </p>
        <p className="mt-4">
          <Link href="/" className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
            Перейти к каталогу услуг
          </Link>
        </p>
      </section>
    </>
  );
}
