import Link from "next/link";

export const PORTAL_NAME = "Портал государственных и муниципальных услуг Республики Татарстан";

export function SiteHeader() {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-base font-semibold leading-snug sm:text-lg hover:underline">
          {PORTAL_NAME}
        </Link>
        <nav aria-label="Основная навигация">
          <Link
            href="/login"
            className="inline-block rounded border-2 border-white px-4 py-1.5 font-semibold hover:bg-white hover:text-brand-800"
          >
            Войти
          </Link>
        </nav>
      </div>
    </header>
  );
}
