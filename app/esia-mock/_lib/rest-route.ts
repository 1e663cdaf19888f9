import { notFound } from "next/navigation";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/runtime";
import type { RestResult } from "@/lib/esia-mock/rest";
import { mockSettings } from "@/lib/esia-mock/settings";

type Resource = (
  prisma: PrismaClient,
  options: { authorization: string | null; path: string[]; embed: string | null; issuer: string; baseUrl: string },
) => Promise<RestResult>;

/** The GET handler of one of the mock's REST collections (/rs/prns, /rs/orgs) read with a Bearer access token. */
export function restRoute(resource: Resource, contentType: string) {
  return async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
    const settings = mockSettings();
    if (!settings.enabled) notFound();
    const url = new URL(request.url);
    const result = await resource(await prisma(), {
      authorization: request.headers.get("authorization"),
      path: (await params).path,
      embed: url.searchParams.get("embed"),
      issuer: settings.issuer,
      baseUrl: settings.baseUrl,
    });
    return Response.json(result.body, {
      status: result.status,
      headers: {
        "Content-Type": contentType,
        "Cache-Control": "no-store",
        ...(result.status === 401 ? { "WWW-Authenticate": 'Bearer error="invalid_token"' } : {}),
      },
    });
  };
}
