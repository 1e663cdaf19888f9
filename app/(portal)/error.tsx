"use client";

import Link from "@/components/link";
import { useErrorPageWords } from "@/components/error-page-words";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorPageWords();
  return (
    <>
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p className="mt-3">{words.text}</p>
      {error.digest ? <p className="mt-3">{words.code.replace("{code}", error.digest)}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {words.retry}
        </button>
        <Link href="/" className="px-4 py-2 text-brand-800 underline">
          {words.home}
        </Link>
      </div>
    </>
  );
}
