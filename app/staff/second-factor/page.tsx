import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pendingStaff, safeStaffReturnTo } from "../_lib/auth";
import { secondFactorAction } from "./actions";
import { SecondFactorForm } from "./second-factor-form";

export const metadata: Metadata = { title: "Код из приложения-аутентификатора" };

export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const returnTo = safeStaffReturnTo((await searchParams).returnTo);
  const pending = await pendingStaff();
  if (!pending) redirect(`/staff/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (!pending.staff.totpEnrolledAt) redirect(`/staff/enrol?returnTo=${encodeURIComponent(returnTo)}`);
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Вход для сотрудников</h1>
      <p className="mt-2">
        Откройте приложение-аутентификатор на телефоне и введите код для учетной записи «{pending.staff.login}».
      </p>
      <SecondFactorForm action={secondFactorAction} returnTo={returnTo} />
      <form action="/staff/logout" method="post" className="mt-6">
        <button type="submit" className="text-brand-800 underline">
          Войти под другой учетной записью
        </button>
      </form>
    </div>
  );
}
