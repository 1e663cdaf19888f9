"use client";

import { useActionState } from "react";
import { ErrorSummary, FormFrameWordsContext, type FormFrameWords } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM, type FormState } from "@/lib/forms/form-state";

// The words come from the server component that renders these forms, in the page's language
// (messages/form/: review.submit, requestedDocuments.*): a few strings as props, no catalogue in the browser.

/** One button; the server sends the application once, however often it is pressed. */
export function SubmitApplicationForm({
  action,
  label,
  frame,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  label: string;
  frame: FormFrameWords;
}) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  return (
    <FormFrameWordsContext.Provider value={frame}>
      <form action={formAction}>
        <ErrorSummary errors={state.errors} message={state.message} />
        <SubmitButton>{label}</SubmitButton>
      </form>
    </FormFrameWordsContext.Provider>
  );
}

export interface RequestedDocumentsTexts {
  fileLabel: string;
  fileHint: string;
  attach: string;
  send: string;
  frame: FormFrameWords;
}

/** Upload of a requested document, then «Отправить документы». */
export function RequestedDocumentsForms({
  upload,
  provide,
  texts,
}: {
  upload: (state: FormState, data: FormData) => Promise<FormState>;
  provide: (state: FormState, data: FormData) => Promise<FormState>;
  texts: RequestedDocumentsTexts;
}) {
  const [uploadState, uploadAction] = useActionState(upload, EMPTY_FORM);
  const [provideState, provideAction] = useActionState(provide, EMPTY_FORM);
  const error = uploadState.errors.file ?? provideState.errors.file;
  return (
    <FormFrameWordsContext.Provider value={texts.frame}>
      <form action={uploadAction} encType="multipart/form-data" className="mt-4" key={uploadState.revision ?? 0}>
        <ErrorSummary errors={{}} message={uploadState.message ?? provideState.message} />
        {uploadState.notice ? (
          <p role="status" className="mt-2 font-semibold text-green-900">
            {uploadState.notice}
          </p>
        ) : null}
        <label htmlFor="field-file" className="block font-semibold">
          {texts.fileLabel}
        </label>
        <p id="field-file-hint" className="text-sm text-slate-600">
          {texts.fileHint}
        </p>
        {error ? (
          <p id="field-file-error" className="mt-1 font-semibold text-red-700">
            <span className="sr-only">{texts.frame.errorPrefix}</span>
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
        <SubmitButton variant="secondary">{texts.attach}</SubmitButton>
      </form>
      <form action={provideAction}>
        <SubmitButton>{texts.send}</SubmitButton>
      </form>
    </FormFrameWordsContext.Provider>
  );
}
