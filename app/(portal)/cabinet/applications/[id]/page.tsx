import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/auth";
import { ATTACHMENT_SLOTS, type AttachmentSlot } from "@/lib/applications/attachments";
import { applicationAnswers } from "@/lib/applications/repository";
import { openApplication } from "@/lib/applications/service";
import { applicationSummary } from "@/lib/applications/summary";
import { documentsDeadline } from "@/lib/applications/application-status";
import { formatDateTime } from "@/lib/i18n/format";
import { parseLocale } from "@/lib/i18n/locales";
import { formatRubles } from "@/lib/benefits/money";
import { reasonText, type ReasonCode } from "@/lib/benefits/reasons";
import { serviceById } from "@/lib/benefits/services";
import { prisma } from "@/lib/db/runtime";
import { formatRussianDate } from "@/lib/validation/calendar-date";
import { SubmitButton } from "@/components/forms/submit-button";
import { provideDocumentsAction, uploadRequestedDocumentAction, withdrawApplicationAction } from "./actions";
import { formFrameWords } from "./form-frame-words";
import { RequestedDocumentsForms } from "./submit-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("title") };
}

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sent?: string; documents?: string; confirm?: string }>;
};

function monthText(month: string): string {
  const [year, m] = month.split("-");
  return `${m}.${year}`;
}

// The application after sending: status, timeline, the decision, what is asked of the applicant.
export default async function ApplicationPage({ params, searchParams }: Params) {
  const { id } = await params;
  const query = await searchParams;
  const { user } = await requireUser(`/cabinet/applications/${id}`);
  const view = await openApplication(await prisma(), user.id, Number(id));
  if (view.kind === "notFound") notFound();
  if (view.kind === "draft") redirect(view.resumeAt);
  const { application, status, eligibility, request, decision, requestedFiles, canWithdraw } = view;
  const serviceId = application.serviceId;
  const t = await getTranslations("application");
  const statusName = await getTranslations("status");
  const channelName = await getTranslations("channel");
  const serviceName = await getTranslations("service");
  const documentWords = await getTranslations("requestedDocuments");
  const formWords = await getTranslations("form");
  const locale = parseLocale(await getLocale());

  return (
    <>
      <p className="text-sm text-slate-600">{serviceName(`${serviceById(serviceId).id}.title`)}</p>
      <h1 className="text-2xl font-bold">{t("heading", { number: application.number ?? "" })}</h1>
      {query.sent ? (
        <p role="status" className="mt-4 max-w-2xl rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {t("sent", { number: application.number ?? "" })}
        </p>
      ) : null}
      {query.documents ? (
        <p role="status" className="mt-4 max-w-2xl rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {t("documentsSent")}
        </p>
      ) : null}

      <dl className="mt-6 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <dt className="text-slate-700">{t("status")}</dt>
        <dd className="font-semibold" data-testid="application-status">
          {statusName(application.status)}
        </dd>
        <dt className="text-slate-700">{t("submittedAt")}</dt>
        <dd>{application.submittedAt ? formatDateTime(locale, application.submittedAt) : "—"}</dd>
        <dt className="text-slate-700">{t("channel")}</dt>
        <dd data-testid="application-channel">{channelName(application.channel)}</dd>
        <dt className="text-slate-700">{t("body")}</dt>
        <dd>{application.territory?.territorialBody?.name ?? "—"}</dd>
        {application.decisionDue && !status.final && application.status !== "approved" ? (
          <>
            <dt className="text-slate-700">{t("decisionDue")}</dt>
            <dd>{t("notLaterThan", { date: formatRussianDate(application.decisionDue) })}</dd>
          </>
        ) : null}
        {application.status === "approved" || application.status === "assigned" ? (
          <>
            <dt className="text-slate-700">{t("amount")}</dt>
            <dd className="font-semibold" data-testid="approved-amount">
              {application.amountKopecks != null
                ? t("perMonth", { amount: formatRubles(application.amountKopecks) })
                : "—"}
            </dd>
            {decision?.startMonth ? (
              <>
                <dt className="text-slate-700">{t("period")}</dt>
                <dd>
                  {t("from", { month: monthText(decision.startMonth) })}
                  {decision.months ? t("months", { months: decision.months }) : ""}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        {application.status === "rejected" && decision?.reasonCode ? (
          <>
            <dt className="text-slate-700">{t("rejectionReason")}</dt>
            <dd className="font-semibold">{reasonText(decision.reasonCode as ReasonCode)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4">
        <a href={`/cabinet/applications/${application.id}/receipt`} className="text-brand-800 underline">
          {t("receipt")}
        </a>
      </p>

      {application.status === "docs_requested" ? (
        <section
          id="documents"
          aria-labelledby="documents-title"
          className="mt-8 max-w-2xl rounded border-4 border-amber-600 p-4"
        >
          <h2 id="documents-title" className="text-xl font-semibold">
            {t("documentsNeeded")}
          </h2>
          {request?.message ? <p className="mt-2">{request.message}</p> : null}
          {request?.requestedDocuments.length ? (
            <ul className="mt-2 list-disc pl-5">
              {request.requestedDocuments.map((doc) => (
                <li key={doc}>{doc}</li>
              ))}
            </ul>
          ) : null}
          {request ? (
            <p className="mt-2">
              {t("deadline", { date: formatRussianDate(documentsDeadline(request.at.toISOString(), serviceId).date) })}
            </p>
          ) : null}
          {requestedFiles.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("attachedDocuments")}</h3>
              <ul className="list-disc pl-5">
                {requestedFiles.map((file) => (
                  <li key={file.id}>
                    <a
                      href={`/cabinet/applications/${application.id}/attachments/${file.id}`}
                      className="text-brand-800 underline"
                    >
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <RequestedDocumentsForms
            upload={uploadRequestedDocumentAction.bind(null, application.id)}
            provide={provideDocumentsAction.bind(null, application.id, application.version)}
            texts={{
              fileLabel: documentWords("fileLabel"),
              fileHint: documentWords("fileHint"),
              attach: documentWords("attach"),
              send: documentWords("send"),
              frame: formFrameWords(formWords),
            }}
          />
        </section>
      ) : null}

      {eligibility ? (
        <section aria-labelledby="calculation" className="mt-8 max-w-2xl">
          <h2 id="calculation" className="text-xl font-semibold">
            {t("calculation")}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {eligibility.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-slate-700">{t("calculationNote")}</p>
        </section>
      ) : null}

      <section aria-labelledby="history" className="mt-8 max-w-2xl">
        <h2 id="history" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <ol className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4">
          {application.events.map((event) => (
            <li key={event.id}>
              <p className="text-sm text-slate-600">{formatDateTime(locale, event.at)}</p>
              <p className="font-semibold">{statusName(event.toStatus)}</p>
              {event.reasonCode ? <p>{t("reason", { reason: reasonText(event.reasonCode as ReasonCode) })}</p> : null}
              {event.comment ? <p>{t("comment", { comment: event.comment })}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <details className="mt-8 max-w-3xl rounded border border-slate-300 p-4">
        <summary className="cursor-pointer text-lg font-semibold">{t("answers")}</summary>
        {applicationSummary(serviceId, applicationAnswers(application), application.esiaFields, locale).map(
          (section) => (
            <section key={section.stepId} className="mt-4">
              <h3 className="font-semibold">{section.title}</h3>
              <dl className="text-sm">
                {section.rows.map((row, index) => (
                  <div key={index}>
                    <dt className="inline text-slate-700">{row.label}: </dt>
                    <dd className="inline">{row.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ),
        )}
        {application.attachments.length ? (
          <section className="mt-4">
            <h3 className="font-semibold">{t("documents")}</h3>
            <ul className="text-sm">
              {application.attachments.map((file) => (
                <li key={file.id}>
                  {ATTACHMENT_SLOTS[file.slot as AttachmentSlot] ?? file.slot}:{" "}
                  <a
                    href={`/cabinet/applications/${application.id}/attachments/${file.id}`}
                    className="text-brand-800 underline"
                  >
                    {file.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </details>

      {canWithdraw ? (
        <section aria-labelledby="withdraw" className="mt-8 max-w-2xl">
          <h2 id="withdraw" className="text-lg font-semibold">
            {t("withdrawHeading")}
          </h2>
          {query.confirm === "withdraw" ? (
            <form action={withdrawApplicationAction.bind(null, application.id, application.version)}>
              <p className="mt-2">{t("withdrawWarning")}</p>
              <SubmitButton>{t("withdrawConfirm")}</SubmitButton>
            </form>
          ) : (
            <p className="mt-2">
              <a
                href={`/cabinet/applications/${application.id}?confirm=withdraw#withdraw`}
                className="text-brand-800 underline"
              >
                {t("withdraw")}
              </a>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
