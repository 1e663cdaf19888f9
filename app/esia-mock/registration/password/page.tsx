import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pendingVerification } from "@/lib/esia-mock/accounts";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { mockDb } from "../../_lib/mock";
import { ExpiredStep } from "../_components/expired";
import { PasswordForm } from "../_components/password-form";
import { verificationId } from "../_components/steps";
import { setRegistrationPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Создание пароля" };

/** Seed 004, step 3: the password for signing in, twice, then «Сохранить». */
export default async function RegistrationPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = verificationId((await searchParams).id);
  const pending = await pendingVerification(await mockDb(), id, "registration");
  if (!id || !pending)
    return <ExpiredStep restartHref={`${MOCK_PATH}/registration`} restartLabel="Зарегистрироваться заново" />;
  if (!pending.verifiedAt) redirect(`${MOCK_PATH}/registration/confirm?id=${encodeURIComponent(id)}`);
  return (
    <>
      <h1 className="text-2xl font-bold">Создание пароля</h1>
      <p className="mt-3">
        {pending.channel === "sms" ? "Номер телефона подтвержден." : "Адрес электронной почты подтвержден."} Придумайте
        пароль для входа в систему и введите его два раза.
      </p>
      <PasswordForm action={setRegistrationPasswordAction} id={id} />
      <p className="mt-6 text-sm text-slate-700">Не забывайте, не теряйте и не передавайте третьим лицам ваш пароль.</p>
    </>
  );
}
