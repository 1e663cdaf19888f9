import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser, safeReturnTo } from "@/app/_lib/auth";
import { logInAction } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Вход в личный кабинет" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { returnTo: rawReturnTo, reset, registered } = await searchParams;
  const returnTo = rawReturnTo ? safeReturnTo(rawReturnTo) : undefined;
  if (await currentUser()) redirect(returnTo ?? "/cabinet");
  const esiaHref = `/esia/start?intent=login${returnTo ? `&returnTo=${encodeURIComponent(returnTo)}` : ""}`;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Вход в личный кабинет</h1>
      {reset ? <p role="status" className="mt-3 rounded bg-green-50 p-3">Пароль изменен. Войдите с новым паролем.</p> : null}
      {registered ? <p role="status" className="mt-3 rounded bg-green-50 p-3">Личный кабинет создан. Войдите.</p> : null}
      <LoginForm action={logInAction} returnTo={returnTo} />
      <div className="mt-8 border-t border-slate-300 pt-6">
        <a href={esiaHref} className="inline-block rounded border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">
          Вход через ЕСИА
        </a>
        <p className="mt-2 text-sm text-slate-700">
          С учетной записью портала Госуслуг (ЕСИА). Если личного кабинета еще нет, его можно будет создать.
        </p>
      </div>
      <p className="mt-6">
        Нет личного кабинета?{" "}
        <Link href="/register" className="text-brand-800 underline">
          Зарегистрируйтесь
        </Link>
      </p>
    </div>
  );
}
