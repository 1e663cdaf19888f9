import { notFound } from "next/navigation";
import { requireStaff } from "../_lib/auth";

/**
 * Any /staff address without a page of its own: the staff login for those not signed in, and the
 * staff «Страница не найдена» (in the staff header, with status 404) for staff. Real pages are
 * matched before this one.
 */
export default async function UnknownStaffPage({ params }: { params: Promise<{ unknown: string[] }> }) {
  const { unknown } = await params;
  await requireStaff(`/staff/${unknown.map(encodeURIComponent).join("/")}`);
  notFound();
}
