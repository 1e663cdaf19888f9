import { notFound } from "next/navigation";
import { GostUnavailableError } from "@/lib/crypto/gost";
import { prisma } from "@/lib/db/runtime";
import { ensureGostSigningKey, gostCertificates } from "@/lib/esia-mock/keys";
import { mockSettings } from "@/lib/esia-mock/settings";

export const dynamic = "force-dynamic";

/**
 * The certificates of the mock's GOST3410_2012_256 token key, one PEM file: what esia.zip gives
 * an operator of the real ESIA. Save it as ESIA_CERTIFICATES_FILE (docs/esia-real.md).
 */
export async function GET(): Promise<Response> {
  if (!mockSettings().enabled) notFound();
  const db = await prisma();
  try {
    await ensureGostSigningKey(db);
  } catch (error) {
    if (error instanceof GostUnavailableError)
      return new Response(`${error.message}\n`, {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
  return new Response((await gostCertificates(db)).join(""), {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": 'inline; filename="esia-mock-gost.pem"',
      "Cache-Control": "no-store",
    },
  });
}
