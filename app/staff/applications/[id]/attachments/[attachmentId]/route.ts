import { NextResponse } from "next/server";
import { currentStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { attachmentHeaders } from "@/lib/applications/attachments";
import { config } from "@/lib/config";
import { downloadAttachment } from "@/lib/casework/service";
import { prisma } from "@/lib/db/runtime";

// An attachment of an application of the signed-in staff member's territory. «Открыть» (?view=1)
// shows it in the browser; otherwise a download. Only PDF, JPEG and PNG are ever stored (their
// type was read from the bytes on upload) and go out with nosniff. Anything else is 404.

const VIEWABLE = new Set(["application/pdf", "image/jpeg", "image/png"]);

export async function GET(request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const signedIn = await currentStaff();
  if (!signedIn)
    return NextResponse.redirect(
      new URL(`/staff/login?returnTo=${encodeURIComponent(`/staff/applications/${id}`)}`, config().APP_URL),
      303,
    );
  const applicationId = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  const file = await downloadAttachment(
    await prisma(),
    signedIn.staff,
    { ip: (await requestMeta()).ip },
    applicationId,
    attachmentId.slice(0, 100),
  );
  if (!file)
    return new NextResponse("Не найдено", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const headers = new Headers(attachmentHeaders(file));
  if (new URL(request.url).searchParams.get("view") === "1" && VIEWABLE.has(file.mediaType)) {
    headers.set("Content-Disposition", headers.get("Content-Disposition")!.replace(/^attachment/, "inline"));
  }
  return new NextResponse(new Uint8Array(file.content), { status: 200, headers });
}
