import type { Metadata } from "next";
import Link from "@/components/link";
import { registerAction } from "./actions";
import { RegistrationForm } from "./registration-form";

export const metadata: Metadata = { title: "Регистрация" };

export default async function RegistrationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { expired, request } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Регистрация</h1>
      <p className="mt-2">
        Единая учетная запись для доступа к сервисам электронного правительства. Уже зарегистрированы?{" "}
        <Link
          href={`/esia-mock/login${request ? `?request=${encodeURIComponent(request)}` : ""}`}
          className="text-[#0d4cd3] underline"
        >
          Войти
        </Link>
      </p>
      {expired ? (
        <p className="mt-3 rounded bg-slate-100 p-3" role="status">
          Срок действия кода истек или регистрация уже завершена. Заполните форму еще раз.
        </p>
      ) : null}
      <RegistrationForm action={registerAction} request={request} />
    </>
  );
}
