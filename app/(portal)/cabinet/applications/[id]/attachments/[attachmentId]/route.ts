import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/auth";
import { attachmentHeaders } from "@/lib/applications/attachments";
import { ownAttachment } from "@/lib/applications/repository";
import { prisma } from "@/lib/db/runtime";

// A file of the signed-in person's own application, as a download. Anything else is 404: the
// answer does not tell whether a file exists.
/** The plain-text 404, in the page's language. */
async function notFound(): Promise<Response> {
  const t = await getTranslations("notFound");
  return new Response(t("title"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const signedIn = await currentUser();
  if (!signedIn) return notFound();
  const file = await ownAttachment(await prisma(), signedIn.user.id, attachmentId);
  if (!file || file.applicationId !== Number(id)) return notFound();
  return new Response(new Uint8Array(file.content), { status: 200, headers: attachmentHeaders(file) });
}
