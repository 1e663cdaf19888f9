import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { SelectField } from "@/components/forms/fields";
import { prisma } from "@/lib/db/runtime";
import { LEAFLET_IDS, LEAFLETS } from "@/lib/leaflets/content";
import { leafletChoices } from "@/lib/leaflets/download";
import { PAPER_SIZES } from "@/lib/leaflets/leaflet-pdf";

export const metadata: Metadata = { title: "Листовки" };

/** «Листовки»: the two leaflets as PDFs for a territorial body, A4 or A5 (a GET form). */
export default async function StaffLeafletsPage() {
  const { staff } = await requireStaff("/staff/leaflets");
  const db = await prisma();
  const bodies = await leafletChoices(db, staff, { ip: (await requestMeta()).ip });
  if (!bodies) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">Листовки</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Информационные листы письма Министерства № 29-14 для мест приема граждан: с наименованием территориального
        органа, адресом портала, QR-кодом страницы услуги и телефонами поддержки. Листы на портале:{" "}
        <Link href="/leaflets" className="text-brand-800 underline">
          «Информационные листы»
        </Link>
        .
      </p>
      <form
        method="get"
        action="/staff/leaflets/download"
        className="mt-6 max-w-2xl rounded border border-slate-300 p-4"
      >
        <SelectField
          name="leaflet"
          label="Листовка"
          options={LEAFLET_IDS.map((id) => ({ value: id, label: LEAFLETS[id].title }))}
        />
        <SelectField
          name="territory"
          label="Территориальный орган"
          options={bodies.map((body) => ({ value: body.code, label: body.territoryName }))}
        />
        <SelectField name="size" label="Формат" options={PAPER_SIZES.map((size) => ({ value: size, label: size }))} />
        <button
          type="submit"
          className="mt-4 rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Скачать PDF
        </button>
      </form>
    </>
  );
}
