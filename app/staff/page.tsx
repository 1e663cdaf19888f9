import { redirect } from "next/navigation";
import { staffStartPage } from "@/lib/staff/navigation";
import { currentStaff } from "./_lib/auth";

/** /staff: each role to its first page, anyone else to the staff login. */
export default async function StaffHome() {
  const signedIn = await currentStaff();
  redirect(signedIn ? staffStartPage(signedIn.staff.role) : "/staff/login");
}
