import type { Metadata } from "next";
import Link from "@/components/link";
import { getTranslations } from "next-intl/server";
import { codeDelivery, type CodeDelivery } from "@/lib/cabinet/accounts";
import { prisma } from "@/lib/db/runtime";
import { confirmRegistrationAction, resendRegistrationCodeAction } from "../actions";
import { ConfirmCodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registration.confirm"))("title") };
}

type Texts = (key: "failedSms" | "failedEmail" | "delayedSms" | "delayedEmail") => string;

// What the person is told about the code's message: it may still be on its way, held up by the
// mail server (the portal keeps trying), or refused for good (the address may be wrong).
function deliveryNotice(t: Texts, delivery: CodeDelivery | null, channel: string): string | null {
  const sms = channel === "sms";
  if (delivery === "failed") return t(sms ? "failedSms" : "failedEmail");
  if (delivery === "delayed") return t(sms ? "delayedSms" : "delayedEmail");
  return null;
}

export default async function ConfirmRegistrationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, resent, resend } = await searchParams;
  const db = await prisma();
  const pending = typeof id === "string" && id ? await db.portalVerification.findUnique({ where: { id } }) : null;
  const usable = pending && pending.purpose === "registration" && !pending.verifiedAt && pending.expiresAt > new Date();
  const t = await getTranslations("registration.confirm");
  const notice = usable ? deliveryNotice(t, await codeDelivery(db, pending.id), pending.channel) : null;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="mt-3">
            {t(pending.channel === "sms" ? "sentSms" : "sentEmail")}{" "}
            <strong className="break-all">{pending.address}</strong>. {t("enterIt")}
          </p>
          {resent ? (
            <p role="status" className="mt-3 rounded bg-green-50 p-3">
              {t("resent")}
            </p>
          ) : null}
          {resend === "refused" ? (
            <p role="alert" className="mt-3 rounded border-2 border-red-700 p-3">
              {t("resendRefused")}
            </p>
          ) : null}
          {notice ? (
            <p role="alert" className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3">
              {notice}
            </p>
          ) : null}
          <ConfirmCodeForm
            action={confirmRegistrationAction}
            id={pending.id}
            texts={{ code: t("code"), codeHint: t("codeHint"), submit: t("submit") }}
          />
          <form action={resendRegistrationCodeAction} className="mt-6">
            <input type="hidden" name="id" value={pending.id} />
            <p>{t("noCode")}</p>
            <button
              type="submit"
              className="mt-2 rounded border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t("resend")}
            </button>
          </form>
          <p className="mt-6">
            {t("wrongAddress")}{" "}
            <Link href="/register" className="text-brand-800 underline">
              {t("again")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-3">{t("stale")}</p>
          <p className="mt-3">
            <Link href="/register" className="text-brand-800 underline">
              {t("startAgain")}
            </Link>{" "}
            {t("or")}{" "}
            <Link href="/login" className="text-brand-800 underline">
              {t("logIn")}
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
