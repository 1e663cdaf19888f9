import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { scenarioRequest, setScenario } from "@/lib/esia-mock/control";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** POST {"personaKey": "standard", "scenario": "token_expired"} (or null to clear). JSON only. */
export async function POST(request: Request): Promise<Response> {
  if (!mockSettings().enabled) notFound();
  // JSON only: a cross-site form cannot send it without a CORS preflight, which is refused.
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) {
    return Response.json({ error: "Content-Type: application/json обязателен" }, { status: 415 });
  }
  const parsed = scenarioRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: parsed.error.issues.map((issue) => issue.message).join("; ") }, { status: 400 });
  const found = await setScenario(await prisma(), parsed.data);
  return found
    ? Response.json({ ok: true, scenario: parsed.data.scenario })
    : Response.json({ error: "Учетная запись не найдена" }, { status: 404 });
}
