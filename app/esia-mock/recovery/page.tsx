import type { Metadata } from "next";
import Link from "@/components/link";
import { startRecoveryAction } from "./actions";
import { RecoveryForm } from "./recovery-form";

export const metadata: Metadata = { title: "Восстановление пароля" };

/** «Не удается войти?» on the login page leads here. */
export default function RecoveryPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Восстановление пароля</h1>
      <p className="mt-2">
        Мы отправим код подтверждения на мобильный телефон или электронную почту из вашей учетной записи.
      </p>
      <RecoveryForm action={startRecoveryAction} />
      <p className="mt-6">
        <Link href="/esia-mock/login" className="text-[#0d4cd3] underline">
          Вернуться ко входу
        </Link>
      </p>
    </>
  );
}
