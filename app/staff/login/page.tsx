import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff, safeStaffReturnTo } from "../_lib/auth";
import { staffLogInAction } from "./actions";
import { StaffLoginForm } from "./login-form";

export const metadata: Metadata = { title: "Вход для сотрудников" };

// Staff only: no ESIA, no registration, no password reset by e-mail (an administrator helps).
export default async function StaffLoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { returnTo: rawReturnTo, signedOut, expired } = await searchParams;
  const returnTo = safeStaffReturnTo(rawReturnTo);
  if (await currentStaff()) redirect(returnTo);
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Вход для сотрудников</h1>
      <p className="mt-2 text-slate-700">
        Для специалистов и руководителей органов социальной защиты и администраторов. После пароля понадобится код из
        приложения-аутентификатора.
      </p>
      {signedOut ? (
        <p role="status" className="mt-3 rounded bg-green-50 p-3">
          Вы вышли из рабочего места.
        </p>
      ) : null}
      {expired ? (
        <p role="status" className="mt-3 rounded bg-yellow-50 p-3">
          Время на ввод кода истекло. Войдите еще раз.
        </p>
      ) : null}
      <StaffLoginForm action={staffLogInAction} returnTo={returnTo} />
      <p className="mt-6 text-sm text-slate-700">Забыли пароль или сменили телефон? Обратитесь к администратору.</p>
    </div>
  );
}
