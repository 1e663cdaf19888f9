import type { Metadata } from "next";
import Link from "@/components/link";
import { redirect } from "next/navigation";
import { SubmitButton } from "@/components/forms/submit-button";
import { pendingVerification } from "@/lib/esia-mock/accounts";
import { MOCK_PATH } from "@/lib/esia-mock/settings";
import { formatPhoneDisplay } from "@/lib/validation";
import { mockDb } from "../../_lib/mock";
import { CodeForm } from "../_components/code-form";
import { ExpiredStep, OutboxNote } from "../_components/expired";
import { verificationId } from "../_components/steps";
import { confirmRegistrationCodeAction, resendRegistrationCodeAction } from "../actions";

export const metadata: Metadata = { title: "Подтверждение регистрации" };

/** Seed 004, step 2: «Подтверждение номера мобильного телефона / адреса электронной почты». */
export default async function ConfirmRegistrationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const id = verificationId(params.id);
  const pending = await pendingVerification(await mockDb(), id, "registration");
  if (!id || !pending)
    return <ExpiredStep restartHref={`${MOCK_PATH}/registration`} restartLabel="Зарегистрироваться заново" />;
  if (pending.verifiedAt) redirect(`${MOCK_PATH}/registration/password?id=${encodeURIComponent(id)}`);
  const bySms = pending.channel === "sms";
  return (
    <>
      <h1 className="text-2xl font-bold">
        {bySms ? "Подтверждение номера мобильного телефона" : "Подтверждение адреса электронной почты"}
      </h1>
      {params.limited ? (
        <p className="mt-3 rounded border-2 border-red-700 p-3" role="alert">
          Слишком много запросов кода. Введите последний полученный код или повторите запрос через 15 минут.
        </p>
      ) : null}
      {params.resent ? (
        <p className="mt-3 rounded bg-slate-100 p-3" role="status">
          Новый код отправлен. Прежний код больше не действует.
        </p>
      ) : null}
      <p className="mt-3">
        {bySms
          ? "Мы отправили SMS с кодом подтверждения на номер "
          : "Мы отправили письмо с кодом подтверждения на адрес "}
        <strong className="whitespace-nowrap">{bySms ? formatPhoneDisplay(pending.address) : pending.address}</strong>.
      </p>
      <CodeForm
        action={confirmRegistrationCodeAction}
        id={id}
        hint={bySms ? "6 цифр из SMS. Код действует 10 минут." : "6 цифр из письма. Код действует 10 минут."}
      />
      <form action={resendRegistrationCodeAction} className="mt-2">
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="secondary">Получить новый код</SubmitButton>
      </form>
      <p className="mt-4">
        <Link href={`${MOCK_PATH}/registration`} className="text-[#0d4cd3] underline">
          {bySms ? "Изменить номер телефона" : "Изменить адрес почты"}
        </Link>
      </p>
      <OutboxNote />
    </>
  );
}
