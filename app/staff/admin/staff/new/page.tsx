import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { listTerritories } from "@/lib/staff/admin";
import { STAFF_ROLES } from "@/lib/staff/forms";
import { roleLabel } from "@/lib/staff/navigation";
import { requireStaffRole } from "../../../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { createStaffAction } from "../../actions";
import { NewStaffForm } from "./new-staff-form";

export const metadata: Metadata = { title: "Новый сотрудник" };

export default async function NewStaffPage() {
  const { staff } = await requireStaffRole("/staff/admin/staff/new", ["administrator"]);
  const territories = await listTerritories(
    await prisma(),
    { id: staff.id, role: staff.role },
    (await requestMeta()).ip,
  );
  if (!territories.ok) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/staff/admin" className="text-brand-800 underline">
          ← Администрирование
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Новый сотрудник</h1>
      <NewStaffForm
        action={createStaffAction}
        roles={STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
        territories={territories.value.map((territory) => ({
          value: String(territory.id),
          label: territory.bodyName ?? territory.name,
        }))}
      />
    </div>
  );
}
