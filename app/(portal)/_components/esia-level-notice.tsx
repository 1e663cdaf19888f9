import Link from "next/link";
import { LEVEL_TITLES, isEsiaLevel } from "@/lib/esia/assurance";

/**
 * Why the person cannot file online yet, and the way on: log in through ESIA (or link the
 * cabinet to it) and come back to `returnTo` — the service page or the very step of the form.
 */
export function EsiaLevelNotice({ level, returnTo }: { level: string | null | undefined; returnTo: string }) {
  return (
    <div className="mt-3" data-testid="service-access">
      <p className="font-semibold">
        {isEsiaLevel(level)
          ? `Подать заявление нельзя: ваша учетная запись ЕСИА — «${LEVEL_TITLES[level]}».`
          : "Подать заявление нельзя: личный кабинет не привязан к ЕСИА."}
      </p>
      <p className="mt-2">
        Повысьте уровень учетной записи или войдите через ЕСИА с учетной записью нужного уровня. Уровень обновляется при
        каждом входе через ЕСИА.
      </p>
      <div className="mt-3 flex flex-wrap gap-4">
        <a
          href={`/esia/start?intent=${isEsiaLevel(level) ? "login" : "link"}&returnTo=${encodeURIComponent(returnTo)}`}
          className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Войти в личный кабинет через ЕСИА
        </a>
        <Link href="/esia-instruction" className="self-center text-brand-800 underline">
          Как повысить уровень учетной записи
        </Link>
      </div>
    </div>
  );
}
