import type { Metadata } from "next";
import { logInAction } from "../../login/actions";
import { LoginForm } from "../../login/login-form";

export const metadata: Metadata = { title: "Пароль изменен" };

/** The end of recovery: the sign-in form again, with the news that the password has changed. */
export default function RecoveryDonePage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Вход</h1>
      <p className="mt-3 rounded border-2 border-green-700 bg-green-50 p-3" role="status">
        Пароль изменен. Войдите с новым паролем.
      </p>
      <LoginForm action={logInAction} />
    </>
  );
}
