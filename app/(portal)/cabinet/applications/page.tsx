import type { Metadata } from "next";
import Link from "@/components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { SubmitButton } from "@/components/forms/submit-button";
import { listOwnApplications } from "@/lib/applications/repository";
import { stepsOf } from "@/lib/applications/steps";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { formatDate } from "@/lib/i18n/format";
import { parseLocale } from "@/lib/i18n/locales";
import { prisma } from "@/lib/db/runtime";
import { deleteDraftAction } from "./[id]/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications"))("title") };
}

// The cabinet's list: drafts to continue, sent applications with their status.
export default async function ApplicationsPage() {
  const { user } = await requireUser("/cabinet/applications");
  const applications = (await listOwnApplications(await prisma(), user.id)).filter((a) => isServiceId(a.serviceId));
  const t = await getTranslations("applications");
  const statusName = await getTranslations("status");
  const serviceName = await getTranslations("service");
  const locale = parseLocale(await getLocale());
  if (applications.length === 0) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <section aria-labelledby="applications-empty" className="mt-6 max-w-2xl rounded border border-slate-300 p-6">
          <h2 id="applications-empty" className="text-lg font-semibold">
            {t("emptyHeading")}
          </h2>
          <p className="mt-2">{t("emptyText")}</p>
          <p className="mt-4">
            <Link
              href="/"
              className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              {t("toCatalogue")}
            </Link>
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="mt-6 max-w-3xl space-y-4">
        {applications.map((application) => {
          const service = serviceById(application.serviceId as Parameters<typeof serviceById>[0]);
          const draft = application.status === "draft";
          const total = stepsOf(service.id).length;
          return (
            <li key={application.id} className="rounded border border-slate-300 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/cabinet/applications/${application.id}`} className="text-brand-800 underline">
                  {draft
                    ? t("draft", { service: serviceName(`${service.id}.shortTitle`) })
                    : t("application", {
                        number: application.number ?? "",
                        service: serviceName(`${service.id}.shortTitle`),
                      })}
                </Link>
              </h2>
              <p className="mt-1">
                {t("status")} <span className="font-semibold">{statusName(application.status)}</span>
              </p>
              {draft ? (
                <>
                  <p className="text-sm text-slate-600">
                    {t("progress", {
                      done: application.completedSteps.length,
                      total,
                      date: formatDate(locale, application.updatedAt),
                    })}
                  </p>
                  <div className="flex flex-wrap items-center gap-4">
                    <Link
                      href={`/cabinet/applications/${application.id}`}
                      className="mt-6 inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
                    >
                      {t("continue")}
                    </Link>
                    <form action={deleteDraftAction.bind(null, application.id)}>
                      <SubmitButton variant="secondary">{t("deleteDraft")}</SubmitButton>
                    </form>
                  </div>
                </>
              ) : (
                <p className="text-sm text-slate-600">
                  {t("submittedOn", {
                    date: application.submittedAt ? formatDate(locale, application.submittedAt) : "—",
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
