import type { Metadata } from "next";
import Link from "@/components/link";
import { latestCheck } from "@/lib/esia-mock/accounts";
import { CHECK_TITLES } from "@/lib/esia-mock/checks";
import { LEVEL_TITLES } from "@/lib/esia-mock/levels";
import { mockDb, requireAccount } from "../../_lib/mock";
import { DataSteps } from "../_components/steps";

export const metadata: Metadata = { title: "Проверка личных данных" };

const link = "text-[#0d4cd3] underline";
const button = "inline-block rounded bg-[#0d4cd3] px-5 py-2.5 font-semibold text-white hover:bg-blue-800";

function outcomeText(result: string | null): { text: string; mark: string; className: string } {
  if (result === "passed") return { text: "проверка пройдена", mark: "✓", className: "text-green-800" };
  if (result === "failed") return { text: "проверка не пройдена", mark: "✗", className: "text-red-700" };
  return { text: "выполняется", mark: "…", className: "text-slate-700" };
}

/**
 * «Проверка личных данных» (seed 004): the two automatic checks and their outcome. While they run,
 * the page reloads itself every 2 seconds by a meta refresh, so it works without JavaScript too.
 */
export default async function ChecksPage() {
  const { account } = await requireAccount();
  const check = await latestCheck(await mockDb(), account.id);
  return (
    <>
      <p>
        <Link href="/esia-mock/profile" className={link}>
          ← Личный кабинет
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Проверка личных данных</h1>
      <DataSteps
        current={check?.status === "passed" ? 3 : 2}
        check={(check?.status as "passed" | "failed" | "verifying" | undefined) ?? null}
      />
      {!check ? (
        <p className="mt-6">
          Вы еще не отправляли личные данные на проверку.{" "}
          <Link href="/esia-mock/profile/personal-data" className={link}>
            Заполнить личные данные
          </Link>
        </p>
      ) : (
        <>
          {check.status === "verifying" ? <meta httpEquiv="refresh" content="2" /> : null}
          <h2 className="mt-6 text-lg font-semibold">Автоматическая проверка личных данных</h2>
          <ul className="mt-3 space-y-2">
            {(["pfr", "fms"] as const).map((which) => {
              const outcome = outcomeText(
                check.status === "verifying" ? null : which === "pfr" ? check.pfrResult : check.fmsResult,
              );
              return (
                <li key={which} className="flex gap-2">
                  <span aria-hidden="true" className={`w-4 font-bold ${outcome.className}`}>
                    {outcome.mark}
                  </span>
                  <span>
                    {CHECK_TITLES[which]}: <span className={`font-semibold ${outcome.className}`}>{outcome.text}</span>
                  </span>
                </li>
              );
            })}
          </ul>

          {check.status === "verifying" ? (
            <div role="status" className="mt-6 rounded bg-slate-100 p-4">
              <p className="font-semibold">Идет проверка ваших личных данных в государственных ведомствах.</p>
              <p className="mt-1">
                Страница обновится сама, когда появится результат. Можно закрыть ее: о результате мы сообщим по SMS или
                электронной почте.
              </p>
            </div>
          ) : check.status === "passed" ? (
            <div role="status" className="mt-6 rounded border-2 border-green-700 bg-green-50 p-4">
              <h2 className="text-lg font-semibold">Проверка ваших личных данных завершена</h2>
              <p className="mt-1">
                Ваши личные данные проверены. Уровень учетной записи — <strong>{LEVEL_TITLES[account.level]}</strong>:
                вам доступен расширенный перечень государственных услуг.
              </p>
              {account.level === "standard" ? (
                <>
                  <p className="mt-2">
                    Для получения ряда услуг требуется осуществить подтверждение вашей личности. Вы можете перейти к
                    процедуре подтверждения личности прямо сейчас, либо осуществить эту процедуру позже.
                  </p>
                  <p className="mt-4 flex flex-wrap items-center gap-4">
                    <Link href="/esia-mock/profile/confirm" className={button}>
                      Перейти к подтверждению личности
                    </Link>
                    <Link href="/esia-mock/profile" className={link}>
                      Вернуться в личный кабинет
                    </Link>
                  </p>
                </>
              ) : (
                <p className="mt-4">
                  <Link href="/esia-mock/profile" className={link}>
                    Вернуться в личный кабинет
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <div role="alert" className="mt-6 rounded border-4 border-red-700 p-4">
              <h2 className="text-lg font-semibold">Проверка личных данных завершилась ошибкой</h2>
              <p className="mt-1">
                {account.level === "simplified"
                  ? "Стандартная учетная запись не создана."
                  : "Данные учетной записи не изменены."}
              </p>
              {check.reason ? (
                <p className="mt-2" data-testid="check-reason">
                  {check.reason}
                </p>
              ) : null}
              <p className="mt-2">
                Убедитесь, что все данные введены корректно, в том числе без опечаток. Если обнаружена ошибка, нажмите
                «Исправить данные» и отправьте данные на проверку еще раз.
              </p>
              <p className="mt-4">
                <Link href="/esia-mock/profile/personal-data" className={button}>
                  Исправить данные
                </Link>
              </p>
            </div>
          )}
        </>
      )}
    </>
  );
}
