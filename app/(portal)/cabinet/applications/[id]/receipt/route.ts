import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/auth";
import { parseLocale } from "@/lib/i18n/locales";
import { prisma } from "@/lib/db/runtime";
import { receiptFromApplication } from "@/lib/receipts/receipt";
import { applicationReceiptPdf } from "@/lib/receipts/receipt-pdf";
import { findReceiptApplication, parseApplicationId } from "@/lib/receipts/receipt-source";

// «Скачать расписку (PDF)»: the receipt of a sent application, for its owner only. Everyone else —
// not signed in, another person, a draft, an unknown id — gets the same 404, so the answer does
// not tell whether the application exists.

const PRIVATE = "private, no-store";

/** The plain-text 404, in the page's language. */
async function notFound(): Promise<Response> {
  return new Response((await getTranslations("notFound"))("title"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const signedIn = await currentUser();
  const id = parseApplicationId((await params).id);
  if (!signedIn || id === null) return notFound();
  const row = await findReceiptApplication(await prisma(), id, signedIn.user.id);
  if (!row) return notFound();
  // In the language of the page it was downloaded from.
  const locale = parseLocale(await getLocale());
  const receipt = receiptFromApplication(row, new Date(), locale);
  const pdf = await applicationReceiptPdf(receipt, locale);
  const filename = `raspiska-${receipt.number.replace(/[^A-Za-z0-9-]/g, "_")}.pdf`;
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": PRIVATE,
    },
  });
}
