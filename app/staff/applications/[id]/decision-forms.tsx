"use client";

import { useActionState, type ReactNode } from "react";
import { Checkbox, ErrorSummary, fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_DECISION, type DecisionState } from "./decision-state";

// The caseworker's action forms. Each posts natively to its server action (JavaScript optional);
// the first press checks the fields and asks «Подтвердить», the second does it. What was typed is
// carried through the confirmation in hidden fields and kept on any error.

type Action = (state: DecisionState, data: FormData) => Promise<DecisionState>;

interface Common {
  action: Action;
  applicationId: number;
  version: number;
}

/**
 * The frame every action form shares: the heading, the error summary, the fields or — once they
 * are right — the question with «Подтвердить» and a way back.
 */
function ActionForm({
  action,
  applicationId,
  version,
  idPrefix,
  title,
  question,
  labels,
  fields,
  summary,
  hidden,
}: Common & {
  idPrefix: string;
  title: string;
  question: string;
  labels?: Record<string, string>;
  fields: (state: DecisionState) => ReactNode;
  summary?: (state: DecisionState) => ReactNode;
  /** Names of the fields to carry through the confirmation. */
  hidden: readonly string[];
}) {
  const [state, formAction] = useActionState(action, EMPTY_DECISION);
  return (
    <section aria-labelledby={`${idPrefix}-title`} className="mt-4 rounded border border-slate-300 p-4">
      <h3 id={`${idPrefix}-title`} className="text-lg font-semibold">
        {title}
      </h3>
      <form action={formAction} noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="version" value={version} />
        <ErrorSummary errors={state.errors} labels={labels} message={state.message} idPrefix={idPrefix} />
        {state.confirm ? (
          <div
            role="group"
            aria-labelledby={`${idPrefix}-question`}
            className="mt-2 rounded border-l-8 border-amber-500 bg-amber-50 p-4"
          >
            <p id={`${idPrefix}-question`} className="font-semibold">
              {question}
            </p>
            {summary?.(state)}
            <input type="hidden" name="confirmed" value="1" />
            {hidden.map((name) =>
              name === "documents" ? (
                (state.lists?.documents ?? []).map((value) => (
                  <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
                ))
              ) : (
                <input key={name} type="hidden" name={name} value={state.values[name] ?? ""} />
              ),
            )}
            <div className="flex flex-wrap items-center gap-6">
              <SubmitButton>Подтвердить</SubmitButton>
              <a href={`/staff/applications/${applicationId}`} className="mt-6 text-brand-800 underline">
                Отменить
              </a>
            </div>
          </div>
        ) : (
          <>
            {fields(state)}
            <SubmitButton variant="secondary">{title}</SubmitButton>
          </>
        )}
      </form>
    </section>
  );
}

export function TakeIntoWorkForm(props: Common & { number: string }) {
  return (
    <ActionForm
      {...props}
      idPrefix="take"
      title="Взять в работу"
      question={`Взять заявление № ${props.number} в работу? Исполнителем будете назначены вы.`}
      fields={() => <p className="mt-2">Заявление будет назначено вам, заявитель получит уведомление.</p>}
      hidden={[]}
    />
  );
}

export function ResumeReviewForm(props: Common & { number: string }) {
  return (
    <ActionForm
      {...props}
      idPrefix="resume"
      title="Продолжить рассмотрение"
      question={`Продолжить рассмотрение заявления № ${props.number}? Срок решения продлится на время приостановки.`}
      fields={() => (
        <p className="mt-2">Заявитель представил документы. Проверьте вложения и продолжите рассмотрение.</p>
      )}
      hidden={[]}
    />
  );
}

export function RequestDocumentsForm(props: Common & { documents: { code: string; title: string }[] }) {
  const titles = new Map(props.documents.map((document) => [document.code, document.title]));
  return (
    <ActionForm
      {...props}
      idPrefix="request"
      title="Запросить документы"
      question="Запросить документы и приостановить рассмотрение? Заявитель увидит запрос в личном кабинете."
      labels={{ documents: "Документы", message: "Сообщение заявителю", otherDocuments: "Другие документы" }}
      hidden={["documents", "otherDocuments", "message"]}
      summary={(state) => (
        <>
          <ul className="mt-2 list-disc pl-5">
            {(state.lists?.documents ?? []).map((code) => (
              <li key={code}>{titles.get(code) ?? code}</li>
            ))}
            {(state.values.otherDocuments ?? "")
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
          <p className="mt-2">Сообщение: {state.values.message}</p>
        </>
      )}
      fields={(state) => (
        <>
          <fieldset
            id={fieldId("documents", "request")}
            className="mt-2"
            aria-describedby={state.errors.documents ? `${fieldId("documents", "request")}-error` : undefined}
          >
            <legend className="font-semibold">Какие документы нужны</legend>
            {state.errors.documents ? (
              <p id={`${fieldId("documents", "request")}-error`} className="mt-1 font-semibold text-red-700">
                <span className="sr-only">Ошибка: </span>
                {state.errors.documents}
              </p>
            ) : null}
            {props.documents.map((document) => (
              <Checkbox
                key={document.code}
                name="documents"
                value={document.code}
                idPrefix={`request-${document.code}`}
                label={document.title}
                defaultChecked={state.lists?.documents?.includes(document.code)}
              />
            ))}
          </fieldset>
          <TextAreaField
            name="otherDocuments"
            idPrefix="request"
            label="Другие документы"
            hint="По одному в строке"
            defaultValue={state.values.otherDocuments}
            error={state.errors.otherDocuments}
          />
          <TextAreaField
            name="message"
            idPrefix="request"
            label="Сообщение заявителю"
            mandatory
            defaultValue={state.values.message}
            error={state.errors.message}
          />
        </>
      )}
    />
  );
}

export function ApproveForm(props: Common & { prefill: { amount: string; startMonth: string; months: string } }) {
  const { prefill } = props;
  return (
    <ActionForm
      {...props}
      idPrefix="approve"
      title="Принять положительное решение"
      question="Принять положительное решение? Заявитель получит уведомление с размером и сроком выплаты."
      labels={{
        amount: "Размер выплаты",
        startMonth: "Начало выплаты",
        months: "Срок выплаты",
        changeReason: "Причина изменения",
      }}
      hidden={["amount", "startMonth", "months", "changeReason"]}
      summary={(state) => (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
          <dt>Размер выплаты в месяц</dt>
          <dd>{state.values.amount} ₽</dd>
          <dt>Начало выплаты</dt>
          <dd>{state.values.startMonth}</dd>
          <dt>Срок, месяцев</dt>
          <dd>{state.values.months}</dd>
          {state.values.changeReason ? (
            <>
              <dt>Причина изменения</dt>
              <dd>{state.values.changeReason}</dd>
            </>
          ) : null}
        </dl>
      )}
      fields={(state) => (
        <>
          <p className="mt-2 text-sm text-slate-700">
            Значения рассчитаны по правилам. Если вы их меняете, укажите причину.
          </p>
          <TextField
            idPrefix="approve"
            name="amount"
            label="Размер выплаты в месяц, ₽"
            inputMode="decimal"
            mandatory
            defaultValue={state.values.amount ?? prefill.amount}
            error={state.errors.amount}
            className="[&_input]:max-w-48"
          />
          <TextField
            idPrefix="approve"
            name="startMonth"
            type="month"
            label="Начало выплаты (месяц)"
            mandatory
            defaultValue={state.values.startMonth ?? prefill.startMonth}
            error={state.errors.startMonth}
            className="[&_input]:max-w-48"
          />
          <TextField
            idPrefix="approve"
            name="months"
            label="Срок выплаты, месяцев"
            inputMode="numeric"
            mandatory
            defaultValue={state.values.months ?? prefill.months}
            error={state.errors.months}
            className="[&_input]:max-w-24"
          />
          <TextAreaField
            idPrefix="approve"
            name="changeReason"
            label="Причина изменения"
            hint="Обязательна, если размер или период отличаются от рассчитанных"
            defaultValue={state.values.changeReason}
            error={state.errors.changeReason}
          />
        </>
      )}
    />
  );
}

export function RejectForm(props: Common & { reasons: { code: string; text: string }[] }) {
  const texts = new Map(props.reasons.map((reason) => [reason.code, reason.text]));
  return (
    <ActionForm
      {...props}
      idPrefix="reject"
      title="Отказать"
      question="Отказать в назначении? Это окончательное решение, заявитель получит уведомление с причиной."
      labels={{ reasonCode: "Причина отказа", comment: "Комментарий для заявителя" }}
      hidden={["reasonCode", "comment"]}
      summary={(state) => (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
          <dt>Причина</dt>
          <dd>{texts.get(state.values.reasonCode ?? "")}</dd>
          <dt>Комментарий</dt>
          <dd>{state.values.comment}</dd>
        </dl>
      )}
      fields={(state) => (
        <>
          <SelectField
            idPrefix="reject"
            name="reasonCode"
            label="Причина отказа"
            defaultValue={state.values.reasonCode ?? ""}
            error={state.errors.reasonCode}
            options={[
              { value: "", label: "Выберите причину" },
              ...props.reasons.map((reason) => ({ value: reason.code, label: reason.text })),
            ]}
          />
          <TextAreaField
            idPrefix="reject"
            name="comment"
            label="Комментарий для заявителя"
            mandatory
            defaultValue={state.values.comment}
            error={state.errors.comment}
          />
        </>
      )}
    />
  );
}

export function ReassignForm(
  props: Common & { assignees: { id: number; fullName: string }[]; current: number | null },
) {
  const names = new Map(props.assignees.map((member) => [String(member.id), member.fullName]));
  return (
    <ActionForm
      {...props}
      idPrefix="reassign"
      title="Назначить исполнителя"
      question="Назначить исполнителя заявления?"
      labels={{ staffId: "Исполнитель" }}
      hidden={["staffId"]}
      summary={(state) => <p className="mt-2">Исполнитель: {names.get(state.values.staffId ?? "")}</p>}
      fields={(state) => (
        <SelectField
          idPrefix="reassign"
          name="staffId"
          label="Исполнитель"
          defaultValue={state.values.staffId ?? (props.current ? String(props.current) : "")}
          error={state.errors.staffId}
          options={[
            { value: "", label: "Выберите сотрудника" },
            ...props.assignees.map((member) => ({ value: String(member.id), label: member.fullName })),
          ]}
        />
      )}
    />
  );
}
