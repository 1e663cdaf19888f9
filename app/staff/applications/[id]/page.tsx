import type { Metadata } from "next";
import Link from "@/components/link";
import { CHANNEL_LABELS } from "@/lib/dashboard/figures";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { REFUSAL_REASONS, reasonText, type ReasonCode } from "@/lib/benefits/reasons";
import { CONFLICT_MESSAGE } from "@/lib/casework/commands";
import { isOverdue } from "@/lib/casework/deadlines";
import { documentsFor } from "@/lib/casework/documents";
import { rublesInputValue } from "@/lib/casework/forms";
import { ACTOR_NAMES, formatAmount, formatDateTime, formatDue, sinceMonth, statusLabel } from "@/lib/casework/labels";
import { viewApplication } from "@/lib/casework/service";
import { prisma } from "@/lib/db/runtime";
import { isEsiaLevel, LEVEL_TITLES } from "@/lib/esia/assurance";
import { todayInMoscow } from "@/lib/validation/calendar-date";
import {
  approveAction,
  reassignAction,
  rejectAction,
  requestDocumentsAction,
  resumeReviewAction,
  takeIntoWorkAction,
} from "./actions";
import {
  ApproveForm,
  ReassignForm,
  RejectForm,
  RequestDocumentsForm,
  ResumeReviewForm,
  TakeIntoWorkForm,
} from "./decision-forms";

export const metadata: Metadata = { title: "Заявление" };

const DONE: Record<string, string> = {
  takeIntoWork: "Заявление взято в работу и назначено вам.",
  requestDocuments: "Документы запрошены, рассмотрение приостановлено. Заявитель получил уведомление.",
  resumeReview: "Рассмотрение продолжено.",
  approve: "Положительное решение принято. Заявитель получил уведомление.",
  reject: "Решение об отказе принято. Заявитель получил уведомление.",
  reassign: "Исполнитель назначен.",
  registerPaper: "Заявление на бумаге зарегистрировано и поставлено в очередь.",
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-x-4 border-b border-slate-200 py-1.5 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The applicant's language, for staff (in Russian): notices go to the applicant in it. */
const APPLICANT_LANGUAGE = { ru: "русский", tt: "татарский" } as const;

/** One application of the caseworker's territory; any other id answers 404 (lib/casework/guard.ts). */
export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: idText } = await params;
  const flags = await searchParams;
  const id = /^\d{1,10}$/.test(idText) ? Number(idText) : NaN;
  const { staff } = await requireStaff(`/staff/applications/${idText}`);
  const application = await viewApplication(await prisma(), staff, { ip: (await requestMeta()).ip }, id);
  if (!application) notFound();

  const today = todayInMoscow();
  const overdue = isOverdue(application.status, application.decisionDue, today);
  const done = typeof flags.done === "string" ? DONE[flags.done] : undefined;
  const conflict = typeof flags.conflict === "string";
  const can = (action: string) => application.actions.includes(action as never);
  const common = { applicationId: application.id, version: application.version };
  const eligibility = application.eligibility;
  const prefill = application.prefill;

  return (
    <>
      <p>
        <Link href="/staff/queue" className="text-brand-800 underline">
          ← Очередь заявлений
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Заявление № {application.number}</h1>
      <p className="mt-1 text-lg">{application.serviceTitle}</p>

      {done ? (
        <div role="status" className="mt-4 rounded border-l-8 border-green-700 bg-green-50 p-4 font-semibold">
          {done}
        </div>
      ) : null}
      {conflict ? (
        <div role="alert" className="mt-4 rounded border-4 border-red-700 p-4">
          <h2 className="text-lg font-bold">Конфликт изменений</h2>
          <p className="mt-2">{CONFLICT_MESSAGE}</p>
        </div>
      ) : null}

      <dl className="mt-6 max-w-4xl">
        <Row label="Статус">
          <span data-testid="application-status">{statusLabel(application.status)}</span>
        </Row>
        <Row label="Заявитель">{application.applicantName}</Row>
        <Row label="Язык заявителя">
          {application.applicantLocale === null
            ? "не указан (нет личного кабинета)"
            : APPLICANT_LANGUAGE[application.applicantLocale]}
        </Row>
        <Row label="Территориальный орган">{application.territoryName}</Row>
        <Row label="Дата подачи">{application.submittedAt ? formatDateTime(application.submittedAt) : "—"}</Row>
        <Row label="Канал поступления">{CHANNEL_LABELS[application.channel]}</Row>
        <Row label="Срок решения">
          {formatDue(application.decisionDue)}
          {overdue ? (
            <span className="ml-2 inline-block rounded bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">
              Просрочено
            </span>
          ) : null}
          {application.status === "docs_requested" ? (
            <span className="ml-2 text-slate-700">(срок приостановлен до представления документов)</span>
          ) : null}
        </Row>
        <Row label="Исполнитель">{application.assignedStaff?.fullName ?? "не назначен"}</Row>
        {application.decidedAt ? <Row label="Дата решения">{formatDateTime(application.decidedAt)}</Row> : null}
        {application.amountKopecks !== null &&
        (application.status === "approved" || application.status === "assigned") ? (
          <Row label="Назначенный размер выплаты">{formatAmount(application.amountKopecks)} в месяц</Row>
        ) : null}
        <Row label="Уровень учетной записи ЕСИА">
          {isEsiaLevel(application.esiaLevel)
            ? LEVEL_TITLES[application.esiaLevel]
            : (application.esiaLevel ?? "не указан")}
          {application.esiaFieldCount > 0 ? (
            <span className="block text-sm text-slate-700">
              Полей, заполненных из ЕСИА: {application.esiaFieldCount} (отмечены ниже)
            </span>
          ) : null}
        </Row>
      </dl>

      {application.actions.length > 0 || application.assignees.length > 0 ? (
        <section aria-labelledby="actions-title" className="mt-8">
          <h2 id="actions-title" className="text-xl font-bold">
            Действия
          </h2>
          {application.documentsRequest &&
          (application.status === "docs_requested" || application.status === "docs_provided") ? (
            <div className="mt-2 rounded bg-slate-100 p-4">
              <p className="font-semibold">Запрошены документы ({formatDateTime(application.documentsRequest.at)}):</p>
              <ul className="list-disc pl-5">
                {application.documentsRequest.requestedDocuments.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ul>
              <p className="mt-1">Сообщение заявителю: {application.documentsRequest.message}</p>
            </div>
          ) : null}
          {can("takeIntoReview") ? (
            <TakeIntoWorkForm {...common} number={application.number} action={takeIntoWorkAction} />
          ) : null}
          {can("resumeReview") ? (
            <ResumeReviewForm {...common} number={application.number} action={resumeReviewAction} />
          ) : null}
          {can("requestDocuments") ? (
            <RequestDocumentsForm
              {...common}
              documents={documentsFor(application.serviceId).map(({ code, title }) => ({ code, title }))}
              action={requestDocumentsAction}
            />
          ) : null}
          {can("approve") ? (
            <ApproveForm
              {...common}
              action={approveAction}
              prefill={{
                amount: prefill.amountKopecks === null ? "" : rublesInputValue(prefill.amountKopecks),
                startMonth: prefill.startMonth ?? "",
                months: prefill.months === null ? "" : String(prefill.months),
              }}
            />
          ) : null}
          {can("reject") ? (
            <RejectForm
              {...common}
              action={rejectAction}
              reasons={Object.entries(REFUSAL_REASONS).map(([code, reason]) => ({ code, text: reason.text }))}
            />
          ) : null}
          {application.assignees.length > 0 &&
          !["returned", "assigned", "rejected", "withdrawn"].includes(application.status) ? (
            <ReassignForm
              {...common}
              action={reassignAction}
              assignees={application.assignees}
              current={application.assignedStaff?.id ?? null}
            />
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="eligibility-title" className="mt-8">
        <h2 id="eligibility-title" className="text-xl font-bold">
          Расчет по правилам
        </h2>
        {eligibility ? (
          <>
            <p className="mt-2 font-semibold">
              {eligibility.eligible === true
                ? `Право есть. Размер выплаты: ${formatAmount(eligibility.amountKopecks)} в месяц`
                : eligibility.eligible === false
                  ? "По данным заявления права на выплату нет"
                  : "Размер выплаты определяет специалист"}
              {eligibility.period
                ? `, ${sinceMonth(eligibility.period.start)} на ${eligibility.period.months} мес.`
                : ""}
            </p>
            {eligibility.refusalReasons.length ? (
              <ul className="mt-1 list-disc pl-5">
                {eligibility.refusalReasons.map((code) => (
                  <li key={code}>{reasonText(code)}</li>
                ))}
              </ul>
            ) : null}
            <h3 className="mt-3 font-semibold">
              Как рассчитано{eligibility.referenceDate ? ` (на ${formatDue(eligibility.referenceDate)})` : ""}
            </h3>
            <ol className="mt-1 list-decimal pl-5">
              {eligibility.explanation.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
            {eligibility.uncertain ? (
              <p className="mt-2 text-amber-800">
                В расчете использованы значения справочников, требующие подтверждения.
              </p>
            ) : null}
          </>
        ) : (
          <p className="mt-2">Расчет не выполнялся.</p>
        )}
      </section>

      <section aria-labelledby="answers-title" className="mt-8">
        <h2 id="answers-title" className="text-xl font-bold">
          Сведения заявления
        </h2>
        {application.sections.map((section) => (
          <section key={section.stepId} aria-labelledby={`step-${section.stepId}`} className="mt-4">
            <h3 id={`step-${section.stepId}`} className="text-lg font-semibold">
              {section.title}
            </h3>
            {section.rows.length === 0 ? (
              <p className="text-slate-700">Не заполнено</p>
            ) : (
              <dl className="max-w-4xl">
                {section.rows.map((row, index) => (
                  <Row key={`${row.label}-${index}`} label={row.label}>
                    {row.value || "—"}
                    {row.fromEsia ? (
                      <span className="ml-2 inline-block rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
                        из ЕСИА
                      </span>
                    ) : null}
                  </Row>
                ))}
              </dl>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="attachments-title" className="mt-8">
        <h2 id="attachments-title" className="text-xl font-bold">
          Вложения
        </h2>
        {application.attachments.length === 0 ? (
          <p className="mt-2">Вложений нет.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {application.attachments.map((file) => (
              <li key={file.id}>
                <span className="font-semibold">{file.slotLabel}:</span> {file.fileName} (
                {Math.max(1, Math.round(file.size / 1024))} КБ, {formatDateTime(file.createdAt)}
                {file.uploadedBy === "applicant" ? ", загрузил заявитель" : ""}){" "}
                <a
                  href={`/staff/applications/${application.id}/attachments/${file.id}?view=1`}
                  className="text-brand-800 underline"
                  target="_blank"
                  rel="noopener"
                >
                  Открыть<span className="sr-only"> {file.fileName}</span>
                </a>{" "}
                <a
                  href={`/staff/applications/${application.id}/attachments/${file.id}`}
                  className="text-brand-800 underline"
                  download
                >
                  Скачать<span className="sr-only"> {file.fileName}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-xl font-bold">
          История статусов
        </h2>
        {application.history.length === 0 ? <p className="mt-2">Записей нет.</p> : null}
        {/* A narrow screen scrolls the table in its own box (focusable, for the keyboard), not the page. */}
        <div
          className={`mt-2 overflow-x-auto ${application.history.length === 0 ? "hidden" : ""}`}
          role="region"
          aria-label="Таблица истории статусов"
          tabIndex={0}
        >
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  Когда
                </th>
                <th scope="col" className="p-2">
                  Статус
                </th>
                <th scope="col" className="p-2">
                  Кто
                </th>
                <th scope="col" className="p-2">
                  Подробности
                </th>
              </tr>
            </thead>
            <tbody>
              {application.history.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{formatDateTime(entry.at)}</td>
                  <td className="p-2">
                    {entry.fromStatus ? `${statusLabel(entry.fromStatus)} → ` : ""}
                    {statusLabel(entry.toStatus)}
                  </td>
                  <td className="p-2">
                    {entry.actorName}
                    {entry.actor === "caseworker" || entry.actor === "supervisor"
                      ? ` (${ACTOR_NAMES[entry.actor]})`
                      : ""}
                  </td>
                  <td className="p-2">
                    {entry.reasonCode ? (
                      <span className="block">Причина: {reasonText(entry.reasonCode as ReasonCode)}</span>
                    ) : null}
                    {entry.comment ? <span className="block">Комментарий: {entry.comment}</span> : null}
                    {Array.isArray(entry.details.requestedDocuments) ? (
                      <span className="block">
                        Запрошено: {(entry.details.requestedDocuments as unknown[]).map(String).join("; ")}
                      </span>
                    ) : null}
                    {typeof entry.details.message === "string" ? (
                      <span className="block">Сообщение: {entry.details.message}</span>
                    ) : null}
                    {typeof entry.details.amountKopecks === "number" ? (
                      <span className="block">
                        Размер: {formatAmount(entry.details.amountKopecks)} в месяц
                        {typeof entry.details.startMonth === "string"
                          ? `, ${sinceMonth(entry.details.startMonth)}`
                          : ""}
                        {typeof entry.details.months === "number" ? ` на ${entry.details.months} мес.` : ""}
                      </span>
                    ) : null}
                    {typeof entry.details.decisionDue === "string" ? (
                      <span className="block">Срок решения перенесен на {formatDue(entry.details.decisionDue)}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
