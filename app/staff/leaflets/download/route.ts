import { NextResponse } from "next/server";
import { currentStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { config } from "@/lib/config";
import { prisma } from "@/lib/db/runtime";
import { leafletForDownload } from "@/lib/leaflets/download";

// A leaflet PDF for one territorial body (?leaflet=&territory=&size=A4|A5).

export async function GET(request: Request) {
  const url = new URL(request.url);
  const signedIn = await currentStaff();
  if (!signedIn)
    return NextResponse.redirect(
      new URL(`/staff/login?returnTo=${encodeURIComponent("/staff/leaflets")}`, config().APP_URL),
      303,
    );
  const file = await leafletForDownload(
    await prisma(),
    signedIn.staff,
    { ip: (await requestMeta()).ip },
    {
      leaflet: url.searchParams.get("leaflet"),
      territory: url.searchParams.get("territory"),
      size: url.searchParams.get("size"),
    },
    config().APP_URL,
  );
  if (!file)
    return new NextResponse("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new NextResponse(Buffer.from(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
