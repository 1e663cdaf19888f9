import type { Metadata } from "next";
import Link from "next/link";
import { completePasswordResetAction } from "../actions";
import { ResetPasswordForm } from "./reset-form";

export const metadata: Metadata = { title: "Новый пароль" };

// Deliberately says nothing about whether the cabinet exists: the page is the same for a login
// nobody has (startPasswordReset then sends nothing, and no code will fit).
export default async function PasswordResetConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await searchParams;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Восстановление пароля</h1>
      {typeof id === "string" && id ? (
        <>
          <p className="mt-3">
            Если личный кабинет с такими электронной почтой или телефоном есть, мы отправили на них код. Введите код и
            новый пароль. Код действует 15 минут.
          </p>
          <ResetPasswordForm action={completePasswordResetAction} id={id} />
        </>
      ) : (
        <p className="mt-3">Ссылка на восстановление неполная.</p>
      )}
      <p className="mt-6">
        Не пришел код?{" "}
        <Link href="/password-reset" className="text-brand-800 underline">
          Запросить код еще раз
        </Link>
      </p>
    </div>
  );
}
