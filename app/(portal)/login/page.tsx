import type { Metadata } from "next";
import Link from "@/components/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser, safeReturnTo } from "@/app/_lib/auth";
import { logInAction } from "./actions";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { returnTo: rawReturnTo, reset, registered } = await searchParams;
  const returnTo = rawReturnTo ? safeReturnTo(rawReturnTo) : undefined;
  if (await currentUser()) redirect(returnTo ?? "/cabinet");
  const t = await getTranslations("login");
  const esiaHref = `/esia/start?intent=login${returnTo ? `&returnTo=${encodeURIComponent(returnTo)}` : ""}`;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {reset ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("passwordChanged")}
        </p>
      ) : null}
      {registered ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          {t("registered")}
        </p>
      ) : null}
      <LoginForm
        action={logInAction}
        returnTo={returnTo}
        texts={
          (await getTranslations()).raw("loginForm") as {
            login: string;
            password: string;
            submit: string;
            forgot: string;
          }
        }
      />
      <div className="mt-8 border-t border-slate-300 pt-6">
        <a
          href={esiaHref}
          className="inline-block rounded border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("esia")}
        </a>
        <p className="mt-2 text-sm text-slate-700">{t("esiaHint")}</p>
      </div>
      <p className="mt-6">
        {t("noCabinet")}{" "}
        <Link href="/register" className="text-brand-800 underline">
          {t("register")}
        </Link>
      </p>
    </div>
  );
}
