import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { territoryForAdmin } from "@/lib/staff/admin";
import { requireStaffRole } from "../../../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { renameTerritorialBodyAction } from "../../actions";
import { BodyNameForm } from "./body-form";

export const metadata: Metadata = { title: "Наименование территориального органа" };

export default async function TerritoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { staff } = await requireStaffRole(`/staff/admin/territories/${encodeURIComponent(id)}`, ["administrator"]);
  const territoryId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const territory = await territoryForAdmin(
    await prisma(),
    { id: staff.id, role: staff.role },
    territoryId,
    (await requestMeta()).ip,
  );
  if (!territory.ok || territory.value.bodyName === null) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/staff/admin/territories" className="text-brand-800 underline">
          ← Территории и территориальные органы
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{territory.value.name}</h1>
      <BodyNameForm
        action={renameTerritorialBodyAction}
        territoryId={territory.value.id}
        name={territory.value.bodyName}
      />
    </div>
  );
}
