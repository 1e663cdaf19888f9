import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { ATTACHMENT_SLOTS, type AttachmentSlot } from "@/lib/applications/attachments";
import { parseApplication } from "@/lib/applications/application-data";
import { missingAttachments } from "@/lib/applications/attachment-slots";
import { applicationAnswers } from "@/lib/applications/repository";
import { STEP_TITLES, stepsOf } from "@/lib/applications/steps";
import { applicationSummary } from "@/lib/applications/summary";
import { isServiceId, serviceById } from "@/lib/benefits/services";
import { linkedCabinet, openPaperDraft } from "@/lib/casework/paper";
import { CHANNEL_LABELS } from "@/lib/dashboard/figures";
import { prisma } from "@/lib/db/runtime";
import { formatRussianDate } from "@/lib/validation/calendar-date";
import { deletePaperDraftAction, registerPaperAction } from "./actions";

export const metadata: Metadata = { title: "Регистрация заявления на бумаге" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every step entered, what is missing, whose cabinet it will join, and «Зарегистрировать заявление». */
export default async function PaperApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { staff } = await requireStaff(`/staff/paper-applications/${id}`);
  const db = await prisma();
  const draft = await openPaperDraft(db, staff, { ip: (await requestMeta()).ip }, Number(id));
  if (!draft || !isServiceId(draft.serviceId)) notFound();
  const serviceId = draft.serviceId;
  const answers = applicationAnswers(draft);
  const parsed = parseApplication(serviceId, answers);
  const missing = parsed.ok ? missingAttachments(serviceId, parsed.data.applicant.role, draft.attachments) : [];
  const cabinet = parsed.ok ? await linkedCabinet(db, parsed.data.applicant.snils) : null;
  const stepLink = (step: string) => `/staff/paper-applications/${draft.id}/step/${step}`;
  const ready = parsed.ok && missing.length === 0;
  return (
    <>
      <p className="text-sm text-slate-600">{serviceById(serviceId).title}</p>
      <h1 className="text-2xl font-bold">Регистрация заявления на бумаге</h1>
      <p className="mt-1">
        {CHANNEL_LABELS[draft.channel]}, поступило {draft.receivedOn ? formatRussianDate(draft.receivedOn) : "—"}.
      </p>
      {!ready ? (
        <div
          role={query.incomplete ? "alert" : undefined}
          className="mt-6 max-w-2xl rounded border-4 border-red-700 p-4"
        >
          <h2 className="text-lg font-bold">Заявление введено не полностью</h2>
          <ul className="mt-2 list-disc pl-5">
            {(parsed.ok ? ["attachments" as const] : parsed.invalidSteps).map((step) => (
              <li key={step}>
                <Link href={stepLink(step)} className="text-red-800 underline">
                  Заполните шаг «{STEP_TITLES[step]}»
                </Link>
              </li>
            ))}
            {missing.map((slot) => (
              <li key={slot}>Прикрепите скан: {ATTACHMENT_SLOTS[slot].toLowerCase()}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-6 max-w-3xl space-y-6">
        {applicationSummary(serviceId, answers, []).map((section) => (
          <section
            key={section.stepId}
            aria-labelledby={`paper-${section.stepId}`}
            className="rounded border border-slate-300 p-4"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`paper-${section.stepId}`} className="text-xl font-semibold">
                {section.title}
              </h2>
              <Link href={stepLink(section.stepId)} className="text-brand-800 underline">
                Изменить<span className="sr-only">: {section.title}</span>
              </Link>
            </div>
            <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              {section.rows.map((row, index) => (
                <div key={index} className="contents">
                  <dt className="text-slate-700">{row.label}</dt>
                  <dd className="font-semibold">{row.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section aria-labelledby="paper-attachments" className="rounded border border-slate-300 p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="paper-attachments" className="text-xl font-semibold">
              Сканы документов
            </h2>
            <Link href={stepLink("attachments")} className="text-brand-800 underline">
              Изменить<span className="sr-only">: сканы документов</span>
            </Link>
          </div>
          {draft.attachments.length ? (
            <ul className="mt-2 list-disc pl-5">
              {draft.attachments.map((file) => (
                <li key={file.id}>
                  {ATTACHMENT_SLOTS[file.slot as AttachmentSlot] ?? file.slot}: {file.fileName}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">Сканы не прикреплены</p>
          )}
        </section>
      </div>
      {ready ? (
        <form action={registerPaperAction} className="mt-8 max-w-3xl rounded bg-brand-50 p-4">
          <input type="hidden" name="applicationId" value={draft.id} />
          <p>
            {cabinet
              ? "У заявителя есть личный кабинет, привязанный к ЕСИА, с этим СНИЛС: заявление появится в кабинете, уведомления придут туда."
              : "Личного кабинета, привязанного к ЕСИА, с этим СНИЛС нет: о решении заявителю сообщат так, как указано в заявлении."}{" "}
            Шагов: {stepsOf(serviceId).length}, все заполнены.
          </p>
          <button
            type="submit"
            className="mt-3 rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Зарегистрировать заявление
          </button>
        </form>
      ) : null}
      <section aria-labelledby="delete-draft" className="mt-10 max-w-3xl">
        <h2 id="delete-draft" className="text-lg font-semibold">
          Удаление черновика
        </h2>
        {query.confirm === "delete" ? (
          <form action={deletePaperDraftAction} className="mt-2 rounded border-2 border-red-700 p-4">
            <input type="hidden" name="applicationId" value={draft.id} />
            <p>
              Черновик и прикрепленные сканы будут удалены без возможности восстановления. Заявление не будет
              зарегистрировано.
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <button
                type="submit"
                className="rounded bg-red-700 px-5 py-2.5 font-semibold text-white hover:bg-red-800"
              >
                Да, удалить черновик
              </button>
              <Link href={`/staff/paper-applications/${draft.id}`} className="text-brand-800 underline">
                Отмена
              </Link>
            </div>
          </form>
        ) : (
          <p className="mt-2">
            <Link
              href={`/staff/paper-applications/${draft.id}?confirm=delete#delete-draft`}
              className="text-brand-800 underline"
            >
              Удалить черновик
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
