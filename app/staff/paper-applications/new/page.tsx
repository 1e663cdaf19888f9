import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import { SERVICE_IDS } from "@/lib/benefits/services";
import { serviceTitle } from "@/lib/casework/labels";
import { listPaperDrafts, PAPER_CHANNELS } from "@/lib/casework/paper";
import { CHANNEL_LABELS } from "@/lib/dashboard/figures";
import { prisma } from "@/lib/db/runtime";
import { formatRussianDate, todayInMoscow } from "@/lib/validation/calendar-date";
import { startPaperAction } from "./actions";
import { PaperStartForm } from "./paper-start-form";

export const metadata: Metadata = { title: "Заявление на бумаге" };

/**
 * «Заявление на бумаге»: a caseworker enters an application received in person, at the МФЦ or by
 * post, through the citizen's own step forms; unfinished ones are listed to carry on.
 */
export default async function NewPaperApplicationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { staff } = await requireStaff("/staff/paper-applications/new");
  const drafts = await listPaperDrafts(await prisma(), staff, { ip: (await requestMeta()).ip });
  if (!drafts) notFound();
  const today = todayInMoscow();
  return (
    <>
      <h1 className="text-2xl font-bold">Заявление на бумаге</h1>
      {query.deleted === "1" ? (
        <p role="status" className="mt-2 rounded bg-green-50 p-3 text-green-900">
          Черновик удален.
        </p>
      ) : null}
      <p className="mt-1 max-w-3xl text-slate-700">
        Заявление, поданное лично, через МФЦ или почтой, вводится в те же формы, что заполняет заявитель на портале, с
        теми же проверками. После регистрации оно получает номер и попадает в очередь{" "}
        {staff.territoryName ? `(${staff.territoryName})` : ""}; если у заявителя есть личный кабинет, привязанный к
        ЕСИА, с тем же СНИЛС, заявление появится и в кабинете.
      </p>
      <div className="mt-6">
        <PaperStartForm
          action={startPaperAction}
          services={SERVICE_IDS.map((id) => ({ value: id, label: serviceTitle(id) }))}
          channels={PAPER_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
          today={formatRussianDate(today)}
        />
      </div>
      {drafts.length ? (
        <section className="mt-10" aria-labelledby="drafts-title">
          <h2 id="drafts-title" className="text-xl font-bold">
            Незавершенный ввод
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {drafts.map((draft) => {
              const applicant = (draft.answers as { applicant?: { lastName?: string; firstName?: string } }).applicant;
              const name =
                [applicant?.lastName, applicant?.firstName].filter(Boolean).join(" ") || "заявитель не указан";
              return (
                <li key={draft.id}>
                  <Link href={`/staff/paper-applications/${draft.id}`} className="text-brand-800 underline">
                    {serviceTitle(draft.serviceId)}: {name}
                  </Link>{" "}
                  — {CHANNEL_LABELS[draft.channel]}, поступило{" "}
                  {draft.receivedOn ? formatRussianDate(draft.receivedOn) : "—"}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
