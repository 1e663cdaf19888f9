import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("linking.problem"))("title") };
}

// Every refusal of the ESIA login has its own explanation (linking.problem.reasons); nothing was
// linked in any of them.
const REASONS = [
  "access_denied",
  "oid_taken",
  "cabinet_taken",
  "state_mismatch",
  "token_invalid",
  "token_request_failed",
  "person_unavailable",
  "esia_error",
  "unavailable",
] as const;

type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason => (REASONS as readonly unknown[]).includes(value);

export default async function EsiaProblemPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { reason } = await searchParams;
  const known: Reason = isReason(reason) ? reason : "esia_error";
  const t = await getTranslations("linking.problem");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t(`reasons.${known}.title`)}</h1>
      <p className="mt-3">{t(`reasons.${known}.text`)}</p>
      <p className="mt-3">{t("unchanged")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/login" className="text-brand-800 underline">
          {t("toLogin")}
        </Link>
        <Link href="/cabinet/settings/esia" className="text-brand-800 underline">
          {t("linking")}
        </Link>
      </p>
    </div>
  );
}
