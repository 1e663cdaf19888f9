import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { organizationResource } from "@/lib/esia-mock/rest";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/** GET /rs/orgs/{oid}[/emps|addrs|ctts[/{id}]] with a Bearer access token. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const settings = mockSettings();
  if (!settings.enabled) notFound();
  const url = new URL(request.url);
  const result = await organizationResource(await prisma(), {
    authorization: request.headers.get("authorization"),
    path: (await params).path,
    embed: url.searchParams.get("embed"),
    issuer: settings.issuer,
    baseUrl: settings.baseUrl,
  });
  return Response.json(result.body, {
    status: result.status,
    headers: {
      "Content-Type": 'application/json; charset=utf-8',
      "Cache-Control": "no-store",
      ...(result.status === 401 ? { "WWW-Authenticate": 'Bearer error="invalid_token"' } : {}),
    },
  });
}
