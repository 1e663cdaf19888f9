import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/runtime";
import { confirmRegistrationAction } from "../actions";
import { ConfirmCodeForm } from "./code-form";

export const metadata: Metadata = { title: "Подтверждение регистрации" };

export default async function ConfirmRegistrationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await searchParams;
  const pending = typeof id === "string" && id ? await prisma().then((db) => db.portalVerification.findUnique({ where: { id } })) : null;
  const usable = pending && pending.purpose === "registration" && !pending.verifiedAt && pending.expiresAt > new Date();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Подтверждение регистрации</h1>
      {usable ? (
        <>
          <p className="mt-3">
            Мы отправили код подтверждения {pending.channel === "sms" ? "в SMS на номер" : "на электронную почту"}{" "}
            <strong className="break-all">{pending.address}</strong>. Введите его, чтобы завершить регистрацию. Код действует 15 минут.
          </p>
          <ConfirmCodeForm action={confirmRegistrationAction} id={pending.id} />
          <p className="mt-6">
            Не пришел код или он устарел?{" "}
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
