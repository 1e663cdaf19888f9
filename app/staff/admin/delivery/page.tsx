import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { deliveryOverview } from "@/lib/messaging/admin";
import { requireStaffRole } from "../../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { resendMessageAction } from "./actions";

export const metadata: Metadata = { title: "Доставка сообщений" };

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "Europe/Moscow",
});
const CHANNELS: Record<string, string> = { email: "Эл. почта", sms: "SMS" };
const KINDS: Record<string, string> = {
  registration_code: "Код регистрации",
  reset_code: "Код восстановления пароля",
  status_notice: "Уведомление о заявлении",
  notice: "Уведомление",
};

export default async function DeliveryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { staff } = await requireStaffRole("/staff/admin/delivery", ["administrator"]);
  const { resent, stale } = await searchParams;
  const overview = await deliveryOverview(await prisma(), { id: staff.id, role: staff.role }, (await requestMeta()).ip);
  if (!overview.ok) notFound();
  const { counts, problems } = overview.value;
  const figures: [string, number][] = [
    ["В очереди", counts.queued],
    ["Задержаны (повторная попытка)", counts.delayed],
    ["Отправляются", counts.sending],
    ["Доставлены", counts.sent],
    ["Не доставлены", counts.failed],
  ];
  return (
    <div>
      <p>
        <Link href="/staff/admin" className="text-brand-800 underline">
          ← Администрирование
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Доставка сообщений</h1>
      <p className="mt-2 max-w-3xl">
        Письма и SMS портала: коды регистрации и восстановления пароля, уведомления о заявлениях. Временные сбои (сервер
        недоступен, ответ 4xx) повторяются автоматически с растущими интервалами; отказ получателя (ответ 5xx, неверный
        адрес) и исчерпание попыток отмечают сообщение как недоставленное.
      </p>
      {resent ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3">
          Сообщение № {resent} снова поставлено в очередь.
        </p>
      ) : null}
      {stale ? (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 p-3">
          Сообщение № {stale} уже отправлено или снова в очереди: повторная отправка не нужна.
        </p>
      ) : null}
      <dl
        className="mt-4 grid max-w-xl grid-cols-[1fr_max-content] gap-x-6 gap-y-1"
        aria-label="Сообщения по состоянию"
      >
        {figures.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd className="text-right font-semibold tabular-nums">{value.toLocaleString("ru-RU")}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-xl font-semibold">Недоставленные и задержанные</h2>
      {problems.length === 0 ? (
        <p className="mt-3">Таких сообщений нет.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  №
                </th>
                <th scope="col" className="p-2">
                  Сообщение
                </th>
                <th scope="col" className="p-2">
                  Получатель
                </th>
                <th scope="col" className="p-2">
                  Состояние
                </th>
                <th scope="col" className="p-2">
                  Последняя ошибка
                </th>
                <th scope="col" className="p-2">
                  Действия
                </th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem) => (
                <tr
                  key={problem.id}
                  className="border-b border-slate-300 align-top"
                  data-testid={`message-row-${problem.id}`}
                >
                  <th scope="row" className="p-2 font-normal tabular-nums">
                    {problem.id}
                  </th>
                  <td className="p-2">
                    {KINDS[problem.kind] ?? problem.kind}
                    <span className="block text-sm text-slate-700">{problem.subject}</span>
                  </td>
                  <td className="p-2">
                    {problem.recipient}
                    <span className="block text-sm text-slate-700">{CHANNELS[problem.channel] ?? problem.channel}</span>
                  </td>
                  <td className="p-2">
                    {problem.status === "failed" ? "Не доставлено" : "Задержано"}
                    <span className="block text-sm text-slate-700">
                      попыток: {problem.attempts}
                      {problem.lastAttemptAt ? `, последняя ${dateTime.format(problem.lastAttemptAt)}` : ""}
                    </span>
                  </td>
                  <td className="max-w-xs break-words p-2 text-sm">{problem.lastError ?? "—"}</td>
                  <td className="p-2">
                    {problem.status === "failed" ? (
                      <form action={resendMessageAction}>
                        <input type="hidden" name="messageId" value={problem.id} />
                        <button
                          type="submit"
                          aria-label={`Отправить повторно сообщение № ${problem.id}`}
                          className="rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                        >
                          Отправить повторно
                        </button>
                      </form>
                    ) : (
                      <span className="text-sm text-slate-700">Повторится автоматически</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
