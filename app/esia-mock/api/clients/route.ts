import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { clientRequest, registerClientFromRequest } from "@/lib/esia-mock/control";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** The technology portal's registration of a system: mnemonic, certificate, redirect URIs, scopes. */
export async function POST(request: Request): Promise<Response> {
  if (!mockSettings().enabled) notFound();
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) {
    return Response.json({ error: "Content-Type: application/json обязателен" }, { status: 415 });
  }
  const parsed = clientRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json(
      { error: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") },
      { status: 400 },
    );
  try {
    await registerClientFromRequest(await prisma(), parsed.data);
  } catch {
    return Response.json({ error: "certificatePem: не удалось прочитать сертификат X.509" }, { status: 400 });
  }
  return Response.json({ ok: true, clientId: parsed.data.clientId }, { status: 201 });
}
