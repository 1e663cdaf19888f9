import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { listStaffAccounts } from "@/lib/staff/admin";
import { roleLabel } from "@/lib/staff/navigation";
import { recentLoginAlerts } from "@/lib/staff/sign-in";
import { requireStaffRole } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { staffAccountAction } from "./actions";

export const metadata: Metadata = { title: "Администрирование" };

const dateTime = new Intl.DateTimeFormat("ru-RU", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Moscow",
});

const DONE: Record<string, string> = {
  created: "Учетная запись создана. При первом входе сотрудник сменит пароль и настроит второй фактор.",
  deactivate: "Учетная запись отключена, ее сеансы завершены.",
  reactivate: "Учетная запись снова включена.",
  "reset-second-factor":
    "Второй фактор сброшен, сеансы завершены. При следующем входе сотрудник настроит приложение заново.",
};

const REFUSED: Record<string, string> = {
  deactivate: "Нельзя отключить собственную учетную запись: попросите другого администратора.",
  "reset-second-factor": "Второй фактор собственной учетной записи сбрасывает другой администратор.",
};

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { staff } = await requireStaffRole("/staff/admin", ["administrator"]);
  const { done, refused, id } = await searchParams;
  const accounts = await listStaffAccounts(
    await prisma(),
    { id: staff.id, role: staff.role },
    (await requestMeta()).ip,
  );
  if (!accounts.ok) notFound();
  const subject = accounts.value.find((account) => String(account.id) === id);
  const alerts = await recentLoginAlerts(await prisma());
  return (
    <div>
      <h1 className="text-2xl font-bold">Администрирование</h1>
      <p className="mt-2">
        <Link href="/staff/admin/territories" className="text-brand-800 underline">
          Территории и территориальные органы
        </Link>
      </p>
      <p className="mt-1">
        <Link href="/staff/admin/delivery" className="text-brand-800 underline">
          Доставка сообщений
        </Link>
      </p>
      {done && DONE[done] ? (
        <p role="status" className="mt-4 rounded bg-green-50 p-3">
          {subject ? `«${subject.login}»: ` : ""}
          {DONE[done]}
        </p>
      ) : null}
      {refused && REFUSED[refused] ? (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 p-3">
          {REFUSED[refused]}
        </p>
      ) : null}
      {alerts.length > 0 ? (
        <section aria-labelledby="login-alerts" className="mt-6 rounded border-2 border-amber-600 p-3">
          <h2 id="login-alerts" className="text-xl font-semibold">
            Подбор паролей за последние 7 дней
          </h2>
          <p className="mt-1">
            Вход заблокирован для адреса, с которого пароль вводили неверно слишком много раз. С других адресов
            сотрудник входит как обычно.
          </p>
          <ul className="mt-2 list-disc pl-6">
            {alerts.map((alert) => (
              <li key={`${alert.at.toISOString()}-${alert.subject}`}>
                {dateTime.format(alert.at)}: «{alert.login ?? alert.subject}», адрес {alert.ip ?? "неизвестен"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Сотрудники</h2>
        <Link
          href="/staff/admin/staff/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Добавить сотрудника
        </Link>
      </div>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                Логин
              </th>
              <th scope="col" className="p-2">
                Фамилия, имя, отчество
              </th>
              <th scope="col" className="p-2">
                Роль
              </th>
              <th scope="col" className="p-2">
                Территория
              </th>
              <th scope="col" className="p-2">
                Состояние
              </th>
              <th scope="col" className="p-2">
                Действия
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.value.map((account) => (
              <tr
                key={account.id}
                className="border-b border-slate-300 align-top"
                data-testid={`staff-row-${account.login}`}
              >
                <th scope="row" className="p-2 font-mono font-normal">
                  {account.login}
                </th>
                <td className="p-2">{account.fullName}</td>
                <td className="p-2">{roleLabel(account.role)}</td>
                <td className="p-2">{account.territoryName ?? "—"}</td>
                <td className="p-2">
                  {account.active ? "Включена" : "Отключена"}
                  <span className="block text-sm text-slate-700">
                    {account.enrolled ? "Второй фактор настроен" : "Второй фактор не настроен"}
                  </span>
                </td>
                <td className="p-2">
                  {account.id === staff.id ? (
                    <span className="text-sm text-slate-700">Ваша учетная запись</span>
                  ) : (
                    <div className="flex flex-wrap gap-2">
                      <form action={staffAccountAction}>
                        <input type="hidden" name="staffId" value={account.id} />
                        <input type="hidden" name="operation" value={account.active ? "deactivate" : "reactivate"} />
                        <button
                          type="submit"
                          aria-label={`${account.active ? "Отключить" : "Включить"} ${account.login}`}
                          className="rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                        >
                          {account.active ? "Отключить" : "Включить"}
                        </button>
                      </form>
                      {account.enrolled ? (
                        <form action={staffAccountAction}>
                          <input type="hidden" name="staffId" value={account.id} />
                          <input type="hidden" name="operation" value="reset-second-factor" />
                          <button
                            type="submit"
                            aria-label={`Сбросить второй фактор ${account.login}`}
                            className="rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                          >
                            Сбросить второй фактор
                          </button>
                        </form>
                      ) : null}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
