import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { outbox } from "@/lib/esia-mock/control";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** GET ?recipient=+79170000001 — the newest "sent" messages, for tests and the outbox page. */
export async function GET(request: Request): Promise<Response> {
  if (!mockSettings().enabled) notFound();
  const recipient = new URL(request.url).searchParams.get("recipient");
  return Response.json(
    { messages: await outbox(await prisma(), recipient) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
