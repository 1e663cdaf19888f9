import type { Metadata } from "next";
import Link from "next/link";
import { LEAFLET_IDS, LEAFLETS } from "@/lib/leaflets/content";

export const metadata: Metadata = { title: "Информационные листы" };

/** The ministry's two leaflets (letter № 29-14) as pages of the portal. */
export default function LeafletsPage() {
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">Информационные листы</h1>
      <p className="mt-3">
        Как подать заявление на Портале госуслуг Республики Татарстан без визита в орган социальной защиты — в трех
        шагах.
      </p>
      <ul className="mt-6 space-y-3">
        {LEAFLET_IDS.map((id) => (
          <li key={id} className="rounded border border-slate-300 p-4">
            <Link href={`/leaflets/${id}`} className="text-lg font-semibold text-brand-800 underline">
              {LEAFLETS[id].title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/esia-instruction" className="text-brand-800 underline">
          Инструкция по авторизации через ЕСИА
        </Link>
      </p>
    </article>
  );
}
