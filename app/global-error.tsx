"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="ru">
      <body>
        <main>
          <h1>Произошла ошибка</h1>
          <p>Портал временно недоступен. Попробуйте зайти позже.</p>
          {error.digest ? <p>Код ошибки: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
