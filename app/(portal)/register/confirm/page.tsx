import type { Metadata } from "next";
import Link from "next/link";
import { codeDelivery, type CodeDelivery } from "@/lib/cabinet/accounts";
import { prisma } from "@/lib/db/runtime";
import { confirmRegistrationAction, resendRegistrationCodeAction } from "../actions";
import { ConfirmCodeForm } from "./code-form";

export const metadata: Metadata = { title: "Подтверждение регистрации" };

// What the person is told about the code's message: it may still be on its way, held up by the
// mail server (the portal keeps trying), or refused for good (the address may be wrong).
function deliveryNotice(delivery: CodeDelivery | null, channel: string): { text: string; alert: boolean } | null {
  const where = channel === "sms" ? "на этот номер" : "на этот адрес";
  if (delivery === "failed")
    return {
      text: `Не удалось доставить код ${where}: ${channel === "sms" ? "оператор связи" : "почтовый сервер получателя"} его не принял. Проверьте ${channel === "sms" ? "номер" : "адрес"} или отправьте код еще раз.`,
      alert: true,
    };
  if (delivery === "delayed")
    return {
      text: `Код пока не удалось отправить ${where}: портал повторит попытку через несколько минут. Можно подождать или отправить код еще раз.`,
      alert: true,
    };
  return null;
}

export default async function ConfirmRegistrationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, resent, resend } = await searchParams;
  const db = await prisma();
  const pending = typeof id === "string" && id ? await db.portalVerification.findUnique({ where: { id } }) : null;
  const usable = pending && pending.purpose === "registration" && !pending.verifiedAt && pending.expiresAt > new Date();
  const notice = usable ? deliveryNotice(await codeDelivery(db, pending.id), pending.channel) : null;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Подтверждение регистрации</h1>
      {usable ? (
        <>
          <p className="mt-3">
            Мы отправили код подтверждения {pending.channel === "sms" ? "в SMS на номер" : "на электронную почту"}{" "}
            <strong className="break-all">{pending.address}</strong>. Введите его, чтобы завершить регистрацию. Код
            действует 15 минут.
          </p>
          {resent ? (
            <p role="status" className="mt-3 rounded bg-green-50 p-3">
              Новый код отправлен. Прежний код больше не действует.
            </p>
          ) : null}
          {resend === "refused" ? (
            <p role="alert" className="mt-3 rounded border-2 border-red-700 p-3">
              Слишком много запросов кода. Повторите попытку позже.
            </p>
          ) : null}
          {notice ? (
            <p role="alert" className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3">
              {notice.text}
            </p>
          ) : null}
          <ConfirmCodeForm action={confirmRegistrationAction} id={pending.id} />
          <form action={resendRegistrationCodeAction} className="mt-6">
            <input type="hidden" name="id" value={pending.id} />
            <p>Не пришел код?</p>
            <button
              type="submit"
              className="mt-2 rounded border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
            >
              Отправить код еще раз
            </button>
          </form>
          <p className="mt-6">
            Ошиблись в адресе?{" "}
            <Link href="/register" className="text-brand-800 underline">
              Зарегистрируйтесь заново
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-3">Ссылка на подтверждение устарела или уже использована.</p>
          <p className="mt-3">
            <Link href="/register" className="text-brand-800 underline">
              Начать регистрацию заново
            </Link>{" "}
            или{" "}
            <Link href="/login" className="text-brand-800 underline">
              войти в личный кабинет
            </Link>
            .
          </p>
        </>
      )}
    </div>
  );
}
