import type { Metadata } from "next";
import Link from "@/components/link";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { DEMO_PASSWORD, PERSONAS } from "@/lib/esia-mock/personas";
import { logInAction, logInAsPersonaAction } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { request, loggedOut, problem } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Вход</h1>
      {request ? <p className="mt-2">для доступа к порталу государственных и муниципальных услуг</p> : null}
      {loggedOut ? (
        <p className="mt-3 rounded bg-slate-100 p-3" role="status">
          Вы вышли из учетной записи.
        </p>
      ) : null}
      {problem ? (
        <p className="mt-3 rounded border-2 border-red-700 p-3" role="alert">
          {problem}
        </p>
      ) : null}
      <LoginForm action={logInAction} request={request} />
      <p className="mt-6">
        Нет учетной записи?{" "}
        <Link
          href={`/esia-mock/registration${request ? `?request=${encodeURIComponent(request)}` : ""}`}
          className="text-[#0d4cd3] underline"
        >
          Зарегистрируйтесь
        </Link>
      </p>

      <section aria-labelledby="personas-heading" className="mt-10 rounded border border-slate-300 p-4">
        <h2 id="personas-heading" className="text-lg font-semibold">
          Тестовые учетные записи
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Только в имитаторе: вход одной кнопкой. Пароль каждой записи для обычного входа — <code>{DEMO_PASSWORD}</code>
          .
        </p>
        <ul className="mt-3 space-y-2">
          {PERSONAS.map((persona) => (
            <li key={persona.key}>
              <form action={logInAsPersonaAction} className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="personaKey" value={persona.key} />
                {request ? <input type="hidden" name="request" value={request} /> : null}
                <button
                  type="submit"
                  data-persona={persona.key}
                  className="rounded border-2 border-[#0d4cd3] px-3 py-1 text-left font-semibold text-[#0d4cd3] hover:bg-blue-50"
                >
                  {`Войти как ${persona.lastName} ${persona.firstName}`}
                </button>
                <span className="text-sm text-slate-700">
                  {LEVEL_TITLES[persona.level]} · {persona.title}
                </span>
              </form>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
