import type { Metadata } from "next";
import Link from "@/components/link";
import { redirect } from "next/navigation";
import { pendingVerification } from "@/lib/esia-mock/accounts";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { mockDb } from "../../_lib/mock";
import { CodeForm } from "../../registration/_components/code-form";
import { ExpiredStep, OutboxNote } from "../../registration/_components/expired";
import { verificationId } from "../../registration/_components/steps";
import { confirmRecoveryCodeAction } from "../actions";

export const metadata: Metadata = { title: "Восстановление пароля" };

/**
 * The code step of recovery. It reads the same whether or not the login belongs to an account
 * (no masked number, no address), so it does not tell who is registered.
 */
export default async function ConfirmRecoveryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = verificationId((await searchParams).id);
  const pending = await pendingVerification(await mockDb(), id, "recovery");
  if (!id || !pending)
    return <ExpiredStep restartHref={`${MOCK_PATH}/recovery`} restartLabel="Восстановить пароль заново" />;
  if (pending.verifiedAt) redirect(`${MOCK_PATH}/recovery/password?id=${encodeURIComponent(id)}`);
  return (
    <>
      <h1 className="text-2xl font-bold">Восстановление пароля</h1>
      <p className="mt-3" role="status">
        Если учетная запись с такими данными есть, мы отправили код подтверждения на указанный в ней мобильный телефон
        или адрес электронной почты.
      </p>
      <CodeForm action={confirmRecoveryCodeAction} id={id} hint="6 цифр из SMS или письма. Код действует 10 минут." />
      <p className="mt-4">
        Код не пришел? Проверьте, правильно ли указаны данные, и{" "}
        <Link href={`${MOCK_PATH}/recovery`} className="text-[#0d4cd3] underline">
          получите новый код
        </Link>
        .
      </p>
      <OutboxNote />
    </>
  );
}
