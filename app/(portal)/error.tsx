"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Произошла ошибка</h1>
      <p className="mt-3">
        Не удалось показать страницу. Попробуйте ещё раз через несколько минут. Если ошибка повторяется, позвоните в
        службу поддержки и назовите код ошибки.
      </p>
      {error.digest ? <p className="mt-3">Код ошибки: {error.digest}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          Повторить
        </button>
        <Link href="/" className="px-4 py-2 text-brand-800 underline">
          На главную
        </Link>
      </div>
    </>
  );
}
