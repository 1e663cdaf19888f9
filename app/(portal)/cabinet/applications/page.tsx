import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { listOwnApplications } from "@/lib/applications/repository";
import { stepsOf } from "@/lib/applications/steps";
import { STATUS_INFO } from "@/lib/benefits/application-status";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import { deleteDraftAction } from "./[id]/actions";

export const metadata: Metadata = { title: "Мои заявления" };

const date = new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", day: "2-digit", month: "2-digit", year: "numeric" });

// The cabinet's list: drafts to continue, sent applications with their status.
export default async function ApplicationsPage() {
  const { user } = await requireUser("/cabinet/applications");
  const applications = (await listOwnApplications(await prisma(), user.id)).filter((a) => isServiceId(a.serviceId));
  if (applications.length === 0) {
    return (
      <>
        <h1 className="text-2xl font-bold">Мои заявления</h1>
        <section aria-labelledby="applications-empty" className="mt-6 max-w-2xl rounded border border-slate-300 p-6">
          <h2 id="applications-empty" className="text-lg font-semibold">
            У вас пока нет заявлений
          </h2>
          <p className="mt-2">Здесь появятся заявления, которые вы подадите на портале, и их статус. Выберите услугу в каталоге, чтобы подать заявление.</p>
          <p className="mt-4">
            <Link href="/" className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
              Перейти к каталогу услуг
            </Link>
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">Мои заявления</h1>
      <ul className="mt-6 max-w-3xl space-y-4">
        {applications.map((application) => {
          const service = serviceById(application.serviceId as Parameters<typeof serviceById>[0]);
          const draft = application.status === "draft";
          const total = stepsOf(service.id).length;
          return (
            <li key={application.id} className="rounded border border-slate-300 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/cabinet/applications/${application.id}`} className="text-brand-800 underline">
                  {draft ? `Черновик: ${service.shortTitle}` : `Заявление № ${application.number}: ${service.shortTitle}`}
                </Link>
              </h2>
              <p className="mt-1">
                Статус: <span className="font-semibold">{STATUS_INFO[application.status].label}</span>
              </p>
              {draft ? (
                <>
                  <p className="text-sm text-slate-600">
                    Заполнено шагов: {application.completedSteps.length} из {total}. Изменен {date.format(application.updatedAt)}.
                  </p>
                  <div className="flex flex-wrap items-center gap-4">
                    <Link href={`/cabinet/applications/${application.id}`} className="mt-6 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
                      Продолжить заполнение
                    </Link>
                    <form action={deleteDraftAction.bind(null, application.id)}>
                      <SubmitButton variant="secondary">Удалить черновик</SubmitButton>
                    </form>
                  </div>
                </>
              ) : (
                <p className="text-sm text-slate-600">Подано {application.submittedAt ? date.format(application.submittedAt) : "—"}.</p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
