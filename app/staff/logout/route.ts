import { prisma } from "@/lib/db/runtime";
import { signOutStaff } from "@/lib/staff/sign-in";
import { clearStaffSessionCookie, staffSessionToken } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

/** «Выйти»: ends the session row (pending or full) and drops the cookie, then back to the login. */
export async function POST(): Promise<Response> {
  await signOutStaff(await prisma(), await staffSessionToken(), (await requestMeta()).ip);
  await clearStaffSessionCookie();
  return new Response(null, {
    status: 303,
    headers: { Location: "/staff/login?signedOut=1", "Cache-Control": "no-store" },
  });
}
