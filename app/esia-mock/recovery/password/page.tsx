import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pendingVerification } from "@/lib/esia-mock/accounts";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { mockDb } from "../../_lib/mock";
import { ExpiredStep } from "../../registration/_components/expired";
import { PasswordForm } from "../../registration/_components/password-form";
import { verificationId } from "../../registration/_components/steps";
import { setRecoveryPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Новый пароль" };

export default async function RecoveryPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = verificationId((await searchParams).id);
  const pending = await pendingVerification(await mockDb(), id, "recovery");
  if (!id || !pending)
    return <ExpiredStep restartHref={`${MOCK_PATH}/recovery`} restartLabel="Восстановить пароль заново" />;
  if (!pending.verifiedAt) redirect(`${MOCK_PATH}/recovery/confirm?id=${encodeURIComponent(id)}`);
  return (
    <>
      <h1 className="text-2xl font-bold">Новый пароль</h1>
      <p className="mt-3">
        Придумайте новый пароль и введите его два раза. После сохранения все прежние входы в учетную запись завершатся.
      </p>
      <PasswordForm action={setRecoveryPasswordAction} id={id} />
    </>
  );
}
