import type { Metadata } from "next";
import Link from "@/components/link";

export const metadata: Metadata = { title: "Условия использования" };

/** The terms the registration form asks to accept, as the mock's stand-in for the real ones. */
export default function TermsPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Условия использования и Политика конфиденциальности</h1>
      <p className="mt-3">
        Это имитатор Единой системы идентификации и аутентификации (ЕСИА) для разработки и тестов. Он не связан с
        Госуслугами и не передает данные никуда, кроме базы данных этого стенда.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>Не вводите настоящие персональные данные, номера телефонов и пароли.</li>
        <li>Учетные записи, сообщения и проверки здесь ненастоящие и могут быть удалены в любой момент.</li>
        <li>«Отправленные» SMS и письма видны в разделе «Исходящие сообщения» всем, у кого есть доступ к стенду.</li>
      </ul>
      <p className="mt-4">
        <Link href="/esia-mock/registration" className="text-[#0d4cd3] underline">
          Вернуться к регистрации
        </Link>
      </p>
    </>
  );
}
