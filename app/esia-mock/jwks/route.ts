import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { ensureSigningKey, publicKeys } from "@/lib/esia-mock/keys";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** Mock extra: the keys that sign tokens. Real ESIA hands out certificates in esia.zip instead. */
export async function GET(): Promise<Response> {
  if (!mockSettings().enabled) notFound();
  const db = await prisma();
  await ensureSigningKey(db);
  return Response.json({ keys: await publicKeys(db) }, { headers: { "Cache-Control": "public, max-age=300" } });
}
