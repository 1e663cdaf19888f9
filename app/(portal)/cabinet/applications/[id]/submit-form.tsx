"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

/** One button; the server sends the application once, however often it is pressed. */
export function SubmitApplicationForm({
  action,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} message={state.message} />
      <SubmitButton>Отправить заявление</SubmitButton>
    </form>
  );
}

/** Upload of a requested document, then «Отправить документы». */
export function RequestedDocumentsForms({
  upload,
  provide,
}: {
  upload: (state: FormState, data: FormData) => Promise<FormState>;
  provide: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [uploadState, uploadAction] = useActionState(upload, EMPTY_FORM);
  const [provideState, provideAction] = useActionState(provide, EMPTY_FORM);
  const error = uploadState.errors.file ?? provideState.errors.file;
  return (
    <>
      <form action={uploadAction} encType="multipart/form-data" className="mt-4" key={uploadState.revision ?? 0}>
        <ErrorSummary errors={{}} message={uploadState.message ?? provideState.message} />
        {uploadState.notice ? (
          <p role="status" className="mt-2 font-semibold text-green-900">
            {uploadState.notice}
          </p>
        ) : null}
        <label htmlFor="field-file" className="block font-semibold">
          Файл с документом
        </label>
        <p id="field-file-hint" className="text-sm text-slate-600">
          PDF, JPG или PNG, не больше 5 МБ
        </p>
        {error ? (
          <p id="field-file-error" className="mt-1 font-semibold text-red-700">
            <span className="sr-only">Ошибка: </span>
            {error}
          </p>
        ) : null}
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png"
          aria-describedby={error ? "field-file-hint field-file-error" : "field-file-hint"}
          className="mt-1 block"
        />
        <SubmitButton variant="secondary">Прикрепить документ</SubmitButton>
      </form>
      <form action={provideAction}>
        <SubmitButton>Отправить документы</SubmitButton>
      </form>
    </>
  );
}
