import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { config } from "@/lib/config";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Local development and tests only, under the same switch as /dev/outbox (DEV_OUTBOX_ENABLED): a
// page that fails on the server, so that the error page a person sees without JavaScript can be
// looked at and tested. Anywhere else the address does not exist.
export default async function FailurePage() {
  const settings = config();
  if (!settings.DEV_OUTBOX_ENABLED || (settings.NODE_ENV === "production" && !settings.DEV_OUTBOX_ALLOW_IN_PRODUCTION))
    notFound();
  throw new Error("/dev/failure: a failure asked for, to show the error page");
}
