import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { config } from "@/lib/config";
import { prisma } from "@/lib/db/runtime";
import { normalizeMobilePhone } from "@/lib/validation/contact";

export const metadata: Metadata = {
  title: "Исходящие сообщения (разработка)",
  robots: { index: false, follow: false },
};

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Europe/Moscow",
});

const SHOWN = 200;
const CHANNELS: Record<string, string> = { email: "Электронная почта", sms: "SMS" };
const DELIVERY: Record<string, string> = {
  queued: "в очереди",
  sending: "отправляется",
  sent: "доставлено",
  failed: "не доставлено",
};

// Local development only (DEV_OUTBOX_ENABLED): the e-mails and SMS the portal "sent", which a
// delivery gateway would take in production. Anywhere else the address does not exist. Each message
// shows its text before its recipient, so the first code on the page is the code (tests read it so).
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const settings = config();
  // Start-up already refuses the combination; the page checks again rather than trust that.
  if (!settings.DEV_OUTBOX_ENABLED || (settings.NODE_ENV === "production" && !settings.DEV_OUTBOX_ALLOW_IN_PRODUCTION))
    notFound();
  const { recipient: raw } = await searchParams;
  const recipient = typeof raw === "string" ? raw.trim() : "";
  const phone = recipient ? normalizeMobilePhone(recipient) : null;
  const where: Prisma.OutboxMessageWhereInput = recipient
    ? { OR: [{ recipient: { contains: recipient, mode: "insensitive" } }, ...(phone ? [{ recipient: phone }] : [])] }
    : {};
  const messages = await (
    await prisma()
  ).outboxMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: SHOWN });
  return (
    <>
      <h1 className="text-2xl font-bold">Исходящие сообщения</h1>
      <p className="mt-3 max-w-3xl rounded border-2 border-amber-600 bg-amber-50 p-3">
        Страница для разработки и тестирования: письма и SMS, которые портал отправил бы получателям. В рабочей среде
        она отключена.
      </p>
      <form
        method="get"
        action="/dev/outbox"
        role="search"
        aria-label="Отбор по получателю"
        className="mt-4 flex flex-wrap items-end gap-3"
      >
        <div className="w-full max-w-md">
          <label htmlFor="outbox-recipient" className="block font-semibold">
            Получатель
          </label>
          <p id="outbox-recipient-hint" className="text-sm text-slate-600">
            Электронная почта или номер телефона, полностью или частично
          </p>
          <input
            id="outbox-recipient"
            name="recipient"
            type="search"
            defaultValue={recipient}
            aria-describedby="outbox-recipient-hint"
            className="mt-1 block w-full rounded border-2 border-slate-500 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Показать
        </button>
        {recipient ? (
          <Link href="/dev/outbox" className="px-2 py-2.5 text-brand-800 underline">
            Все сообщения
          </Link>
        ) : null}
      </form>
      <p className="mt-6" role="status">
        {messages.length === 0
          ? recipient
            ? "Сообщений этому получателю нет."
            : "Сообщений пока нет."
          : `Сообщений: ${messages.length}${messages.length === SHOWN ? " (последние)" : ""}, новые сверху.`}
      </p>
      {messages.length > 0 ? (
        <ol className="mt-3 space-y-3" aria-label="Исходящие сообщения">
          {messages.map((message) => (
            <li key={message.id} className="rounded border border-slate-300 p-4">
              <article aria-labelledby={`outbox-${message.id}`}>
                <h2 id={`outbox-${message.id}`} className="font-semibold">
                  {message.subject}
                </h2>
                <p className="mt-1 whitespace-pre-line break-words">{message.body}</p>
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 text-sm text-slate-700">
                  <dt>Кому</dt>
                  <dd className="break-all">{message.recipient}</dd>
                  <dt>Канал</dt>
                  <dd>{CHANNELS[message.channel] ?? message.channel}</dd>
                  <dt>Доставка</dt>
                  <dd>
                    {DELIVERY[message.status] ?? message.status}
                    {message.transport && message.transport !== "outbox"
                      ? ` (${message.transport === "smtp" ? "почтовый сервер" : "шлюз SMS"})`
                      : ""}
                  </dd>
                  <dt>Отправлено</dt>
                  <dd>
                    <time dateTime={message.createdAt.toISOString()}>{dateTime.format(message.createdAt)}</time>
                  </dd>
                </dl>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
