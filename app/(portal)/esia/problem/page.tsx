import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Вход через ЕСИА не выполнен" };

// Every refusal of the ESIA login has its own explanation; nothing was linked in any of them.
const REASONS: Record<string, { title: string; text: string }> = {
  access_denied: {
    title: "Вы отказались предоставить доступ",
    text: "Вы нажали «Отказать» на странице ЕСИА. Чтобы войти, повторите вход и предоставьте доступ к данным.",
  },
  oid_taken: {
    title: "Учетная запись ЕСИА уже привязана к другому личному кабинету",
    text: "Одна учетная запись ЕСИА может быть привязана только к одному личному кабинету. Войдите в тот кабинет через ЕСИА или отвяжите ее в нем.",
  },
  cabinet_taken: {
    title: "Личный кабинет уже привязан к другой учетной записи ЕСИА",
    text: "Сначала отвяжите текущую учетную запись ЕСИА в настройках, затем установите новую привязку.",
  },
  state_mismatch: {
    title: "Сеанс входа устарел",
    text: "Ответ ЕСИА не относится к входу, начатому в этом браузере, или время ожидания истекло. Начните вход заново.",
  },
  token_invalid: {
    title: "Ответ ЕСИА не прошел проверку",
    text: "Портал не принял ответ ЕСИА: подпись, срок действия или получатель не совпали. Попробуйте войти еще раз; если ошибка повторяется, позвоните в службу поддержки.",
  },
  token_request_failed: {
    title: "ЕСИА не ответила",
    text: "Не удалось получить ответ ЕСИА. Попробуйте войти через несколько минут.",
  },
  person_unavailable: {
    title: "Не удалось получить ваши данные из ЕСИА",
    text: "ЕСИА не предоставила данные. Попробуйте войти через несколько минут.",
  },
  esia_error: {
    title: "ЕСИА сообщила об ошибке",
    text: "Попробуйте войти еще раз. Если ошибка повторяется, позвоните в службу поддержки Госуслуг: 8 (800) 100-70-10.",
  },
  unavailable: {
    title: "Вход через ЕСИА временно недоступен",
    text: "Войдите с помощью электронной почты и пароля или попробуйте позже.",
  },
};

export default async function EsiaProblemPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { reason } = await searchParams;
  const explanation = REASONS[reason ?? ""] ?? REASONS.esia_error!;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{explanation.title}</h1>
      <p className="mt-3">{explanation.text}</p>
      <p className="mt-3">Привязка не изменена.</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/login" className="text-brand-800 underline">
          Ко входу
        </Link>
        <Link href="/cabinet/settings/esia" className="text-brand-800 underline">
          Привязка к ЕСИА
        </Link>
      </p>
    </div>
  );
}
