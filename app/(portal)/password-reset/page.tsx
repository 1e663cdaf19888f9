import type { Metadata } from "next";
import Link from "next/link";
import { requestPasswordResetAction } from "./actions";
import { ResetRequestForm } from "./request-form";

export const metadata: Metadata = { title: "Восстановление пароля" };

export default function PasswordResetPage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Восстановление пароля</h1>
      <p className="mt-3">
        Укажите электронную почту или номер мобильного телефона личного кабинета. Мы отправим на них код, с которым
        можно задать новый пароль.
      </p>
      <ResetRequestForm action={requestPasswordResetAction} />
      <p className="mt-6">
        Вспомнили пароль?{" "}
        <Link href="/login" className="text-brand-800 underline">
          Войти
        </Link>
      </p>
    </div>
  );
}
