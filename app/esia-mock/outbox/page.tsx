import type { Metadata } from "next";
import Link from "@/components/link";
import { outbox } from "@/lib/esia-mock/control";
import { normalizeEmail, normalizeMobilePhone } from "@/lib/validation";
import { mockDb } from "../_lib/mock";

export const metadata: Metadata = { title: "Исходящие сообщения" };

const CHANNELS: Record<string, string> = {
  sms: "SMS",
  email: "Электронная почта",
  mail: "Заказное письмо «Почты России»",
};

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "long",
  timeStyle: "medium",
  timeZone: "Europe/Moscow",
});

/** A phone or e-mail as stored (`+79170000001`) however it was typed; any other text as it stands. */
function recipientKey(typed: string): string {
  const text = typed.trim();
  if (/^[\d\s()+.-]+$/.test(text)) return normalizeMobilePhone(text) ?? text;
  if (/^\S+@\S+$/.test(text)) return normalizeEmail(text) ?? text;
  return text;
}

/** The mock's outbox: every SMS, e-mail and registered letter it "sent", newest first. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { recipient: raw } = await searchParams;
  const typed = typeof raw === "string" ? raw : "";
  const recipient = typed.trim() ? recipientKey(typed) : null;
  const messages = await outbox(await mockDb(), recipient, 100);
  return (
    <>
      <h1 className="text-2xl font-bold">Исходящие сообщения</h1>
      <p className="mt-2">
        Имитатор ничего не отправляет: SMS, письма на электронную почту и заказные письма «Почты России» с кодами
        остаются здесь. Новые — сверху, показываются последние 100.
      </p>

      <form
        method="get"
        role="search"
        aria-label="Отбор по получателю"
        className="mt-4 flex flex-wrap items-end gap-x-4"
      >
        <div className="mt-4 min-w-0 flex-1 basis-64">
          <label htmlFor="field-recipient" className="block font-semibold">
            Получатель
          </label>
          <p id="field-recipient-hint" className="text-sm text-slate-600">
            Телефон, адрес электронной почты или почтовый адрес, как в сообщении
          </p>
          <input
            id="field-recipient"
            name="recipient"
            defaultValue={typed}
            aria-describedby="field-recipient-hint"
            className="mt-1 block w-full rounded border-2 border-slate-500 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="mt-4 rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Показать
        </button>
        {recipient ? (
          <Link href="/esia-mock/outbox" className="mt-4 py-2.5 text-[#0d4cd3] underline">
            Показать все
          </Link>
        ) : null}
      </form>

      <p role="status" className="mt-6 font-semibold">
        {recipient ? `Сообщения для «${recipient}»: ${messages.length}` : `Сообщений: ${messages.length}`}
      </p>
      {messages.length === 0 ? (
        <p className="mt-2">Сообщений нет.</p>
      ) : (
        <ol className="mt-3 space-y-3" aria-label="Сообщения, новые сверху">
          {messages.map((message) => (
            <li key={message.id} className="rounded border border-slate-300 p-3" data-testid="outbox-message">
              <p className="text-sm text-slate-700">
                {CHANNELS[message.channel] ?? message.channel} ·{" "}
                <time dateTime={message.createdAt.toISOString()}>{dateTime.format(message.createdAt)}</time>
              </p>
              <p className="mt-1 break-words">
                <span className="font-semibold">Кому:</span> {message.recipient}
              </p>
              <p className="mt-1 font-semibold">{message.subject}</p>
              <p className="mt-1 whitespace-pre-wrap break-words">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
