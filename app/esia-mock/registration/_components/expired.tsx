import Link from "@/components/link";

/** What a step shows when its pending verification is unknown, used up or out of date. */
export function ExpiredStep({ restartHref, restartLabel }: { restartHref: string; restartLabel: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Срок действия кода истек</h1>
      <p className="mt-3">Код действует 10 минут. Начните заново, и мы отправим новый код.</p>
      <p className="mt-4">
        <Link href={restartHref} className="text-[#0d4cd3] underline">
          {restartLabel}
        </Link>
      </p>
    </>
  );
}

/** The mock's own note: nothing is really sent, the code is in the outbox. */
export function OutboxNote() {
  return (
    <p className="mt-6 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      Это имитатор: SMS и письма никуда не отправляются. Код можно посмотреть в разделе{" "}
      <Link href="/esia-mock/outbox" className="text-[#0d4cd3] underline">
        «Исходящие сообщения»
      </Link>
      .
    </p>
  );
}
