import { NextResponse, type NextRequest } from "next/server";
import { currentUser, safeReturnTo } from "@/app/_lib/auth";
import { saveLanguage } from "@/lib/cabinet/language";
import { prisma } from "@/lib/db/runtime";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";

/**
 * «Русский / Татарча» (components/language-switch.tsx): a plain GET link, so it works without
 * JavaScript. Sets the cookie, stores the choice on a signed-in person, and returns to the page
 * the link was on (only a clean path of the portal: no open redirect).
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const to = request.nextUrl.searchParams.get("to");
  const back = safeReturnTo(request.nextUrl.searchParams.get("back"), "/");
  const response = new NextResponse(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  if (!isLocale(to)) return response;
  response.cookies.set({
    name: LOCALE_COOKIE,
    value: to,
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    secure: request.nextUrl.protocol === "https:",
  });
  const signedIn = await currentUser();
  if (signedIn) await saveLanguage(await prisma(), signedIn.user.id, to);
  return response;
}
