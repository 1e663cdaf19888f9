import { NextResponse } from "next/server";
import { currentStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { dashboardChartFor, isDashboardChart } from "@/lib/dashboard/dashboard-charts";
import { parseDashboardQuery } from "@/lib/dashboard/filters";
import { prisma } from "@/lib/db/runtime";
import { todayInMoscow } from "@/lib/validation/calendar-date";

// One chart of «Показатели» as an SVG image, with the page's filters and the page's check: the
// «dashboard» capability, a supervisor narrowed to their own territory, refusals audited. Not
// signed in as staff (a citizen's session included) or refused: 404, like a missing image.
// The bytes are the cached drawing of exactly these figures; the entity tag lets the browser keep
// it and ask again each view (no-cache), so an unchanged chart costs the check and a 304.

const notFound = () =>
  new NextResponse("Не найдено", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const signedIn = await currentStaff();
  if (!signedIn || !isDashboardChart(chart)) return notFound();
  const url = new URL(request.url);
  const today = todayInMoscow();
  const filters = parseDashboardQuery(url.searchParams, today.slice(0, 7));
  const drawn = await dashboardChartFor(
    await prisma(),
    signedIn.staff,
    { ip: (await requestMeta()).ip },
    filters,
    today,
    chart,
  );
  if (!drawn) return notFound();
  const headers = {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Cache-Control": "private, no-cache",
    ETag: drawn.etag,
    Vary: "Cookie",
    "X-Content-Type-Options": "nosniff",
    // Opened on its own, the drawing is a document: nothing in it may run or load.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  const expected = request.headers.get("if-none-match");
  if (expected && expected.split(",").some((tag) => tag.trim().replace(/^W\//, "") === drawn.etag))
    return new NextResponse(null, { status: 304, headers });
  return new NextResponse(drawn.svg, { status: 200, headers });
}
