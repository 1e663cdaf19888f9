import { NextResponse } from "next/server";
import { config } from "@/lib/config";
import { currentStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { exportQueue } from "@/lib/casework/export";
import { parseQueueQuery } from "@/lib/casework/queue";
import { prisma } from "@/lib/db/runtime";
import { todayInMoscow } from "@/lib/validation/calendar-date";

// «Выгрузить в CSV» (supervisors): the queue with the filters in the query string, streamed.
// Any other role gets 404 and the refusal is in the audit log.

export async function GET(request: Request) {
  const url = new URL(request.url);
  const signedIn = await currentStaff();
  if (!signedIn)
    return NextResponse.redirect(
      new URL(`/staff/login?returnTo=${encodeURIComponent(`/staff/queue${url.search}`)}`, config().APP_URL),
      303,
    );
  const { filters } = parseQueueQuery(url.searchParams);
  const today = todayInMoscow();
  const chunks = await exportQueue(await prisma(), signedIn.staff, { ip: (await requestMeta()).ip }, filters, today);
  if (!chunks)
    return new NextResponse("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new NextResponse(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="zayavleniya-${today}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
