import { NextResponse } from "next/server";
import { currentStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { config } from "@/lib/config";
import { dashboardFigures } from "@/lib/dashboard/dashboard";
import { parseDashboardQuery } from "@/lib/dashboard/filters";
import { dashboardCsv, isDashboardTable } from "@/lib/dashboard/tables";
import { prisma } from "@/lib/db/runtime";
import { todayInMoscow } from "@/lib/validation/calendar-date";

// One table of «Показатели» as CSV, with the page's filters. No «dashboard» capability: 404,
// and the refusal is in the audit log (dashboardFigures writes it).

export async function GET(request: Request) {
  const url = new URL(request.url);
  const signedIn = await currentStaff();
  if (!signedIn)
    return NextResponse.redirect(
      new URL(`/staff/login?returnTo=${encodeURIComponent(`/staff/dashboard${url.search}`)}`, config().APP_URL),
      303,
    );
  const table = url.searchParams.get("table");
  const today = todayInMoscow();
  const db = await prisma();
  const meta = { ip: (await requestMeta()).ip };
  const filters = parseDashboardQuery(url.searchParams, today.slice(0, 7));
  const data = isDashboardTable(table)
    ? await dashboardFigures(db, signedIn.staff, meta, filters, today, "dashboard.export", { table })
    : null;
  if (!data || !isDashboardTable(table))
    return new NextResponse("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const scope = data.territory?.code ?? "respublika";
  return new NextResponse(dashboardCsv(data, table), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pokazateli-${table}-${scope}-${data.filters.from}-${data.filters.to}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
